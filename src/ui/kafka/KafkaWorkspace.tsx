import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { kafkaEn, kafkaPt } from '../../i18n/parts/kafka';
import { registerMessages } from '../../i18n/translate';
import { KafkaEditorContext, KafkaSimContext } from './context';
import { KafkaWorkspaceView } from './KafkaWorkspaceView';
import { getKafkaSession } from './session';
import './kafka.css';
import './kafka-panels.css';

// Loaded only when the user opens the Kafka mode: its words come with it.
registerMessages(kafkaEn, kafkaPt);

/** The Kafka mode: palette | canvas | inspector, with playback and the event log below, as in the AMQP mode. */
export default function KafkaWorkspace() {
  const [session] = useState(getKafkaSession);
  return (
    <KafkaEditorContext.Provider value={session.editor}>
      <KafkaSimContext.Provider value={session.sim}>
        <ReactFlowProvider>
          <KafkaWorkspaceView firstVisit={session.firstVisit} notice={session.notice} exercises={session.exercises} />
        </ReactFlowProvider>
      </KafkaSimContext.Provider>
    </KafkaEditorContext.Provider>
  );
}
