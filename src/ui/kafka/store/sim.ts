// The Kafka simulation store: the running simulation, playback state and what the UI last read
// from it (snapshots, the log). The driver refreshes it a few times a second; the token layer
// reads the live clock instead, so animation never writes into the store per frame.

import { createStore } from 'zustand/vanilla';
import type { BrokerSnapshot, ConnectSnapshot, FileSnapshot, GroupSnapshot, TopicSnapshot } from '../../../engine/kafka';
import type { KafkaScenario } from '../../../scenario/kafka/types';
import { QueueComparison, type CompareView } from '../../../sim/kafka/compare';
import { clusterSignature, KafkaSimulation } from '../../../sim/kafka/runner';
import type { KLogEntry } from '../../../sim/kafka/types';

export const K_SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
export const K_LOG_LIMIT = 3000;

export interface KafkaSnapshot {
  topics: readonly TopicSnapshot[];
  groups: readonly GroupSnapshot[];
  brokers: readonly BrokerSnapshot[];
  connect: ConnectSnapshot;
  files: readonly FileSnapshot[];
}

export interface KafkaSimState {
  sim: KafkaSimulation;
  compare: QueueComparison | null;
  compareView: CompareView | null;
  playing: boolean;
  speed: number;
  /** Simulated ms at the last UI refresh. */
  time: number;
  snapshot: KafkaSnapshot;
  version: number;
  log: KLogEntry[];
  /** The selected record, as recordRef (`topic/partition@offset`). */
  selected: string | null;

  play: () => void;
  pause: () => void;
  setSpeed: (speed: number) => void;
  step: () => void;
  fastForward: (ms: number) => void;
  reset: (doc: KafkaScenario) => void;
  /** Applies an edited document to the running simulation (or starts over when the cluster changed). */
  apply: (doc: KafkaScenario) => void;
  /** Runs a user action on the simulation, then refreshes. */
  act: (f: (sim: KafkaSimulation) => void) => void;
  refresh: () => void;
  /** Moves simulated time to t (the driver, every frame while playing); no store write. */
  advanceTo: (t: number) => void;
  select: (ref: string | null) => void;
}

export interface KafkaLiveClock {
  now: number;
}

function snapshotOf(sim: KafkaSimulation): KafkaSnapshot {
  const e = sim.engine;
  return { topics: e.topics(), groups: e.groups(), brokers: e.brokers(), connect: e.connect(), files: e.files() };
}

/** A fresh simulation for a document, with the queue comparison wired when the document asks for it. */
function start(doc: KafkaScenario): { sim: KafkaSimulation; compare: QueueComparison | null } {
  const compare = doc.compare ? new QueueComparison(doc) : null;
  const sim = new KafkaSimulation(doc);
  if (compare) sim.onSent = (time, producer, _key, value) => compare.sent(time, producer, value);
  return { sim, compare };
}

export function createKafkaSimStore(doc: KafkaScenario) {
  const live: KafkaLiveClock = { now: 0 };
  const store = createStore<KafkaSimState>()((set, get) => {
    const first = start(doc);
    let lastVersion = -1;
    let lastCompare = -1;
    const refresh = () => {
      const { sim, compare } = get();
      const changed = sim.version !== lastVersion || (compare !== null && compare.version !== lastCompare);
      if (!changed && sim.now() === get().time) return;
      if (!changed) return set({ time: sim.now() });
      lastVersion = sim.version;
      lastCompare = compare?.version ?? -1;
      const fresh = sim.takeLog();
      const log = fresh.length === 0 ? get().log : [...get().log, ...fresh].slice(-K_LOG_LIMIT);
      set({ time: sim.now(), snapshot: snapshotOf(sim), version: get().version + 1, log, compareView: compare?.view() ?? null });
    };
    const advance = (t: number) => {
      const { sim, compare } = get();
      sim.advanceTo(t);
      compare?.advanceTo(sim.now());
    };
    const reset = (next: KafkaScenario) => {
      const s = start(next);
      live.now = 0;
      lastVersion = -1;
      set({ ...s, playing: false, time: 0, snapshot: snapshotOf(s.sim), log: s.sim.takeLog(), selected: null, version: get().version + 1, compareView: s.compare?.view() ?? null });
    };
    return {
      ...first,
      compareView: first.compare?.view() ?? null,
      playing: false,
      speed: doc.playback.speed,
      time: 0,
      snapshot: snapshotOf(first.sim),
      version: 0,
      log: first.sim.takeLog(),
      selected: null,

      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      setSpeed: (speed) => set({ speed }),
      step: () => {
        const { sim, compare } = get();
        sim.step();
        compare?.advanceTo(sim.now());
        live.now = sim.now();
        set({ playing: false });
        refresh();
      },
      fastForward: (ms) => {
        advance(get().sim.now() + ms);
        live.now = get().sim.now();
        refresh();
      },
      reset,
      apply: (next) => {
        const { sim, compare } = get();
        // The cluster's brokers and the seed are fixed for the life of an engine.
        if (sim.signature !== clusterSignature(next) || (compare !== null) !== next.compare) return reset(next);
        sim.setDocument(next);
        compare?.update(next);
        refresh();
      },
      act: (f) => {
        f(get().sim);
        refresh();
      },
      refresh,
      advanceTo: advance,
      select: (selected) => set({ selected }),
    };
  });
  return { store, live };
}

export type KafkaSimBundle = ReturnType<typeof createKafkaSimStore>;
export type KafkaSimStore = KafkaSimBundle['store'];
