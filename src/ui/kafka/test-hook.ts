/**
 * `window.__brokerlabKafka`: a small handle for browser tests of the Kafka mode, loaded only in
 * development or with `?testhook`. Time moves only through it or the playback bar: tests never
 * sleep on the wall clock.
 */
import { restoreKafkaScenario } from '../../scenario/kafka/restore';
import { kafkaSeam } from './canvas/tokens/test-seam';
import type { KafkaEditorStore } from './store/editor';
import type { KafkaSimBundle } from './store/sim';

export interface KafkaTestHook {
  load(input: unknown): { ok: boolean; errors?: unknown };
  /** Runs `ms` of simulated time at once. */
  advance(ms: number): number;
  now(): number;
  pause(): void;
  /** Who owns which partition, per group: { group: { member: ["topic/0", ...] } }. */
  owners(): Record<string, Record<string, string[]>>;
  file(path: string): string | null;
  tokenOnScreen(): { x: number; y: number; ref: string } | null;
  tokenStats(): { frames: number; tokens: number };
}

declare global {
  interface Window {
    __brokerlabKafka?: KafkaTestHook;
  }
}

export function installKafkaTestHook(editor: KafkaEditorStore, bundle: KafkaSimBundle): void {
  const sim = () => bundle.store.getState();
  window.__brokerlabKafka = {
    load(input) {
      const r = restoreKafkaScenario(input);
      if (!r.ok) return { ok: false, errors: r.errors };
      editor.getState().load(r.scenario);
      sim().reset(r.scenario);
      return { ok: true };
    },
    advance(ms) {
      sim().fastForward(ms);
      return sim().sim.now();
    },
    now: () => sim().sim.now(),
    pause: () => sim().pause(),
    owners() {
      const out: Record<string, Record<string, string[]>> = {};
      for (const g of sim().sim.engine.groups()) out[g.id] = Object.fromEntries(g.members.map((m) => [m.id, m.assignment.map((a) => `${a.topic}/${a.partition}`)]));
      return out;
    },
    file: (path) => sim().sim.engine.files().find((f) => f.path === path)?.content ?? null,
    tokenOnScreen: () => kafkaSeam.probe?.() ?? null,
    tokenStats: () => ({ frames: kafkaSeam.stats?.frames ?? 0, tokens: kafkaSeam.stats?.tokens ?? 0 }),
  };
}
