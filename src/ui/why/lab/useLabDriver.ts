import { useEffect } from 'react';
import type { LabStore } from './store';

/** React sees the figures this often: readable, and never a render per frame. */
const REFRESH_MS = 250;
/** A hidden tab or a debugger pause must not make the simulation leap ahead. */
const MAX_FRAME_MS = 250;

/**
 * Advances the lab's simulated time from requestAnimationFrame while playing. Whole
 * milliseconds only: the remainder is carried to the next frame so the engine's times stay exact.
 */
export function useLabDriver(store: LabStore): void {
  useEffect(() => {
    let frame = 0;
    let last = performance.now();
    let lastRefresh = last;
    let carry = 0;
    const loop = (t: number) => {
      const dt = Math.min(MAX_FRAME_MS, Math.max(0, t - last));
      last = t;
      const s = store.getState();
      if (s.playing) {
        carry += dt * s.speed;
        const whole = Math.floor(carry);
        carry -= whole;
        s.advance(whole);
        if (t - lastRefresh >= REFRESH_MS || !store.getState().playing) {
          lastRefresh = t;
          s.refresh();
        }
      } else carry = 0;
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [store]);
}
