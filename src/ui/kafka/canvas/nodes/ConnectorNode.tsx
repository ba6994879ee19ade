import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../../app/context';
import { useKSim } from '../../context';
import { KNodeFrame } from './KNodeFrame';
import { useKNode } from './use-knode';

/** A source or sink connector and where each of its tasks runs. */
export const ConnectorNode = memo(function ConnectorNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useKNode(id, 'connector');
  const running = useKSim((s) => s.snapshot.connect.connectors.find((c) => c.name === node?.name));
  if (!node) return null;
  const source = node.connectorClass === 'FileStreamSource';
  return (
    <KNodeFrame
      kind="connector"
      label={source ? t('kafka.node.sourceConnector') : t('kafka.node.sinkConnector')}
      title={node.name}
      subtitle={`${node.connectorClass} · tasks.max=${node.tasksMax}`}
      selected={selected}
      inputs
      outputs
    >
      {!running && <p className="kf-warn">{t('kafka.connector.notRunning')}</p>}
      {running && (
        <ul className="kf-rows">
          {running.tasks.map((task) => (
            <li key={task.index} className={`kf-row${task.worker === null ? ' is-down' : ''}`}>
              <span className="kf-row-name">{t('kafka.connector.task', { n: task.index })}</span>
              <span className="kf-muted">{task.worker === null ? t('kafka.connector.unassigned') : t('kafka.connector.on', { worker: task.worker })}</span>
              {source && <span className="kf-muted kf-mono">{t('kafka.connector.position', { n: task.position })}</span>}
            </li>
          ))}
        </ul>
      )}
    </KNodeFrame>
  );
});
