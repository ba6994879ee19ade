import { useReactFlow } from '@xyflow/react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useEditorStore, useSimBundle, useUiStore } from '../../app/context';
import type { Scenario } from '../../scenario/types';
import { afterLayout, fitOptions } from './fit';
import { takeOpenRequest, type OpenRequest } from './open-request';

// The note itself (and its style sheet) loads the first time a preset is opened.
const PresetNote = lazy(() => import('./PresetNote'));

/**
 * Lives in the workspace: when the gallery has replaced the document it frames the new canvas,
 * starts playing if asked, and says that Undo brings the previous canvas back. The note goes away
 * with the next change to the document.
 */
export function PresetOpened() {
  const editor = useEditorStore();
  const ui = useUiStore();
  const { store } = useSimBundle();
  const { fitView } = useReactFlow();
  const [opened, setOpened] = useState<OpenRequest | null>(null);
  /** The canvas the preset replaced, until the next change: Undo brings it back. */
  const before = useRef<Scenario | null>(null);

  useEffect(
    () =>
      editor.subscribe((state, prev) => {
        if (state.doc === prev.doc) return;
        // After the new document is drawn: fitting now would frame the old nodes.
        const fit = (roomForNote = false) =>
          afterLayout(() => void fitView(fitOptions(ui.getState().presenter, roomForNote)));
        const request = state.generation !== prev.generation ? takeOpenRequest(editor) : null;
        if (request) {
          before.current = prev.doc;
          setOpened(request);
          fit(true);
          // The simulation restarts (paused) in another listener of this same change: play after it.
          if (request.play) queueMicrotask(() => store.getState().play());
          return;
        }
        // Undo right after opening brings the old canvas back: frame that one again.
        if (state.doc === before.current) fit();
        before.current = null;
        setOpened(null);
      }),
    [editor, store, ui, fitView],
  );

  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <PresetNote opened={opened} onUndo={() => editor.getState().undo()} onDismiss={() => setOpened(null)} />
    </Suspense>
  );
}
