import { useEffect, useMemo } from 'react';
import { useEditorStore, useSimBundle } from '../../app/context';
import { clockOf, useRafClock } from './useRafClock';

/**
 * Drives simulated time from requestAnimationFrame while playing, and keeps the running
 * simulation in step with the document as the user edits it.
 */
export function useSimDriver(): void {
  const { store, live } = useSimBundle();
  const editor = useEditorStore();

  useEffect(
    () =>
      editor.subscribe((state, prev) => {
        if (state.doc === prev.doc) return;
        // A whole new document (a preset, a new canvas, a link) starts the simulation over;
        // an edit is applied to the running broker.
        if (state.generation !== prev.generation) return store.getState().reset(state.doc);
        store.getState().sim.setDocument(state.doc);
        store.getState().refresh();
      }),
    [editor, store],
  );

  const clock = useMemo(() => clockOf(store, (t) => store.getState().sim.advanceTo(t)), [store]);
  useRafClock(clock, live);
}
