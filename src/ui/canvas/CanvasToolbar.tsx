import { useEditor, useEditorStore, useSimBundle, useT } from '../../app/context';
import { emptyScenario } from '../../scenario/defaults';

/** Document and broker actions above the canvas: new, undo, redo, and the broker faults. */
export function CanvasToolbar() {
  const t = useT();
  const editor = useEditorStore();
  const { store } = useSimBundle();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const sim = () => store.getState();
  return (
    <div className="bl-canvas-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" className="bl-btn" onClick={() => editor.getState().replace(emptyScenario())} title={t('toolbar.newHint')}>
        {t('toolbar.new')}
      </button>
      <button type="button" className="bl-btn" disabled={!canUndo} onClick={() => editor.getState().undo()} aria-keyshortcuts="Control+Z">
        ↶ {t('toolbar.undo')}
      </button>
      <button type="button" className="bl-btn" disabled={!canRedo} onClick={() => editor.getState().redo()} aria-keyshortcuts="Control+Shift+Z">
        ↷ {t('toolbar.redo')}
      </button>
      <span className="bl-toolbar-sep" aria-hidden="true" />
      <button
        type="button"
        className="bl-btn"
        onClick={() => {
          sim().sim.restartBroker();
          sim().refresh();
        }}
        title={t('faults.restartBrokerHint')}
      >
        ⟳ {t('faults.restartBroker')}
      </button>
      <button
        type="button"
        className="bl-btn"
        onClick={() => {
          sim().sim.redeclare();
          sim().refresh();
        }}
        title={t('faults.redeclareHint')}
      >
        {t('faults.redeclare')}
      </button>
    </div>
  );
}
