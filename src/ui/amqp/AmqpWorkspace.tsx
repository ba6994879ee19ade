import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { SimContext, useEditorStore, useSimBundle, useUi } from '../../app/context';
import { createSimStore } from '../../store/sim';
import { Canvas } from '../canvas/Canvas';
import { CanvasToolbar } from '../canvas/CanvasToolbar';
import { Palette } from '../canvas/Palette';
import { RefusalNotice } from '../canvas/RefusalNotice';
import { Inspector } from '../inspector/Inspector';
import { EventLog } from '../log/EventLog';
import { MessageDetailsHost } from '../log/MessageDetailsHost';
import { PlaybackBar } from '../playback/PlaybackBar';
import { PlayHint } from '../playback/PlayHint';
import { useSimDriver } from '../playback/useSimDriver';
import { PresetOpened } from '../presets/PresetOpened';
import { useEditorShortcuts } from './useEditorShortcuts';

// Presenter mode's band (and its CSS) loads the first time presenter mode is turned on.
const PresenterOverlay = lazy(() => import('../presenter/PresenterOverlay'));

interface WorkspaceProps {
  firstVisit?: boolean;
  /** Embed links: the canvas and playback only; nothing can be edited (no palette, inspector, log, shortcuts). */
  readOnly?: boolean;
  /** Each new value starts playback (a play link was opened). */
  playToken?: number;
}

/** The AMQP mode: palette | canvas | inspector, with playback and the event log below. */
export function AmqpWorkspace({ firstVisit = false, readOnly = false, playToken = 0 }: WorkspaceProps) {
  const editor = useEditorStore();
  const [sim] = useState(() => createSimStore(editor.getState().doc));
  return (
    <SimContext.Provider value={sim}>
      <ReactFlowProvider>
        {readOnly ? <ReadOnlyWorkspace /> : <Workspace firstVisit={firstVisit} playToken={playToken} />}
      </ReactFlowProvider>
    </SimContext.Provider>
  );
}

/** An embed link's view: watch and play, nothing to edit. */
function ReadOnlyWorkspace() {
  useSimDriver();
  return (
    // One column, set here rather than in a style sheet: the canvas must be full width when it first fits the view.
    <div className="bl-workspace bl-workspace-readonly" style={{ gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <div className="bl-center">
        <div className="bl-canvas-wrap">
          <Canvas readOnly />
          <PlayHint />
          <MessageDetailsHost />
        </div>
        <PlaybackBar />
      </div>
    </div>
  );
}

function Workspace({ firstVisit, playToken }: { firstVisit: boolean; playToken: number }) {
  useSimDriver();
  useEditorShortcuts();
  const { store } = useSimBundle();
  useEffect(() => {
    if (playToken > 0) store.getState().play();
  }, [playToken, store]);
  const presenter = useUi((s) => s.presenter);
  const publish = (producerId: string) => {
    store.getState().sim.publishNow(producerId);
    store.getState().refresh();
  };
  return (
    <div className="bl-workspace">
      <Palette />
      <div className="bl-center">
        <CanvasToolbar />
        <div className="bl-canvas-wrap">
          <Canvas />
          <RefusalNotice />
          {firstVisit && <PlayHint />}
          <MessageDetailsHost />
          <PresetOpened />
        </div>
        {presenter && (
          <Suspense fallback={null}>
            <PresenterOverlay />
          </Suspense>
        )}
        <PlaybackBar />
        <EventLog />
      </div>
      <Inspector onPublish={publish} />
    </div>
  );
}
