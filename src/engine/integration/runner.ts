import { percentile } from './core/percentile';
import { deriveSeed } from './core/prng';
import { BoundedSeries, toPoint, type Sample, type SamplePoint } from './series';
import { createStyle, type StyleSpec } from './styles/factory';
import type { IntegrationEvent, IntegrationStyle, StyleCommand, StyleMetrics } from './types';
import { Workload, type WorkloadConfig } from './workload';

/** Controls for the lab: the workload's knobs plus the B-side commands, broadcast to every style. */
export type LabCommand =
  | Exclude<StyleCommand, { type: 'send' }>
  | { readonly type: 'set-rate'; readonly perSec: number }
  | { readonly type: 'set-load-multiplier'; readonly factor: number }
  | { readonly type: 'burst'; readonly count: number };

export interface TimedCommand {
  readonly at: number;
  readonly cmd: LabCommand;
  /** Only these style ids; every style when absent. */
  readonly only?: readonly string[];
}

export interface ComparisonConfig {
  readonly seed: number;
  readonly workload: WorkloadConfig;
  readonly styles: readonly StyleSpec[];
  /** Scripted commands (a preset's "B goes down at 10 s"). */
  readonly timeline?: readonly TimedCommand[];
  readonly sampleIntervalMs?: number;
  readonly maxSamples?: number;
  /** Events kept for takeEvents(); the oldest are dropped beyond this. */
  readonly maxBufferedEvents?: number;
}

/**
 * Runs one workload through several styles side by side. Every style receives the same
 * arrivals at the same simulated times; at any instant scripted commands apply first, then
 * arrivals, then the chart sample.
 */
export class Comparison {
  private readonly workload: Workload;
  private readonly styles: IntegrationStyle[];
  private readonly timeline: TimedCommand[];
  private readonly series: BoundedSeries;
  private readonly maxEvents: number;
  private readonly windowLatencies = new Map<string, number[]>();
  private events: IntegrationEvent[] = [];
  private dropped = 0;
  private t = 0;
  private lastSampleAt = 0;

  constructor(readonly config: ComparisonConfig) {
    const ids = new Set(config.styles.map((s) => s.id));
    if (ids.size !== config.styles.length) throw new Error('duplicate style id');
    this.workload = new Workload(config.workload, deriveSeed(config.seed, 'workload'));
    this.styles = config.styles.map((s) => createStyle(s, config.seed));
    this.timeline = [...(config.timeline ?? [])].sort((a, b) => a.at - b.at);
    this.series = new BoundedSeries(config.sampleIntervalMs ?? 1000, config.maxSamples ?? 600);
    this.maxEvents = config.maxBufferedEvents ?? 5000;
    for (const s of this.styles) this.windowLatencies.set(s.id, []);
    this.runTimeline(0);
    this.feedArrivals(0);
    this.sample();
  }

  get now(): number {
    return this.t;
  }

  get styleIds(): readonly string[] {
    return this.styles.map((s) => s.id);
  }

  /** Applies a command now. Workload commands act on the shared workload; the others go to the styles. */
  execute(cmd: LabCommand, only?: readonly string[]): void {
    switch (cmd.type) {
      case 'set-rate':
        this.workload.setRate(cmd.perSec, this.t);
        break;
      case 'set-load-multiplier':
        this.workload.setMultiplier(cmd.factor, this.t);
        break;
      case 'burst':
        this.workload.burst(cmd.count, this.t);
        break;
      default:
        for (const s of this.styles) if (only === undefined || only.includes(s.id)) s.execute(cmd);
    }
    this.feedArrivals(this.t);
    this.collect();
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.t + ms);
  }

  advanceTo(target: number): void {
    for (;;) {
      const stop = Math.min(
        this.workload.nextAt() ?? Infinity,
        this.timeline[0]?.at ?? Infinity,
        this.lastSampleAt + this.series.intervalMs,
      );
      if (stop > target) break;
      this.stepStylesTo(stop);
      this.runTimeline(stop);
      this.feedArrivals(stop);
      if (stop >= this.lastSampleAt + this.series.intervalMs) this.sample();
    }
    this.stepStylesTo(target);
  }

  /** When anything is next due (an arrival, a scripted command, a sample or a style's own event). */
  nextDueAt(): number {
    let next = Math.min(
      this.workload.nextAt() ?? Infinity,
      this.timeline[0]?.at ?? Infinity,
      this.lastSampleAt + this.series.intervalMs,
    );
    for (const s of this.styles) next = Math.min(next, s.nextDueAt() ?? Infinity);
    return next;
  }

  metrics(): Readonly<Record<string, StyleMetrics>> {
    const out: Record<string, StyleMetrics> = {};
    for (const s of this.styles) out[s.id] = s.metrics();
    return out;
  }

  samples(): readonly Sample[] {
    return this.series.all();
  }

  /** Events since the last call, oldest first, across all styles; `dropped` counts those that overflowed the buffer. */
  takeEvents(): { events: IntegrationEvent[]; dropped: number } {
    const out = { events: this.events, dropped: this.dropped };
    this.events = [];
    this.dropped = 0;
    return out;
  }

  private stepStylesTo(t: number): void {
    this.t = t;
    for (const s of this.styles) s.advanceTo(t);
    this.collect();
  }

  private runTimeline(t: number): void {
    while (this.timeline.length > 0 && this.timeline[0].at <= t) {
      const { cmd, only } = this.timeline.shift() as TimedCommand;
      this.execute(cmd, only);
    }
  }

  private feedArrivals(t: number): void {
    for (const a of this.workload.takeUpTo(t))
      for (const s of this.styles) s.execute({ type: 'send', orderId: a.orderId });
    this.collect();
  }

  private collect(): void {
    for (const s of this.styles) {
      const evs = s.takeEvents();
      if (evs.length === 0) continue;
      const window = this.windowLatencies.get(s.id) as number[];
      for (const e of evs) {
        if (e.code === 'order-completed' && typeof e.params?.latencyMs === 'number')
          window.push(e.params.latencyMs);
        this.events.push(e);
      }
    }
    if (this.events.length > this.maxEvents) {
      const excess = this.events.length - this.maxEvents;
      this.events.splice(0, excess);
      this.dropped += excess;
    }
  }

  private sample(): void {
    const windowMs = this.t - (this.series.lastAt ?? this.t);
    const styles: Record<string, SamplePoint> = {};
    for (const s of this.styles) {
      const lat = this.windowLatencies.get(s.id) as number[];
      styles[s.id] = toPoint(
        s.metrics(),
        windowMs,
        lat,
        percentile(lat, 50) ?? null,
        percentile(lat, 95) ?? null,
      );
      lat.length = 0;
    }
    this.series.push({ t: this.t, styles });
    this.lastSampleAt = this.t;
  }
}

/** Runs a comparison from time 0 to `untilMs` and returns it (for exercises, presets and tests). */
export function runComparison(config: ComparisonConfig, untilMs: number): Comparison {
  const c = new Comparison(config);
  c.advanceTo(untilMs);
  return c;
}
