import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../app/context';
import { EXCHANGE_ICONS } from '../icons';
import { NodeFrame } from './NodeFrame';
import { useScenarioNode } from './useNode';

export const ExchangeNode = memo(function ExchangeNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useScenarioNode(id, 'exchange');
  if (!node) return null;
  const flags = [
    node.durable ? t('flag.durable') : t('flag.transient'),
    node.autoDelete ? t('flag.autoDelete') : '',
    node.internal ? t('flag.internal') : '',
    node.alternateExchange ? `AE: ${node.alternateExchange}` : '',
  ].filter(Boolean);
  return (
    <NodeFrame
      kind="exchange"
      label={`${t('node.exchange')} · ${t(`exchangeType.${node.type}`)}`}
      title={node.name}
      subtitle={flags.join(' · ')}
      icon={EXCHANGE_ICONS[node.type]}
      selected={selected}
      inputs
      outputs
    />
  );
});
