import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../../app/context';
import type { PartitionSnapshot } from '../../../../engine/kafka';
import { partitionIn, partitionOut } from '../../../../sim/kafka/anchors';
import { recordRef } from '../../../../sim/kafka/types';
import { useKSim, useKSimBundle } from '../../context';
import { chipText, groupColor, recordColor } from './colors';
import { KNodeFrame, RowHandle } from './KNodeFrame';
import { formatMs } from './format';
import { useKNode } from './use-knode';

/** Records shown per partition; older ones are summed up in front. */
const VISIBLE_RECORDS = 8;

interface Marker {
  group: string;
  offset: number;
  lag: number | null;
}

export const TopicNode = memo(function TopicNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useKNode(id, 'topic');
  const topic = useKSim((s) => s.snapshot.topics.find((x) => x.name === node?.name));
  const groups = useKSim((s) => s.snapshot.groups);
  if (!node) return null;
  // Groups with a committed offset on this topic: their markers under the logs, named once here.
  const legend = groups.filter((g) => g.partitions.some((l) => l.topic === node.name && l.committed !== null)).map((g) => g.id);
  const cfg = [
    t('kafka.topic.partitions', { n: node.partitions }),
    `RF ${node.replicationFactor}`,
    node.cleanupPolicy,
    node.retentionMs >= 0 && node.cleanupPolicy !== 'compact' ? t('kafka.topic.retention', { s: formatMs(node.retentionMs) }) : '',
  ].filter(Boolean);
  return (
    <KNodeFrame kind="topic" label={t('kafka.node.topic')} title={node.name} subtitle={cfg.join(' · ')} selected={selected} inputs outputs wide>
      {!topic && <p className="kf-warn">{t('kafka.topic.missing')}</p>}
      {topic && (
        <div className="kf-partitions">
          {topic.partitions.map((p) => {
            const markers: Marker[] = [];
            for (const g of groups)
              for (const l of g.partitions)
                if (l.topic === node.name && l.partition === p.partition && l.committed !== null) markers.push({ group: g.id, offset: l.committed, lag: l.lag });
            return <PartitionRow key={p.partition} p={p} markers={markers} />;
          })}
        </div>
      )}
      {legend.length > 0 && (
        <div className="kf-legend" title={t('kafka.topic.legendHint')}>
          {legend.map((g) => (
            <span key={g} className="kf-legend-item">
              <span className="kf-marker" style={{ color: groupColor(g) }} aria-hidden="true" />
              {g}
            </span>
          ))}
          <span className="kf-muted">{t('kafka.topic.legend')}</span>
        </div>
      )}
    </KNodeFrame>
  );
});

function PartitionRow({ p, markers }: { p: PartitionSnapshot; markers: Marker[] }) {
  const t = useT();
  const { store } = useKSimBundle();
  const time = useKSim((s) => s.time);
  const selectedRef = useKSim((s) => s.selected);
  const flights = store.getState().sim.flights;
  // A record whose token is still on its way is not drawn in the log yet. Records land in offset
  // order, so only the tail can still be travelling: the scan stops at the first landed one.
  const rs = p.records;
  let end = rs.length;
  while (end > 0 && (flights.landingOf(recordRef(rs[end - 1].topic, rs[end - 1].partition, rs[end - 1].offset)) ?? 0) > time) end--;
  // A log that lost its head (retention, compaction) says where it starts now: one chip less.
  const room = p.logStartOffset > 0 ? VISIBLE_RECORDS - 2 : VISIBLE_RECORDS;
  const shown = rs.slice(Math.max(0, end - room), end);
  const hidden = end - shown.length;
  // The log end as the canvas shows it: a record still travelling has not arrived yet.
  const leo = end < rs.length ? rs[end].offset : p.logEndOffset;
  const slotOf = (offset: number) => {
    const i = shown.findIndex((r) => r.offset >= offset);
    return i < 0 ? shown.length : i;
  };
  const bySlot = new Map<number, Marker[]>();
  for (const m of markers) bySlot.set(slotOf(m.offset), [...(bySlot.get(slotOf(m.offset)) ?? []), m]);
  const offline = p.leader === null;
  const summary = t('kafka.partition.summary', { p: p.partition, start: p.logStartOffset, hw: p.highWatermark, leo: p.logEndOffset });
  return (
    <div className={`kf-partition${offline ? ' is-offline' : ''}`} role="group" aria-label={summary} data-partition={p.partition}>
      <RowHandle id={partitionIn(p.partition)} type="target" />
      <div className="kf-p-label">
        <span className="kf-p-name">P{p.partition}</span>
        <span className="kf-p-replicas" title={t('kafka.partition.replicasHint')}>
          {offline ? t('kafka.partition.offline') : `L${p.leader} · ISR ${p.isr.join(',')}`}
        </span>
      </div>
      <div className="kf-log">
        {p.logStartOffset > 0 && shown.length > 0 && (
          <span className="kf-log-start" title={t('kafka.partition.startHint', { n: p.logStartOffset })}>
            {t('kafka.partition.start', { n: p.logStartOffset })}
          </span>
        )}
        {hidden > 0 && (
          <span className="kf-log-more" title={t('kafka.partition.older', { n: hidden })}>
            +{hidden}
          </span>
        )}
        {shown.length === 0 && p.logStartOffset > 0 && <span className="kf-log-more">{t('kafka.partition.startAt', { offset: p.logStartOffset })}</span>}
        {shown.map((r, i) => {
          const ref = recordRef(r.topic, r.partition, r.offset);
          const colorId = flights.colorOfRecord(r);
          const color = recordColor(colorId);
          const uncommitted = r.offset >= p.highWatermark;
          return (
            <span key={r.offset} className="kf-slot">
              <button
                type="button"
                className={`kf-chip nodrag${uncommitted ? ' is-above-hw' : ''}${selectedRef === ref ? ' is-selected' : ''}${r.value === null ? ' is-tombstone' : ''}`}
                style={{ background: color, color: chipText(colorId) }}
                title={t('kafka.chip.title', { offset: r.offset, key: r.key ?? 'null', value: r.value ?? 'null' })}
                aria-label={t('kafka.chip.title', { offset: r.offset, key: r.key ?? 'null', value: r.value ?? 'null' })}
                onClick={() => store.getState().select(ref)}
              >
                {r.offset}
              </button>
              <Markers list={bySlot.get(i)} />
              {r.offset === p.highWatermark - 1 && p.highWatermark < leo && <span className="kf-hw" title={t('kafka.partition.hwHint', { hw: p.highWatermark })} />}
            </span>
          );
        })}
        <span className="kf-slot kf-end" title={t('kafka.partition.leoHint', { leo })}>
          <span className="kf-leo">{leo}</span>
          <Markers list={bySlot.get(shown.length)} />
        </span>
      </div>
      <RowHandle id={partitionOut(p.partition)} type="source" />
    </div>
  );
}

function Markers({ list }: { list: Marker[] | undefined }) {
  const t = useT();
  if (!list) return null;
  return (
    <span className="kf-markers">
      {list.map((m) => (
        <span key={m.group} className="kf-marker" style={{ color: groupColor(m.group) }} title={t('kafka.partition.committedHint', { group: m.group, offset: m.offset, lag: m.lag ?? '?' })} />
      ))}
    </span>
  );
}

