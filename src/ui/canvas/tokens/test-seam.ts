import type { SimStoreBundle } from '../../../store/sim';

/**
 * Where the dev/test hook (src/app/test-hook.ts) finds the running simulation and the token
 * layer's counters. Written by the token layer when it mounts; read by nothing else.
 */
export const tokenSeam: {
  sim: SimStoreBundle | null;
  stats: { readonly frames: number; readonly tokens: number } | null;
  /** A drawn message token in client (page) CSS px. */
  probe: (() => { x: number; y: number; messageId: number } | null) | null;
} = { sim: null, stats: null, probe: null };
