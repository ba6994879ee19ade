/** Where the Kafka test hook finds the token layer's counters and a token on screen; written by the layer when it mounts. */
export const kafkaSeam: {
  stats: { readonly frames: number; readonly tokens: number } | null;
  probe: (() => { x: number; y: number; ref: string } | null) | null;
} = { stats: null, probe: null };
