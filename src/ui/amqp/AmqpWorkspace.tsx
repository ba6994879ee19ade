import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useState } from 'react';
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

/** The AMQP mode: palette | canvas | inspector, with playback and the event log below. */
export function AmqpWorkspace({ firstVisit = false }: { firstVisit?: boolean }) {
  const editor = useEditorStore();
  const [sim] = useState(() => createSimStore(editor.getState().doc));
  return (
    <SimContext.Provider value={sim}>
      <ReactFlowProvider>
        <Workspace firstVisit={firstVisit} />
      </ReactFlowProvider>
    </SimContext.Provider>
  );
}

function Workspace({ firstVisit }: { firstVisit: boolean }) {
  useSimDriver();
  useEditorShortcuts();
  const { store } = useSimBundle();
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
