// Private stand-ins for src/sim (not written yet when this module was started). Swap for the
// shared ones once they exist; the interface is deliberately the smallest that works.

/** A seeded pseudo-random source: the only randomness the integration models use. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

/** mulberry32: tiny, fast, and good enough for teaching-scale simulations. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
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
