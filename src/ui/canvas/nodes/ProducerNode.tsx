import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useSim, useSimBundle, useT } from '../../../app/context';
import { NODE_ICONS } from '../icons';
import { NodeBadge, NodeFrame } from './NodeFrame';
import { useScenarioNode } from './useNode';

export const ProducerNode = memo(function ProducerNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useScenarioNode(id, 'producer');
  const { store } = useSimBundle();
  // Primitive and kept-object selectors: the node re-renders only when its channel's state changes.
  const link = useSim((s) => s.sim.link(id).state);
  const closure = useSim((s) => s.sim.link(id).closure);
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
      condition={link === 'failed' ? 'failed' : null}
    >
      <button
        type="button"
        className="bl-node-action nodrag nokey"
        onClick={() => {
          store.getState().sim.publishNow(id);
          store.getState().refresh();
        }}
        title={t('producer.publishNow')}
      >
        ✉ {t('producer.publish')}
      </button>
      {link === 'failed' && closure && (
        <NodeBadge tone="bad" hint={t('channel.failedHint')}>
          {t('channel.failed', { code: closure.code, text: closure.text })}
        </NodeBadge>
      )}
      {link === 'closed' && <NodeBadge tone="muted">{t('channel.closedByApp')}</NodeBadge>}
    </NodeFrame>
  );
});
