import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useSim, useSimBundle, useT } from '../../../app/context';
import { EXCHANGE_ICONS } from '../icons';
import { NodeBadge, NodeFaults, NodeFrame } from './NodeFrame';
import { useScenarioNode } from './useNode';

export const ExchangeNode = memo(function ExchangeNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useScenarioNode(id, 'exchange');
  const { store } = useSimBundle();
  const name = node?.name;
  const declared = useSim((s) => s.snapshot.exchanges.some((x) => x.name === name));
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
      condition={declared ? null : 'gone'}
    >
      {declared ? (
        <NodeFaults>
          <button
            type="button"
            data-gone
            onClick={() => {
              store.getState().sim.deleteExchange(id);
              store.getState().refresh();
            }}
            aria-label={t('fault.deleteExchangeLabel', { name: node.name })}
            title={t('fault.deleteExchangeHint')}
          >
            {t('fault.deleteExchange')}
          </button>
        </NodeFaults>
      ) : (
        <NodeBadge tone="bad" hint={t('faults.redeclareHint')}>
          {t('fault.exchangeGone')}
        </NodeBadge>
      )}
    </NodeFrame>
  );
});
