import { useEffect } from 'react';
import { useKEditorStore, useKSimBundle } from '../context';

/** UI refreshes per second: enough to read, few enough that React never renders per frame. */
const REFRESH_MS = 100;
/** A hidden tab or a debugger pause must not make the simulation leap ahead. */
const MAX_FRAME_MS = 250;

/**
 * Drives simulated time from requestAnimationFrame while playing, and keeps the running
 * simulation in step with the document as the user edits it (the AMQP driver's twin).
 */
export function useKafkaDriver(): void {
  const { store, live } = useKSimBundle();
  const editor = useKEditorStore();

  useEffect(
    () =>
      editor.subscribe((state, prev) => {
        if (state.doc === prev.doc) return;
        // A whole new document (a preset, a link, New) starts over; an edit is applied live.
        if (state.generation !== prev.generation) return store.getState().reset(state.doc);
        store.getState().apply(state.doc);
      }),
    [editor, store],
  );

  useEffect(() => {
    let frame = 0;
    let last = performance.now();
    let lastRefresh = last;
    const loop = (t: number) => {
      const dt = Math.min(MAX_FRAME_MS, t - last);
      last = t;
      const s = store.getState();
      if (s.playing) {
        live.now += dt * s.speed;
        s.advanceTo(live.now);
      } else live.now = s.sim.now();
      if (t - lastRefresh >= REFRESH_MS) {
        lastRefresh = t;
        s.sim.flights.prune(live.now);
        s.refresh();
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [store, live]);
}
