import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { Palette } from '../canvas/Palette';
import { RefusalNotice } from '../canvas/RefusalNotice';
import { Inspector } from '../inspector/Inspector';
import { useEditorShortcuts } from './useEditorShortcuts';

/** The AMQP mode: palette | canvas | inspector, with playback and the event log below. */
export function AmqpWorkspace() {
  const onKeyDown = useEditorShortcuts();
  return (
    <ReactFlowProvider>
      <div className="bl-workspace" onKeyDown={onKeyDown}>
        <Palette />
        <div className="bl-center">
          <Canvas />
          <RefusalNotice />
        </div>
        <Inspector />
      </div>
    </ReactFlowProvider>
  );
}
