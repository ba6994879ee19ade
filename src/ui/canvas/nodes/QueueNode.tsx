import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../app/context';
import { NODE_ICONS } from '../icons';
import { NodeFrame } from './NodeFrame';
import { QueueContents } from './QueueContents';
import { useScenarioNode } from './useNode';

export const QueueNode = memo(function QueueNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useScenarioNode(id, 'queue');
  if (!node) return null;
  const flags = [
    node.durable ? t('flag.durable') : t('flag.transient'),
    node.exclusive ? t('flag.exclusive') : '',
    node.autoDelete ? t('flag.autoDelete') : '',
    node.args.queueType === 'quorum' ? t('flag.quorum') : '',
  ].filter(Boolean);
  return (
    <NodeFrame
      kind="queue"
      label={t('node.queue')}
      title={node.name}
      subtitle={flags.join(' · ')}
      icon={NODE_ICONS.queue}
      selected={selected}
      inputs
      outputs
    >
      <QueueContents name={node.name} />
    </NodeFrame>
  );
});
