import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../../app/context';
import type { MemberSnapshot } from '../../../../engine/kafka';
import { newConsumer } from '../../../../scenario/kafka/defaults';
import type { KConsumer, KGroupNode } from '../../../../scenario/kafka/types';
import { memberIn } from '../../../../sim/kafka/anchors';
import { memberKey } from '../../../../sim/kafka/sync';
import { recordRef } from '../../../../sim/kafka/types';
import { useKEditorStore, useKSim, useKSimBundle } from '../../context';
import { chipText, recordColor } from './colors';
import { KNodeFrame, RowHandle } from './KNodeFrame';
import { useKNode } from './use-knode';

export const GroupNode = memo(function GroupNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useKNode(id, 'group');
  const group = useKSim((s) => s.snapshot.groups.find((g) => g.id === node?.name));
  const editor = useKEditorStore();
  if (!node) return null;
  const commit = node.commit === 'auto' ? t('kafka.group.autoCommit') : node.commit === 'after-batch' ? t('kafka.group.syncCommit') : t('kafka.group.manualCommit');
  const lags = group?.partitions.filter((p) => p.lag !== null) ?? [];
  const addConsumer = () => editor.getState().updateNode(id, { consumers: [...node.consumers, newConsumer(node.consumers)] });
  return (
    <KNodeFrame
      kind="group"
      label={t('kafka.node.group')}
      title={node.name}
      subtitle={`${node.assignor} · ${node.autoOffsetReset} · ${commit}`}
      selected={selected}
      inputs
      outputs={false}
    >
      <ul className="kf-members" aria-label={t('kafka.group.members')}>
        {node.consumers.map((c) => (
          <MemberRow key={c.id} node={node} consumer={c} member={group?.members.find((m) => m.id === c.name)} />
        ))}
      </ul>
      {node.consumers.length === 0 && <p className="kf-muted">{t('kafka.group.noConsumers')}</p>}
      {lags.length > 0 && (
        <div className="kf-lag" title={t('kafka.group.lagHint')}>
          {t('kafka.group.lag')}{' '}
          {lags.map((l) => (
            <span key={`${l.topic}/${l.partition}`} className={`kf-lag-item${(l.lag ?? 0) > 0 ? ' is-behind' : ''}`}>
              {lags.some((x) => x.topic !== l.topic) ? `${l.topic}/` : ''}P{l.partition}:{l.lag}
            </span>
          ))}
        </div>
      )}
      <button type="button" className="bl-node-action nodrag" onClick={addConsumer} title={t('kafka.group.addHint')}>
        + {t('kafka.group.add')}
      </button>
    </KNodeFrame>
  );
});

function MemberRow({ node, consumer, member }: { node: KGroupNode; consumer: KConsumer; member: MemberSnapshot | undefined }) {
  const t = useT();
  const { store } = useKSimBundle();
  useKSim((s) => s.version);
  const time = useKSim((s) => s.time);
  const selectedRef = useKSim((s) => s.selected);
  const sim = store.getState().sim;
  const rt = sim.consumers.get(memberKey(node.id, consumer.id));
  const crashed = rt?.crashed ?? false;
  const owned = member?.alive ? member.assignment : [];
  const multiTopic = new Set(owned.map((a) => a.topic)).size > 1;
  const status = crashed ? 'crashed' : !member ? 'joining' : owned.length === 0 ? 'idle' : 'owner';
  const held = (rt?.held ?? []).filter((h) => h.arriveAt <= time);
  return (
    <li className={`kf-member is-${status}`} data-consumer={consumer.name}>
      <RowHandle id={memberIn(consumer.id)} type="target" />
      <span className="kf-member-name">{consumer.name}</span>
      <span className="kf-member-parts">
        {status === 'owner' &&
          owned.map((a) => (
            <span key={`${a.topic}/${a.partition}`} className="kf-badge" title={t('kafka.group.ownsHint', { topic: a.topic, p: a.partition, position: a.position ?? '?' })}>
              {multiTopic ? `${a.topic}/` : ''}P{a.partition}
            </span>
          ))}
        {status === 'idle' && <span className="kf-badge is-idle">{t('kafka.group.idle')}</span>}
        {status === 'crashed' && <span className="kf-badge is-crashed">{t('kafka.group.crashed')}</span>}
        {status === 'joining' && <span className="kf-badge is-idle">{t('kafka.group.joining')}</span>}
      </span>
      <span className="kf-held">
        {held.slice(0, 4).map((h) => {
          const ref = recordRef(h.record.topic, h.record.partition, h.record.offset);
          return (
            <button
              key={ref}
              type="button"
              className={`kf-chip kf-chip-small nodrag${selectedRef === ref ? ' is-selected' : ''}`}
              style={{ background: recordColor(h.colorId), color: chipText(h.colorId) }}
              title={t('kafka.group.heldHint', { p: h.record.partition, offset: h.record.offset, value: h.record.value ?? 'null' })}
              onClick={() => store.getState().select(ref)}
            >
              {h.record.offset}
            </button>
          );
        })}
        {held.length > 4 && <span className="kf-log-more">+{held.length - 4}</span>}
      </span>
      {crashed ? (
        <button type="button" className="kf-icon-btn nodrag" onClick={() => store.getState().act((s) => s.restartConsumer(node.id, consumer.id))} title={t('kafka.group.restartHint', { name: consumer.name })} aria-label={t('kafka.group.restartHint', { name: consumer.name })}>
          ↻
        </button>
      ) : (
        <button type="button" className="kf-icon-btn nodrag" disabled={!rt} onClick={() => store.getState().act((s) => s.crashConsumer(node.id, consumer.id))} title={t('kafka.group.crashHint', { name: consumer.name })} aria-label={t('kafka.group.crashHint', { name: consumer.name })}>
          ✕
        </button>
      )}
    </li>
  );
}
