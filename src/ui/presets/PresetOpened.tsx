import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { useEditorStore, useSimBundle, useT, useUiStore } from '../../app/context';
import type { Scenario } from '../../scenario/types';
import { Rich } from '../log/Rich';
import { afterLayout, fitOptions } from './fit';
import { takeOpenRequest, type OpenRequest } from './open-request';
import './opened.css';

/**
 * Lives in the workspace: when the gallery has replaced the document it frames the new canvas,
 * starts playing if asked, and says that Undo brings the previous canvas back. The note goes away
 * with the next change to the document.
 */
export function PresetOpened() {
  const t = useT();
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
    <div className="bl-preset-opened" role="status">
      <p className="bl-preset-opened-line">
        <Rich text={t('presets.opened', { title: t(opened.title) })} />
      </p>
      <details className="bl-preset-opened-try">
        <summary>{t('presets.try')}</summary>
        <ul>
          {opened.tryThis.map((k) => (
            <li key={k}>
              <Rich text={t(k)} />
            </li>
          ))}
        </ul>
      </details>
      <div className="bl-preset-opened-actions">
        <button
          type="button"
          className="bl-btn"
          onClick={() => editor.getState().undo()}
          aria-keyshortcuts="Control+Z"
        >
          ↶ {t('presets.undo')}
        </button>
        <button
          type="button"
          className="bl-btn"
          onClick={() => setOpened(null)}
          aria-label={t('presets.dismiss')}
          title={t('presets.dismiss')}
        >
          ×
        </button>
      </div>
    </div>
  );
}
