import { useT } from '../../../app/context';
import type { CleanupPolicy } from '../../../engine/kafka';
import { KAFKA_RANGES } from '../../../scenario/kafka/limits';
import { brokerCount } from '../../../scenario/kafka/defaults';
import { useKEditor, useKSim, useKSimBundle } from '../context';
import { useKNode } from '../canvas/nodes/use-knode';
import { KField, KSelect } from './KField';
import { parseInt, parseName } from './parse';
import { otherNames, useKUpdate } from './use-update';

const POLICIES: readonly CleanupPolicy[] = ['delete', 'compact', 'compact,delete'];

export function TopicForm({ id }: { id: string }) {
  const t = useT();
  const node = useKNode(id, 'topic');
  const nodes = useKEditor((s) => s.doc.nodes);
  const update = useKUpdate(id, 'topic');
  const topic = useKSim((s) => s.snapshot.topics.find((x) => x.name === node?.name));
  const { store } = useKSimBundle();
  if (!node) return null;
  const brokers = brokerCount(nodes);
  return (
    <>
      <KField label={t('kafka.f.topicName')} value={node.name} parse={parseName(t, otherNames(nodes, id, 'topic'), true)} onCommit={(name) => update(() => ({ name }))} hint={t('kafka.f.topicNameHint')} mono />
      <KField
        label={t('kafka.f.partitions')}
        value={String(node.partitions)}
        parse={parseInt(t, KAFKA_RANGES.partitions)}
        onCommit={(partitions) => update(() => ({ partitions }))}
        hint={t('kafka.f.partitionsHint')}
        mono
      />
      <KField
        label={t('kafka.f.replicationFactor')}
        value={String(node.replicationFactor)}
        parse={parseInt(t, { min: 1, max: brokers })}
        onCommit={(replicationFactor) => update(() => ({ replicationFactor }))}
        hint={t('kafka.f.replicationFactorHint', { brokers })}
        mono
      />
      <fieldset className="insp-group">
        <legend>{t('kafka.f.topicConfig')}</legend>
        <KSelect label="cleanup.policy" value={node.cleanupPolicy} options={POLICIES.map((p) => ({ value: p, label: p }))} onChange={(cleanupPolicy) => update(() => ({ cleanupPolicy }))} hint={t('kafka.f.cleanupHint')} mono />
        <KField label="retention.ms" value={String(node.retentionMs)} parse={parseInt(t, KAFKA_RANGES.retentionMs)} onCommit={(retentionMs) => update(() => ({ retentionMs }))} hint={t('kafka.f.retentionMsHint')} mono />
        <KField label="retention.bytes" value={String(node.retentionBytes)} parse={parseInt(t, KAFKA_RANGES.retentionBytes)} onCommit={(retentionBytes) => update(() => ({ retentionBytes }))} hint={t('kafka.f.retentionBytesHint')} mono />
        <KField label="delete.retention.ms" value={String(node.deleteRetentionMs)} parse={parseInt(t, KAFKA_RANGES.deleteRetentionMs)} onCommit={(deleteRetentionMs) => update(() => ({ deleteRetentionMs }))} hint={t('kafka.f.deleteRetentionHint')} mono />
        <KField label="min.insync.replicas" value={String(node.minInsyncReplicas)} parse={parseInt(t, KAFKA_RANGES.minInsyncReplicas)} onCommit={(minInsyncReplicas) => update(() => ({ minInsyncReplicas }))} hint={t('kafka.f.minIsrHint')} mono />
        {node.cleanupPolicy !== 'delete' && (
          <button type="button" className="insp-button" onClick={() => store.getState().act((s) => s.compactTopic(id))}>
            {t('kafka.f.compactNow')}
          </button>
        )}
      </fieldset>
      {topic && (
        <table className="kf-table">
          <caption>{t('kafka.f.partitionTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kafka.f.col.partition')}</th>
              <th scope="col">{t('kafka.f.col.leader')}</th>
              <th scope="col">ISR</th>
              <th scope="col">{t('kafka.f.col.start')}</th>
              <th scope="col">HW</th>
              <th scope="col">LEO</th>
            </tr>
          </thead>
          <tbody>
            {topic.partitions.map((p) => (
              <tr key={p.partition}>
                <td>P{p.partition}</td>
                <td>{p.leader ?? '—'}</td>
                <td>{p.isr.join(',')}</td>
                <td>{p.logStartOffset}</td>
                <td>{p.highWatermark}</td>
                <td>{p.logEndOffset}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
