import { lazy, Suspense, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
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
  // The panel opens over the canvas (never over the playback bar): its host is the canvas frame
  // that follows this toolbar in the workspace; without one it opens right under the toolbar.
  const [host, setHost] = useState<Element | null>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const sim = () => store.getState();
  const closeConnections = () => {
    setConnections(false);
    toggleRef.current?.focus();
  };
  const panel = (
    <Suspense fallback={null}>
      <ConnectionsPanel id={PANEL_ID} onClose={closeConnections} />
    </Suspense>
  );
  return (
    <div className="bl-toolbar-area" ref={areaRef}>
      <div className="bl-canvas-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <button
          type="button"
          className="bl-btn"
          onClick={() => editor.getState().replace(emptyScenario())}
          title={t('toolbar.newHint')}
        >
          {t('toolbar.new')}
        </button>
        <button
          type="button"
          className="bl-btn"
          disabled={!canUndo}
          onClick={() => editor.getState().undo()}
          aria-keyshortcuts="Control+Z"
        >
          ↶ {t('toolbar.undo')}
        </button>
        <button
          type="button"
          className="bl-btn"
          disabled={!canRedo}
          onClick={() => editor.getState().redo()}
          aria-keyshortcuts="Control+Shift+Z"
        >
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
          onClick={() => {
            if (connections) return closeConnections();
            setHost(
              areaRef.current?.parentElement?.querySelector(':scope > .bl-canvas-wrap') ?? null,
            );
            setConnections(true);
          }}
          title={t('channel.connectionsHint')}
        >
          ⇄ {t('channel.connections')}
        </button>
      </div>
      {connections && (host ? createPortal(panel, host) : panel)}
    </div>
  );
}
