import { lazy, Suspense, useRef, useState } from 'react';
import { useEditor, useEditorStore, useSimBundle, useT } from '../../app/context';
import { emptyScenario } from '../../scenario/defaults';
import './faults.css';

// The panel and its words load the first time it opens.
const ConnectionsPanel = lazy(() => import('../connections/ConnectionsPanel'));
const PANEL_ID = 'bl-connections-panel';

/** Document and broker actions above the canvas: new, undo, redo, the broker faults, and the connections panel. */
export function CanvasToolbar() {
  const t = useT();
  const editor = useEditorStore();
  const { store } = useSimBundle();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const [connections, setConnections] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const sim = () => store.getState();
  const closeConnections = () => {
    setConnections(false);
    toggleRef.current?.focus();
  };
  return (
    <div className="bl-toolbar-area">
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
        <span className="bl-toolbar-sep" aria-hidden="true" />
        <button
          type="button"
          ref={toggleRef}
          className="bl-btn"
          aria-expanded={connections}
          aria-controls={connections ? PANEL_ID : undefined}
          onClick={() => (connections ? closeConnections() : setConnections(true))}
          title={t('channel.connectionsHint')}
        >
          ⇄ {t('channel.connections')}
        </button>
      </div>
      {connections && (
        <Suspense fallback={null}>
          <ConnectionsPanel id={PANEL_ID} onClose={closeConnections} />
        </Suspense>
      )}
    </div>
  );
}
