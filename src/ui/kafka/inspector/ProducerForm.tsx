import { useT } from '../../../app/context';
import type { Acks } from '../../../engine/kafka';
import type { MessageKey } from '../../../i18n/en';
import { KAFKA_LIMITS, KAFKA_RANGES } from '../../../scenario/kafka/limits';
import { useKEditor, useKSimBundle } from '../context';
import { useKNode } from '../canvas/nodes/use-knode';
import { KCheck, KField, KSelect } from './KField';
import { anyText, parseHeaders, parseInt, parseLines, parseName, parseNumber } from './parse';
import { otherNames, useKUpdate } from './use-update';

const ACKS: readonly { value: string; acks: Acks; label: MessageKey }[] = [
  { value: '0', acks: 0, label: 'kafka.f.acks.0' },
  { value: '1', acks: 1, label: 'kafka.f.acks.1' },
  { value: 'all', acks: 'all', label: 'kafka.f.acks.all' },
];

export function ProducerForm({ id }: { id: string }) {
  const t = useT();
  const node = useKNode(id, 'producer');
  const nodes = useKEditor((s) => s.doc.nodes);
  const update = useKUpdate(id, 'producer');
  const { store } = useKSimBundle();
  if (!node) return null;
  return (
    <>
      <KField label={t('kafka.f.name')} value={node.name} parse={parseName(t, otherNames(nodes, id, 'producer'))} onCommit={(name) => update(() => ({ name }))} hint={t('kafka.f.producerNameHint')} mono />
      <fieldset className="insp-group">
        <legend>{t('kafka.f.record')}</legend>
        <KCheck label={t('kafka.f.keyed')} checked={node.keyed} onChange={(keyed) => update(() => ({ keyed }))} hint={t('kafka.f.keyedHint')} />
        {node.keyed && (
          <KField label={t('kafka.f.keys')} value={node.keys.join('\n')} parse={parseLines(t, KAFKA_LIMITS.keys, true)} onCommit={(keys) => update(() => ({ keys }))} hint={t('kafka.f.keysHint')} multiline rows={4} mono />
        )}
        <KField label={t('kafka.f.value')} value={node.value} parse={anyText} onCommit={(value) => update(() => ({ value }))} hint={t('kafka.f.valueHint')} mono />
        <KField label={t('kafka.f.headers')} value={node.headers.map((h) => `${h.key}=${h.value}`).join('\n')} parse={parseHeaders(t)} onCommit={(headers) => update(() => ({ headers }))} hint={t('kafka.f.headersHint')} multiline rows={2} mono />
      </fieldset>
      <fieldset className="insp-group">
        <legend>{t('kafka.f.producerConfig')}</legend>
        <KSelect
          label="acks"
          value={String(node.acks)}
          options={ACKS.map((a) => ({ value: a.value, label: t(a.label) }))}
          onChange={(v) => update(() => ({ acks: ACKS.find((a) => a.value === v)?.acks ?? 'all' }))}
          hint={t('kafka.f.acksHint')}
          mono
        />
        <KSelect
          label="partitioner.class"
          value={node.partitioner}
          options={[
            { value: 'default', label: t('kafka.f.partitioner.default') },
            { value: 'round-robin', label: 'RoundRobinPartitioner' },
          ]}
          onChange={(partitioner) => update(() => ({ partitioner }))}
          hint={t('kafka.f.partitionerHint')}
        />
        <KField label="batch.size" value={String(node.batchSize)} parse={parseInt(t, KAFKA_RANGES.batchSize)} onCommit={(batchSize) => update(() => ({ batchSize }))} hint={t('kafka.f.batchSizeHint')} mono />
      </fieldset>
      <fieldset className="insp-group">
        <legend>{t('kafka.f.schedule')}</legend>
        <KCheck label={t('kafka.f.scheduleOn')} checked={node.schedule.enabled} onChange={(enabled) => update((n) => ({ schedule: { ...n.schedule, enabled } }))} />
        <KField label={t('kafka.f.rate')} value={String(node.schedule.ratePerSec)} parse={parseNumber(t, KAFKA_RANGES.ratePerSec)} onCommit={(ratePerSec) => update((n) => ({ schedule: { ...n.schedule, ratePerSec } }))} mono />
        <KField label={t('kafka.f.limit')} value={String(node.schedule.limit)} parse={parseInt(t, KAFKA_RANGES.limit)} onCommit={(limit) => update((n) => ({ schedule: { ...n.schedule, limit } }))} hint={t('kafka.f.limitHint')} mono />
      </fieldset>
      <button type="button" className="insp-button" onClick={() => store.getState().act((s) => s.sendNow(id))}>
        ✉ {t('kafka.producer.send')}
      </button>
    </>
  );
}
