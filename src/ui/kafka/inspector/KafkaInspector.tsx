import { useT } from '../../../app/context';
import type { MessageKey } from '../../../i18n/en';
import type { KafkaEdgeKind, KafkaNodeKind } from '../../../scenario/kafka/types';
import { useKEditor, useKEditorStore } from '../context';
import { BrokersForm, ConnectForm, ConnectorForm, FileForm } from './ClusterForms';
import { GroupForm } from './GroupForm';
import { KConnections } from './KConnections';
import { ProducerForm } from './ProducerForm';
import { KafkaSummary } from './KafkaSummary';
import { TopicForm } from './TopicForm';
import '../../inspector/inspector.css';

const NODE_HEADINGS: Readonly<Record<KafkaNodeKind, MessageKey>> = {
  producer: 'kafka.node.producer',
  topic: 'kafka.node.topic',
  group: 'kafka.node.group',
  brokers: 'kafka.node.brokers',
  connect: 'kafka.node.connect',
  connector: 'kafka.node.connector',
  file: 'kafka.node.file',
};

const EDGE_TEXT: Readonly<Record<KafkaEdgeKind, MessageKey>> = {
  produce: 'kafka.edge.produce',
  subscribe: 'kafka.edge.subscribe',
  'source-read': 'kafka.edge.source-read',
  'source-write': 'kafka.edge.source-write',
  'sink-read': 'kafka.edge.sink-read',
  'sink-write': 'kafka.edge.sink-write',
};

/** The right-hand panel: edits whatever is selected in the Kafka canvas. */
export function KafkaInspector() {
  const t = useT();
  const store = useKEditorStore();
  const count = useKEditor((s) => s.selection.nodes.length + s.selection.edges.length);
  const nodeId = useKEditor((s) => (s.selection.nodes.length === 1 && s.selection.edges.length === 0 ? s.selection.nodes[0] : null));
  const edgeId = useKEditor((s) => (s.selection.edges.length === 1 && s.selection.nodes.length === 0 ? s.selection.edges[0] : null));
  const nodeKind = useKEditor((s) => s.doc.nodes.find((n) => n.id === nodeId)?.kind ?? null);
  const edgeKind = useKEditor((s) => s.doc.edges.find((e) => e.id === edgeId)?.kind ?? null);

  let body;
  if (count === 0 || (nodeKind === null && edgeKind === null && count === 1)) body = <KafkaSummary />;
  else if (count > 1)
    body = (
      <>
        <p className="insp-text">{t('kafka.insp.multi', { count })}</p>
        <DeleteButton />
      </>
    );
  else if (nodeId && nodeKind) {
    const form =
      nodeKind === 'producer' ? <ProducerForm key={nodeId} id={nodeId} />
      : nodeKind === 'topic' ? <TopicForm key={nodeId} id={nodeId} />
      : nodeKind === 'group' ? <GroupForm key={nodeId} id={nodeId} />
      : nodeKind === 'brokers' ? <BrokersForm key={nodeId} id={nodeId} />
      : nodeKind === 'connect' ? <ConnectForm key={nodeId} id={nodeId} />
      : nodeKind === 'connector' ? <ConnectorForm key={nodeId} id={nodeId} />
      : <FileForm key={nodeId} id={nodeId} />;
    body = (
      <>
        <h3 className="insp-subtitle">{t(NODE_HEADINGS[nodeKind])}</h3>
        <p className="insp-hint">{t('kafka.insp.textHint')}</p>
        {form}
        <KConnections key={`c-${nodeId}`} id={nodeId} />
        <DeleteButton />
      </>
    );
  } else if (edgeKind) {
    body = (
      <>
        <h3 className="insp-subtitle">{t('kafka.insp.edge')}</h3>
        <p className="insp-text">{t(EDGE_TEXT[edgeKind])}</p>
        <DeleteButton />
      </>
    );
  }
  return (
    <aside className="bl-inspector insp" aria-labelledby="kf-insp-title" onKeyDown={(e) => e.key === 'Delete' && e.stopPropagation()}>
      <h2 id="kf-insp-title" className="bl-panel-title">
        {t('insp.title')}
      </h2>
      {body}
    </aside>
  );

  function DeleteButton() {
    return (
      <div className="insp-actions">
        <button type="button" className="insp-button insp-danger" onClick={() => store.getState().deleteSelection()}>
          {t('insp.delete')}
        </button>
        <p className="insp-hint">{t('kafka.insp.deleteHint')}</p>
      </div>
    );
  }
}
