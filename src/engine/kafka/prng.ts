/**
 * Private seeded PRNG (sfc32 seeded through splitmix32). src/sim had no PRNG when this engine was
 * written; swap for the shared one once it exists. The only randomness in the Kafka engine is the
 * uniform sticky partitioner's next partition (broker-semantics H.2 [SIM]).
 */
export interface Prng {
  /** Uniform integer in [0, n). */
  nextInt(n: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createPrng(seed: number): Prng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return {
    // Multiply-shift instead of modulo so small n stay uniform enough for teaching purposes.
    nextInt: (n) => Math.floor((next() / 4294967296) * n),
  };
}
