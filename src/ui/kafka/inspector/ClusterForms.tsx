import { useState } from 'react';
import { useT } from '../../../app/context';
import { KAFKA_LIMITS, KAFKA_RANGES } from '../../../scenario/kafka/limits';
import { connectorSpec } from '../../../sim/kafka/sync';
import { useKEditor, useKSimBundle } from '../context';
import { useKNode } from '../canvas/nodes/use-knode';
import { KCheck, KField } from './KField';
import { anyText, parseInt, parseLines, parseName, parseNumber } from './parse';
import { otherNames, useKUpdate } from './use-update';

export function BrokersForm({ id }: { id: string }) {
  const t = useT();
  const node = useKNode(id, 'brokers');
  const update = useKUpdate(id, 'brokers');
  if (!node) return null;
  return (
    <>
      <KField label={t('kafka.f.name')} value={node.name} parse={parseName(t, [])} onCommit={(name) => update(() => ({ name }))} mono />
      <KField label={t('kafka.f.brokers')} value={String(node.brokers)} parse={parseInt(t, KAFKA_RANGES.brokers)} onCommit={(brokers) => update(() => ({ brokers }))} mono />
      <KField label={t('kafka.f.replicationDelay')} value={String(node.replicationDelayMs)} parse={parseInt(t, KAFKA_RANGES.replicationDelayMs)} onCommit={(replicationDelayMs) => update(() => ({ replicationDelayMs }))} hint={t('kafka.f.replicationDelayHint')} mono />
      <p className="insp-warning">{t('kafka.f.restartHint')}</p>
    </>
  );
}

export function ConnectForm({ id }: { id: string }) {
  const t = useT();
  const node = useKNode(id, 'connect');
  const update = useKUpdate(id, 'connect');
  if (!node) return null;
  return (
    <>
      <KField label={t('kafka.f.name')} value={node.name} parse={parseName(t, [])} onCommit={(name) => update(() => ({ name }))} mono />
      <KField label={t('kafka.f.workers')} value={String(node.workers)} parse={parseInt(t, KAFKA_RANGES.workers)} onCommit={(workers) => update(() => ({ workers }))} hint={t('kafka.f.workersHint')} mono />
    </>
  );
}

export function ConnectorForm({ id }: { id: string }) {
  const t = useT();
  const node = useKNode(id, 'connector');
  const doc = useKEditor((s) => s.doc);
  const update = useKUpdate(id, 'connector');
  if (!node) return null;
  const spec = connectorSpec(doc, id);
  const source = node.connectorClass === 'FileStreamSource';
  return (
    <>
      <KField label={t('kafka.f.connectorName')} value={node.name} parse={parseName(t, otherNames(doc.nodes, id, 'connector'))} onCommit={(name) => update(() => ({ name }))} mono />
      <dl className="kf-facts">
        <dt>connector.class</dt>
        <dd className="kf-mono">{node.connectorClass}</dd>
        <dt>file</dt>
        <dd className="kf-mono">{spec?.file ?? t('kafka.f.notConnected')}</dd>
        <dt>{source ? 'topic' : 'topics'}</dt>
        <dd className="kf-mono">{spec && spec.topics.length > 0 ? spec.topics.join(',') : t('kafka.f.notConnected')}</dd>
      </dl>
      <p className="insp-hint">{source ? t('kafka.f.sourceEdgesHint') : t('kafka.f.sinkEdgesHint')}</p>
      <KField label="tasks.max" value={String(node.tasksMax)} parse={parseInt(t, KAFKA_RANGES.tasksMax)} onCommit={(tasksMax) => update(() => ({ tasksMax }))} hint={source ? t('kafka.f.sourceTasksHint') : t('kafka.f.sinkTasksHint')} mono />
      {source && <KField label="batch.size" value={String(node.batchSize)} parse={parseInt(t, KAFKA_RANGES.sourceBatchSize)} onCommit={(batchSize) => update(() => ({ batchSize }))} hint={t('kafka.f.sourceBatchHint')} mono />}
    </>
  );
}

export function FileForm({ id }: { id: string }) {
  const t = useT();
  const node = useKNode(id, 'file');
  const nodes = useKEditor((s) => s.doc.nodes);
  const update = useKUpdate(id, 'file');
  const { store } = useKSimBundle();
  const [line, setLine] = useState('');
  if (!node) return null;
  const append = () => {
    store.getState().act((s) => s.appendLine(id, line));
    setLine('');
  };
  return (
    <>
      <KField label={t('kafka.f.path')} value={node.name} parse={parseName(t, otherNames(nodes, id, 'file'))} onCommit={(name) => update(() => ({ name }))} mono />
      <div className="kf-append">
        <label className="kf-inline-label" htmlFor={`append-${id}`}>
          {t('kafka.f.appendLine')}
        </label>
        <div className="kf-button-row">
          <input
            id={`append-${id}`}
            type="text"
            className="insp-mono"
            value={line}
            onChange={(e) => setLine(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                append();
              }
            }}
          />
          <button type="button" className="insp-button" onClick={append}>
            {t('kafka.f.append')}
          </button>
        </div>
        <p className="insp-hint">{t('kafka.f.appendHint')}</p>
      </div>
      <KField label={t('kafka.f.initial')} value={node.initial} parse={anyText} onCommit={(initial) => update(() => ({ initial }))} hint={t('kafka.f.initialHint')} multiline rows={3} mono />
      <fieldset className="insp-group">
        <legend>{t('kafka.f.writer')}</legend>
        <KCheck label={t('kafka.f.writerOn')} checked={node.writer.enabled} onChange={(enabled) => update((n) => ({ writer: { ...n.writer, enabled } }))} hint={t('kafka.f.writerHint')} />
        <KField label={t('kafka.f.writerLines')} value={node.writer.lines.join('\n')} parse={parseLines(t, KAFKA_LIMITS.writerLines)} onCommit={(lines) => update((n) => ({ writer: { ...n.writer, lines } }))} multiline rows={3} mono />
        <KField label={t('kafka.f.rate')} value={String(node.writer.ratePerSec)} parse={parseNumber(t, KAFKA_RANGES.ratePerSec)} onCommit={(ratePerSec) => update((n) => ({ writer: { ...n.writer, ratePerSec } }))} mono />
        <KField label={t('kafka.f.limit')} value={String(node.writer.limit)} parse={parseInt(t, KAFKA_RANGES.limit)} onCommit={(limit) => update((n) => ({ writer: { ...n.writer, limit } }))} hint={t('kafka.f.limitHint')} mono />
      </fieldset>
    </>
  );
}
