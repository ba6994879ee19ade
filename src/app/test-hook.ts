/**
 * `window.__brokerlab`: a small handle for browser tests and the UI benchmark. Loaded lazily
 * from main.tsx only in development or with `?testhook` in the URL, so a normal visit never
 * downloads it.
 */
import { restoreScenario } from '../scenario/restore';
import type { EditorStore } from '../store/editor';
import { tokenSeam } from '../ui/canvas/tokens/test-seam';

export interface BrokerlabTestHook {
  /** True once the canvas (and its simulation) is mounted. */
  ready(): boolean;
  /** Validates and loads a scenario into the editor, then restarts the simulation from it. */
  load(input: unknown): { ok: boolean; errors?: unknown };
  reset(): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Adds `n` message tokens spread along the document's edges, all in flight for `durationMs`. */
  injectFlights(n: number, durationMs?: number): number;
  /** Flights on the board that are in the air now. */
  inFlight(): number;
  /** Frames the token layer drew and tokens in its last frame. */
  tokenStats(): { frames: number; tokens: number };
  /** A message token on screen (page CSS px), to click in tests. */
  tokenOnScreen(): { x: number; y: number; messageId: number } | null;
  /** The message the user selected. */
  selectedMessage(): number | null;
}

declare global {
  interface Window {
    __brokerlab?: BrokerlabTestHook;
  }
}

export function installTestHook(editor: EditorStore): void {
  const sim = () => {
    if (!tokenSeam.sim) throw new Error('The canvas is not mounted');
    return tokenSeam.sim;
  };
  window.__brokerlab = {
    ready: () => tokenSeam.sim !== null,
    load(input) {
      const result = restoreScenario(input);
      if (!result.ok) return { ok: false, errors: result.errors };
      editor.getState().load(result.scenario);
      sim().store.getState().reset(result.scenario);
      return { ok: true };
    },
    reset: () => sim().store.getState().reset(editor.getState().doc),
    play: () => sim().store.getState().play(),
    pause: () => sim().store.getState().pause(),
    setSpeed: (speed) => sim().store.getState().setSpeed(speed),
    injectFlights(n, durationMs = 20_000) {
      const { store, live } = sim();
      const board = store.getState().sim.flights;
      const edges = editor.getState().doc.edges;
      if (edges.length === 0) return 0;
      let seed = 12345;
      for (let i = 0; i < n; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648; // a fixed LCG: the same spread every run
        const e = edges[i % edges.length];
        // Already under way (up to half-way), so every token stays in the air for durationMs / 2.
        const departAt = live.now - (seed / 2147483648) * (durationMs / 2);
        board.add({ kind: 'message', from: e.source, to: e.target, edgeId: e.id, reverse: false, departAt, arriveAt: departAt + durationMs, colorId: board.reserveColor(), messageId: 1_000_000_000 + i });
      }
      return n;
    },
    inFlight() {
      const { store, live } = sim();
      return store.getState().sim.flights.flights.filter((f) => f.departAt <= live.now && f.arriveAt >= live.now).length;
    },
    tokenOnScreen: () => tokenSeam.probe?.() ?? null,
    selectedMessage: () => sim().store.getState().selectedMessage,
    tokenStats: () => ({ frames: tokenSeam.stats?.frames ?? 0, tokens: tokenSeam.stats?.tokens ?? 0 }),
  };
}
