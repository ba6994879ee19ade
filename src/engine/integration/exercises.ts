import type { Sample } from './series';
import { runComparison, type TimedCommand } from './runner';
import type { StyleSpec } from './styles/factory';
import type { EventParams, StyleKind, StyleMetrics } from './types';
import type { WorkloadConfig } from './workload';

export interface CheckFailure {
  readonly code: string;
  readonly params: EventParams;
}

export interface CheckResult {
  readonly passed: boolean;
  readonly failures: readonly CheckFailure[];
}

/** What a check reads: one style's run, start to end. */
export interface ExerciseRun {
  readonly spec: StyleSpec;
  readonly metrics: StyleMetrics;
  /** This style's sampled figures over time. */
  readonly series: readonly {
    readonly t: number;
    readonly backlog: number;
    readonly inFlight: number;
  }[];
  readonly durationMs: number;
}

const result = (failures: CheckFailure[]): CheckResult => ({
  passed: failures.length === 0,
  failures,
});

/** Nothing lost, nothing failed, nothing left unfinished at the end. */
export function checkNoOrderLost(run: ExerciseRun): CheckResult {
  const f: CheckFailure[] = [];
  const m = run.metrics;
  if (m.lost > 0) f.push({ code: 'orders-lost', params: { count: m.lost } });
  if (m.failed > 0) f.push({ code: 'orders-failed', params: { count: m.failed } });
  if (m.inFlight > 0) f.push({ code: 'orders-unfinished', params: { count: m.inFlight } });
  return result(f);
}

/** Every order done, p95 latency at most maxP95Ms, and A never waited on B. */
export function checkFastAndNonBlocking(run: ExerciseRun, maxP95Ms: number): CheckResult {
  const f: CheckFailure[] = [...checkNoOrderLost(run).failures];
  const m = run.metrics;
  if (m.aBlockedMs > 0) f.push({ code: 'a-blocked', params: { ms: m.aBlockedMs } });
  if (m.latencyP95Ms === null || m.latencyP95Ms > maxP95Ms)
    f.push({ code: 'p95-too-high', params: { p95Ms: m.latencyP95Ms ?? -1, maxMs: maxP95Ms } });
  return result(f);
}

/** The backlog is back to zero at some sample between `fromMs` and `fromMs + withinMs`. */
export function checkBacklogDrains(
  run: ExerciseRun,
  fromMs: number,
  withinMs: number,
): CheckResult {
  const deadline = fromMs + withinMs;
  const window = run.series.filter((s) => s.t > fromMs && s.t <= deadline);
  if (window.some((s) => s.backlog === 0))
    return result(checkNoOrderLost(run).failures.filter((x) => x.code !== 'orders-unfinished'));
  const last = window[window.length - 1];
  return result([
    { code: 'backlog-not-drained', params: { deadlineMs: deadline, backlog: last?.backlog ?? -1 } },
  ]);
}

/** File transfer with no line lost, failed or processed twice. */
export function checkFileTransferIntact(run: ExerciseRun): CheckResult {
  if (run.spec.kind !== 'file-transfer')
    return result([
      { code: 'wrong-style', params: { expected: 'file-transfer', got: run.spec.kind } },
    ]);
  const f = [...checkNoOrderLost(run).failures];
  if (run.metrics.duplicates > 0)
    f.push({ code: 'orders-duplicated', params: { count: run.metrics.duplicates } });
  return result(f);
}

export type ExerciseId =
  | 'b-down-no-loss'
  | 'fast-and-non-blocking'
  | 'scale-to-drain'
  | 'file-no-half-written-loss'
  | 'crash-no-loss';

export interface Exercise {
  readonly id: ExerciseId;
  /** Styles the student may choose from. */
  readonly allowed: readonly StyleKind[];
  /** The starting point the student edits. */
  readonly starting: StyleSpec;
  readonly workload: WorkloadConfig;
  readonly timeline: readonly TimedCommand[];
  readonly durationMs: number;
  /** Goal parameters the UI shows in the goal text (e.g. { downS: 30 }). */
  readonly goalParams: EventParams;
  readonly check: (run: ExerciseRun) => CheckResult;
}

const downUp = (from: number, to: number): TimedCommand[] => [
  { at: from, cmd: { type: 'set-b-down', down: true } },
  { at: to, cmd: { type: 'set-b-down', down: false } },
];

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'b-down-no-loss',
    allowed: ['rest', 'shared-db', 'file-transfer', 'broker'],
    starting: { id: 'mine', kind: 'rest', config: { maxRetries: 2 } },
    workload: { ratePerSec: 2, arrival: 'uniform', stopAt: 60_000 },
    timeline: downUp(10_000, 40_000),
    durationMs: 180_000,
    goalParams: { downS: 30 },
    check: checkNoOrderLost,
  },
  {
    id: 'fast-and-non-blocking',
    allowed: ['rest', 'broker'],
    starting: { id: 'mine', kind: 'rest' },
    workload: { ratePerSec: 5, arrival: 'uniform', stopAt: 60_000 },
    timeline: [],
    durationMs: 90_000,
    goalParams: { p95Ms: 1000 },
    check: (run) => checkFastAndNonBlocking(run, 1000),
  },
  {
    id: 'scale-to-drain',
    allowed: ['broker'],
    starting: { id: 'mine', kind: 'broker', config: { instances: 1 } },
    workload: { ratePerSec: 5, arrival: 'uniform' },
    timeline: [{ at: 10_000, cmd: { type: 'burst', count: 300 } }],
    durationMs: 60_000,
    goalParams: { burst: 300, withinS: 20 },
    check: (run) => checkBacklogDrains(run, 10_000, 20_000),
  },
  {
    id: 'file-no-half-written-loss',
    allowed: ['file-transfer'],
    starting: {
      id: 'mine',
      kind: 'file-transfer',
      config: { writeMsPerLine: 100, pickupIntervalMs: 7000 },
    },
    workload: { ratePerSec: 5, arrival: 'uniform', stopAt: 60_000 },
    timeline: [],
    durationMs: 150_000,
    goalParams: {},
    check: checkFileTransferIntact,
  },
  {
    id: 'crash-no-loss',
    allowed: ['broker'],
    starting: { id: 'mine', kind: 'broker', config: { ackMode: 'auto', instances: 2 } },
    workload: { ratePerSec: 4, arrival: 'uniform', stopAt: 60_000 },
    timeline: [10_100, 20_100, 30_100, 40_100, 50_100].map((at) => ({
      at,
      cmd: { type: 'crash-b' } as const,
    })),
    durationMs: 120_000,
    goalParams: { crashes: 5 },
    check: checkNoOrderLost,
  },
];

/**
 * Runs the student's style through the exercise's workload and script, and judges it. Pure:
 * the same spec and seed always give the same verdict.
 */
export function runExercise(
  ex: Exercise,
  spec: StyleSpec,
  seed = 1,
): CheckResult & { run: ExerciseRun } {
  if (!ex.allowed.includes(spec.kind)) {
    const run: ExerciseRun = { spec, metrics: emptyMetrics(), series: [], durationMs: 0 };
    return { ...result([{ code: 'style-not-allowed', params: { kind: spec.kind } }]), run };
  }
  const c = runComparison(
    {
      seed,
      workload: ex.workload,
      styles: [spec],
      timeline: ex.timeline,
      sampleIntervalMs: 1000,
      maxSamples: 2000,
    },
    ex.durationMs,
  );
  const series = c.samples().map((s: Sample) => ({
    t: s.t,
    backlog: s.styles[spec.id].backlog,
    inFlight: s.styles[spec.id].inFlight,
  }));
  const run: ExerciseRun = {
    spec,
    metrics: c.metrics()[spec.id],
    series,
    durationMs: ex.durationMs,
  };
  return { ...ex.check(run), run };
}

function emptyMetrics(): StyleMetrics {
  return {
    sent: 0,
    completed: 0,
    failed: 0,
    lost: 0,
    inFlight: 0,
    duplicates: 0,
    inconsistent: 0,
    latencyP50Ms: null,
    latencyP95Ms: null,
    aBlockedMs: 0,
    aWaiting: 0,
    backlog: 0,
    bBusy: 0,
    extra: {},
  };
}
