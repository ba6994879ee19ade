import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../app/context';
import { NODE_ICONS } from '../icons';
import { ConsumerDesk } from './ConsumerDesk';
import { NodeFrame } from './NodeFrame';
import { useScenarioNode } from './useNode';

export const ConsumerNode = memo(function ConsumerNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useScenarioNode(id, 'consumer');
  if (!node) return null;
  const mode = node.ackMode === 'auto' ? t('consumer.autoAck') : t('consumer.manualAck');
  return (
    <NodeFrame
      kind="consumer"
      label={t('node.consumer')}
      title={node.name}
      subtitle={`${mode} · ${t('consumer.prefetchShort', { n: node.prefetch === 0 ? '∞' : node.prefetch })}`}
      icon={NODE_ICONS.consumer}
      selected={selected}
      inputs
      outputs={false}
    >
      <ConsumerDesk id={id} />
    </NodeFrame>
  );
});
