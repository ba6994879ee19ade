import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useSimBundle, useT } from '../../../app/context';
import { NODE_ICONS } from '../icons';
import { NodeFrame } from './NodeFrame';
import { useScenarioNode } from './useNode';

export const ProducerNode = memo(function ProducerNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useScenarioNode(id, 'producer');
  const { store } = useSimBundle();
  if (!node) return null;
  const schedule = node.schedule.enabled ? t('producer.rate', { rate: node.schedule.ratePerSec }) : '';
  const key = node.message.routingKey ? t('producer.key', { key: node.message.routingKey }) : '';
  return (
    <NodeFrame
      kind="producer"
      label={t('node.producer')}
      title={node.name}
      subtitle={[key, schedule].filter(Boolean).join(' · ')}
      icon={NODE_ICONS.producer}
      selected={selected}
      inputs={false}
      outputs
    >
      <button
        type="button"
        className="bl-node-action nodrag"
        onClick={() => {
          store.getState().sim.publishNow(id);
          store.getState().refresh();
        }}
        title={t('producer.publishNow')}
      >
        ✉ {t('producer.publish')}
      </button>
    </NodeFrame>
  );
});
