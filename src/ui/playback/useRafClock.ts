import { useEffect } from 'react';

/** UI refreshes per second: enough to read, few enough that React never renders per frame. */
const REFRESH_MS = 100;
/** A hidden tab or a debugger pause must not make the simulation leap ahead. */
const MAX_FRAME_MS = 250;

/** What the clock drives: a simulation store, whichever mode's. */
export interface ClockTarget {
  playing(): boolean;
  speed(): number;
  /** The simulation's own time (where it stopped, when paused). */
  simNow(): number;
  advanceTo(t: number): void;
  /** Drops finished tokens and refreshes React (about ten times a second). */
  refresh(now: number): void;
}

interface SimStoreLike {
  getState(): { playing: boolean; speed: number; sim: { now(): number; flights: { prune(t: number): void } }; refresh(): void };
}

/** The clock target of a simulation store (both modes' stores have this shape); `advanceTo` differs. */
export function clockOf(store: SimStoreLike, advanceTo: (t: number) => void): ClockTarget {
  return {
    playing: () => store.getState().playing,
    speed: () => store.getState().speed,
    simNow: () => store.getState().sim.now(),
    advanceTo,
    refresh: (now) => {
      store.getState().sim.flights.prune(now);
      store.getState().refresh();
    },
  };
}

/**
 * Drives simulated time from requestAnimationFrame while playing (both modes): `live.now` is what
 * the token layer reads each frame; React hears about it only through refresh().
 */
export function useRafClock(target: ClockTarget, live: { now: number }): void {
  useEffect(() => {
    let frame = 0;
    let last = performance.now();
    let lastRefresh = last;
    const loop = (t: number) => {
      const dt = Math.min(MAX_FRAME_MS, t - last);
      last = t;
      if (target.playing()) {
        live.now += dt * target.speed();
        target.advanceTo(live.now);
      } else live.now = target.simNow();
      if (t - lastRefresh >= REFRESH_MS) {
        lastRefresh = t;
        target.refresh(live.now);
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [target, live]);
}
