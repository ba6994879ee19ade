import { useEffect, useMemo } from 'react';
import { clockOf, useRafClock } from '../../playback/useRafClock';
import { useKEditorStore, useKSimBundle } from '../context';

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

  const clock = useMemo(() => clockOf(store, (t) => store.getState().advanceTo(t)), [store]);
  useRafClock(clock, live);
}
