import { createStore } from 'zustand/vanilla';
import type { BrokerSnapshot } from '../engine/amqp/snapshot';
import type { Scenario } from '../scenario/types';
import { AmqpSimulation } from '../sim/amqp/runner';
import type { SimLogEntry } from '../sim/amqp/types';

export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
/** The log keeps this many entries; older ones scroll away (the engine keeps no history). */
export const LOG_LIMIT = 3000;

export interface SimState {
  sim: AmqpSimulation;
  playing: boolean;
  speed: number;
  /** Simulated ms at the last UI refresh (the token layer reads the live clock instead). */
  time: number;
  snapshot: BrokerSnapshot;
  /** Bumped at every UI refresh that found the simulation changed. */
  version: number;
  log: SimLogEntry[];
  selectedMessage: number | null;

  play: () => void;
  pause: () => void;
  setSpeed: (speed: number) => void;
  /** Runs the next scheduled thing only, then pauses. */
  step: () => void;
  /** Jumps ahead `ms` of simulated time at once. */
  fastForward: (ms: number) => void;
  /** Starts the simulation over from the document. */
  reset: (doc: Scenario) => void;
  /** Pulls the simulation's state into the store (called by the driver a few times a second). */
  refresh: () => void;
  selectMessage: (id: number | null) => void;
}

/** The clock the animation reads every frame, outside React: never written into the store per frame. */
export interface LiveClock {
  now: number;
}

export function createSimStore(doc: Scenario, seed = 1) {
  const live: LiveClock = { now: 0 };
  const store = createStore<SimState>()((set, get) => {
    const sim = new AmqpSimulation(doc, { seed });
    let lastVersion = -1;
    const refresh = () => {
      const s = get().sim;
      if (s.version === lastVersion && s.now() === get().time) return;
      lastVersion = s.version;
      const fresh = s.takeLog();
      const log = fresh.length === 0 ? get().log : [...get().log, ...fresh].slice(-LOG_LIMIT);
      set({ time: s.now(), snapshot: s.broker.snapshot(), version: get().version + 1, log });
    };
    return {
      sim,
      playing: false,
      speed: 1,
      time: 0,
      snapshot: sim.broker.snapshot(),
      version: 0,
      log: sim.takeLog(),
      selectedMessage: null,

      play: () => set({ playing: true }),
      pause: () => {
        set({ playing: false });
        // Show the exact time the clock stopped at, not the last periodic refresh.
        refresh();
      },
      setSpeed: (speed) => set({ speed }),
      step: () => {
        const s = get().sim;
        s.step();
        live.now = s.now();
        set({ playing: false });
        refresh();
      },
      fastForward: (ms) => {
        const s = get().sim;
        s.advanceTo(s.now() + ms);
        live.now = s.now();
        refresh();
      },
      reset: (next) => {
        const s = new AmqpSimulation(next, { seed });
        live.now = 0;
        lastVersion = -1;
        set({ sim: s, playing: false, time: 0, snapshot: s.broker.snapshot(), log: s.takeLog(), selectedMessage: null, version: get().version + 1 });
      },
      refresh,
      selectMessage: (id) => set({ selectedMessage: id }),
    };
  });
  return { store, live };
}

export type SimStoreBundle = ReturnType<typeof createSimStore>;
export type SimStore = SimStoreBundle['store'];
