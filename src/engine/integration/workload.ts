import { createRng, exponential, type Rng } from './core/prng';

export interface WorkloadConfig {
  /** Orders per second at multiplier 1. */
  readonly ratePerSec: number;
  /** 'uniform': evenly spaced (exact, for teaching and tests); 'poisson': random independent arrivals. */
  readonly arrival: 'uniform' | 'poisson';
  readonly multiplier?: number;
  /** No arrivals at or after this time (a finite run that can drain). */
  readonly stopAt?: number;
}

export interface Arrival {
  readonly orderId: number;
  readonly at: number;
}

/**
 * App A's orders over simulated time. Rate, multiplier and bursts change live; because
 * Poisson arrivals are memoryless, drawing a fresh gap at the moment of a change is exact.
 * Order ids come from a counter, arrival times are whole milliseconds.
 */
export class Workload {
  private readonly rng: Rng;
  private rate: number;
  private multiplier: number;
  private nextOrderId = 1;
  /** Unrounded time of the next regular arrival, so uniform gaps do not drift by rounding. */
  private nextExact: number | undefined;
  private pending: number[] = [];

  constructor(
    private readonly config: WorkloadConfig,
    seed: number,
  ) {
    this.rng = createRng(seed);
    this.rate = config.ratePerSec;
    this.multiplier = config.multiplier ?? 1;
    this.nextExact = this.gapFrom(0);
  }

  get effectiveRatePerSec(): number {
    return this.rate * this.multiplier;
  }

  setRate(perSec: number, now: number): void {
    this.rate = Math.max(0, perSec);
    this.nextExact = this.gapFrom(now);
  }

  setMultiplier(factor: number, now: number): void {
    this.multiplier = Math.max(0, factor);
    this.nextExact = this.gapFrom(now);
  }

  /** `count` extra orders, all at `now`. */
  burst(count: number, now: number): void {
    for (let i = 0; i < Math.floor(count); i++) this.pending.push(now);
  }

  nextAt(): number | undefined {
    const regular = this.regularAt();
    const burst = this.pending[0];
    if (burst === undefined) return regular;
    return regular === undefined ? burst : Math.min(burst, regular);
  }

  /** Every arrival due at or before t, in time order, each with a fresh order id. */
  takeUpTo(t: number): Arrival[] {
    const out: Arrival[] = [];
    for (let at = this.nextAt(); at !== undefined && at <= t; at = this.nextAt()) {
      if (this.pending[0] === at) this.pending.shift();
      else this.nextExact = this.gapFrom(this.nextExact as number);
      out.push({ orderId: this.nextOrderId++, at });
    }
    return out;
  }

  private regularAt(): number | undefined {
    if (this.nextExact === undefined) return undefined;
    const at = Math.round(this.nextExact);
    return this.config.stopAt !== undefined && at >= this.config.stopAt ? undefined : at;
  }

  private gapFrom(from: number): number | undefined {
    const r = this.effectiveRatePerSec;
    if (r <= 0) return undefined;
    const mean = 1000 / r;
    return from + (this.config.arrival === 'uniform' ? mean : exponential(this.rng, mean));
  }
}
