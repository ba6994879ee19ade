import { createStore } from 'zustand/vanilla';
import type { LabCommand, StyleMetrics } from '../../../engine/integration';
import type { ControlState } from './controls';
import { freeSetup, LabSession, type LabSetup } from './session';

export const LAB_SPEEDS = [0.5, 1, 2, 4, 8, 16] as const;
export const FAST_FORWARD_MS = 10_000;

/**
 * The lab's store: the session lives outside React; the state holds the figures as of the
 * last refresh, which the driver triggers a few times a second (never once per frame).
 */
export interface LabState {
  session: LabSession;
  playing: boolean;
  speed: number;
  /** Bumped on every refresh; charts and the feed redraw when it changes. */
  frame: number;
  now: number;
  metrics: Readonly<Record<string, StyleMetrics>>;
  controls: ControlState;
  upAt: number | null;
  /** Playback stopped at the preset's end once; the user may play on. */
  storyTold: boolean;
  play: () => void;
  pause: () => void;
  step: () => void;
  setSpeed: (speed: number) => void;
  fastForward: (ms?: number) => void;
  reset: () => void;
  load: (setup: LabSetup) => void;
  command: (cmd: LabCommand) => void;
  downFor: (ms: number) => void;
  /** Used by the driver: advances simulated time while playing (pauses at the story's end). */
  advance: (ms: number) => void;
  refresh: () => void;
}

function snapshot(session: LabSession) {
  return {
    now: session.now,
    metrics: session.metrics(),
    controls: session.controls(),
    upAt: session.upAt(),
  };
}

export function createLabStore(setup: LabSetup = freeSetup()) {
  return createStore<LabState>()((set, get) => {
    const refresh = () => set((s) => ({ ...snapshot(s.session), frame: s.frame + 1 }));
    const fresh = (next: LabSetup) => {
      const session = new LabSession(next);
      set({
        session,
        playing: false,
        storyTold: false,
        ...snapshot(session),
        frame: get().frame + 1,
      });
    };
    /** Moves time on, stopping once at the story's end so a class can read the figures there. */
    const advanceTo = (target: number) => {
      const s = get();
      const end = s.session.setup.durationMs;
      if (end !== undefined && !s.storyTold && s.session.now < end && target >= end) {
        s.session.advanceTo(end);
        set({ playing: false, storyTold: true });
      } else s.session.advanceTo(target);
    };
    const session = new LabSession(setup);
    return {
      session,
      playing: false,
      speed: 1,
      frame: 0,
      storyTold: false,
      ...snapshot(session),
      play: () => set({ playing: true }),
      pause: () => {
        // The figures show the paused instant, not the last refresh before it.
        set({ playing: false });
        refresh();
      },
      step: () => {
        get().session.step();
        set({ playing: false });
        refresh();
      },
      setSpeed: (speed) => set({ speed }),
      fastForward: (ms = FAST_FORWARD_MS) => {
        advanceTo(get().session.now + ms);
        refresh();
      },
      reset: () => fresh(get().session.setup),
      load: (next) => fresh(next),
      command: (cmd) => {
        get().session.execute(cmd);
        refresh();
      },
      downFor: (ms) => {
        get().session.downFor(ms);
        refresh();
      },
      advance: (ms) => {
        if (ms > 0) advanceTo(get().session.now + ms);
      },
      refresh,
    };
  });
}

export type LabStore = ReturnType<typeof createLabStore>;
