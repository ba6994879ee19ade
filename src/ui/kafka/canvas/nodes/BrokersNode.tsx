import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../../app/context';
import { useKSim, useKSimBundle } from '../../context';
import { KNodeFrame } from './KNodeFrame';
import { useKNode } from './use-knode';

/** The Kafka cluster: each broker up or down, how many partitions it leads; fail and recover. */
export const BrokersNode = memo(function BrokersNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useKNode(id, 'brokers');
  const brokers = useKSim((s) => s.snapshot.brokers);
  const { store } = useKSimBundle();
  if (!node) return null;
  const sub = node.replicationDelayMs > 0 ? t('kafka.brokers.delay', { ms: node.replicationDelayMs }) : t('kafka.brokers.noDelay');
  return (
    <KNodeFrame kind="brokers" label={t('kafka.node.brokers')} title={node.name} subtitle={sub} selected={selected} inputs={false} outputs={false}>
      <ul className="kf-rows">
        {brokers.map((b) => (
          <li key={b.id} className={`kf-row${b.alive ? '' : ' is-down'}`}>
            <span className={`kf-dot${b.alive ? ' is-up' : ''}`} aria-hidden="true" />
            <span className="kf-row-name">{t('kafka.brokers.broker', { id: b.id })}</span>
            <span className="kf-muted">{b.alive ? t('kafka.brokers.leads', { n: b.leaderFor }) : t('kafka.brokers.down')}</span>
            <button
              type="button"
              className="kf-icon-btn nodrag"
              onClick={() => store.getState().act((s) => (b.alive ? s.failBroker(b.id) : s.recoverBroker(b.id)))}
              title={b.alive ? t('kafka.brokers.failHint', { id: b.id }) : t('kafka.brokers.recoverHint', { id: b.id })}
              aria-label={b.alive ? t('kafka.brokers.failHint', { id: b.id }) : t('kafka.brokers.recoverHint', { id: b.id })}
            >
              {b.alive ? '✕' : '↻'}
            </button>
          </li>
        ))}
      </ul>
    </KNodeFrame>
  );
});
