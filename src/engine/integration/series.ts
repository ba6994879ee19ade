import type { StyleMetrics } from './types';

/** One style's figures at one sample time, flat numbers ready for a chart. */
export interface SamplePoint {
  readonly sent: number;
  readonly completed: number;
  readonly failed: number;
  readonly lost: number;
  readonly inFlight: number;
  readonly backlog: number;
  readonly aWaiting: number;
  readonly aBlockedMs: number;
  readonly bBusy: number;
  /** Completions per second over the window that ended at this sample. */
  readonly throughputPerSec: number;
  /** Latency percentiles of the orders completed in that window; null if none completed. */
  readonly windowP50Ms: number | null;
  readonly windowP95Ms: number | null;
}

export interface Sample {
  readonly t: number;
  readonly styles: Readonly<Record<string, SamplePoint>>;
}

export function toPoint(
  m: StyleMetrics,
  windowMs: number,
  windowLatencies: readonly number[],
  p50: number | null,
  p95: number | null,
): SamplePoint {
  return {
    sent: m.sent,
    completed: m.completed,
    failed: m.failed,
    lost: m.lost,
    inFlight: m.inFlight,
    backlog: m.backlog,
    aWaiting: m.aWaiting,
    aBlockedMs: m.aBlockedMs,
    bBusy: m.bBusy,
    throughputPerSec: windowMs > 0 ? (windowLatencies.length * 1000) / windowMs : 0,
    windowP50Ms: p50,
    windowP95Ms: p95,
  };
}

/**
 * A bounded series: when it is full, every other sample is dropped and the interval doubles,
 * so a long run keeps its whole history at a coarser grain instead of forgetting its start.
 */
export class BoundedSeries {
  private readonly samples: Sample[] = [];
  private interval: number;

  constructor(
    intervalMs: number,
    private readonly maxSamples: number,
  ) {
    this.interval = intervalMs;
  }

  get intervalMs(): number {
    return this.interval;
  }

  get lastAt(): number | undefined {
    return this.samples[this.samples.length - 1]?.t;
  }

  push(s: Sample): void {
    this.samples.push(s);
    if (this.samples.length <= this.maxSamples) return;
    // Keep the samples on the new, doubled grid (even multiples of the old interval from the first).
    const kept = this.samples.filter((_, i) => i % 2 === 0);
    this.samples.length = 0;
    this.samples.push(...kept);
    this.interval *= 2;
  }

  all(): readonly Sample[] {
    return this.samples;
  }
}
