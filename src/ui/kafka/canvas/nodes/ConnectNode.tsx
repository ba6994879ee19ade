import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../../app/context';
import { useKSim, useKSimBundle } from '../../context';
import { KNodeFrame } from './KNodeFrame';
import { useKNode } from './use-knode';

/** The Kafka Connect cluster: its workers and the tasks each one runs; fail and recover a worker. */
export const ConnectNode = memo(function ConnectNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useKNode(id, 'connect');
  const connect = useKSim((s) => s.snapshot.connect);
  const { store } = useKSimBundle();
  if (!node) return null;
  return (
    <KNodeFrame kind="connect" label={t('kafka.node.connect')} title={node.name} subtitle={t('kafka.connect.workers', { n: node.workers })} selected={selected} inputs={false} outputs={false}>
      <ul className="kf-rows">
        {connect.workers.map((w) => {
          const tasks = connect.connectors.flatMap((c) => c.tasks.filter((x) => x.worker === w.id).map((x) => `${c.name}/${x.index}`));
          return (
            <li key={w.id} className={`kf-row${w.alive ? '' : ' is-down'}`} data-worker={w.id}>
              <span className={`kf-dot${w.alive ? ' is-up' : ''}`} aria-hidden="true" />
              <span className="kf-row-name">{w.id}</span>
              <span className="kf-muted kf-mono">{w.alive ? (tasks.length ? tasks.join(', ') : t('kafka.connect.noTasks')) : t('kafka.connect.down')}</span>
              <button
                type="button"
                className="kf-icon-btn nodrag"
                onClick={() => store.getState().act((s) => (w.alive ? s.failWorker(w.id) : s.recoverWorker(w.id)))}
                title={w.alive ? t('kafka.connect.failHint', { id: w.id }) : t('kafka.connect.recoverHint', { id: w.id })}
                aria-label={w.alive ? t('kafka.connect.failHint', { id: w.id }) : t('kafka.connect.recoverHint', { id: w.id })}
              >
                {w.alive ? '✕' : '↻'}
              </button>
            </li>
          );
        })}
      </ul>
    </KNodeFrame>
  );
});
