import { createRandom, type Random } from '../../../sim/random';

/** The seeded source the integration models draw from (src/sim's mulberry32). */
export type Rng = Random;

export function createRng(seed: number): Rng {
  return createRandom(seed);
}

/**
 * Derives an independent seed for one consumer of randomness (a style, the workload) from the
 * run's seed and a stable label, so adding a style to a comparison never changes the numbers
 * another style draws.
 */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}

/** Exponentially distributed sample with the given mean (inverse transform). */
export function exponential(rng: Rng, mean: number): number {
  // 1 - next() is in (0, 1], so the log is finite.
  return -Math.log(1 - rng.next()) * mean;
}
