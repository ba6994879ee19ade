import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useSim, useSimBundle, useT } from '../../../app/context';
import { NODE_ICONS } from '../icons';
import { ConsumerDesk } from './ConsumerDesk';
import { NodeBadge, NodeFaults, NodeFrame } from './NodeFrame';
import { useScenarioNode } from './useNode';

export const ConsumerNode = memo(function ConsumerNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useScenarioNode(id, 'consumer');
  const { store } = useSimBundle();
  const link = useSim((s) => s.sim.link(id).state);
  const closure = useSim((s) => s.sim.link(id).closure);
  if (!node) return null;
  const mode = node.ackMode === 'auto' ? t('consumer.autoAck') : t('consumer.manualAck');
  const act = (f: () => void) => () => {
    f();
    store.getState().refresh();
  };
  const down = link === 'down';
  const sim = () => store.getState().sim;
  const reopen = (
    <button type="button" data-gone onClick={act(() => sim().reopenChannel(id))} aria-label={t('channel.reopenLabel', { name: node.name })}>
      ↻ {t('channel.reopen')}
    </button>
  );
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
      condition={down ? 'down' : link === 'failed' ? 'failed' : null}
    >
      <ConsumerDesk id={id} />
      {link === 'failed' && closure && (
        <NodeBadge tone="bad" hint={t('channel.consumerFailedHint')}>
          {t('channel.failed', { code: closure.code, text: closure.text })}
        </NodeBadge>
      )}
      {link === 'closed' && <NodeBadge tone="muted">{t('channel.closedByApp')}</NodeBadge>}
      {link === 'cancelled' && (
        <NodeBadge tone="warn" hint={t('channel.cancelledHint')}>
          {t('channel.cancelled')}
        </NodeBadge>
      )}
      <NodeFaults>
        {(link === 'failed' || link === 'closed') && reopen}
        <button
          type="button"
          // aria-disabled keeps it focusable while the consumer is down (disabled would drop the focus).
          aria-disabled={down}
          onClick={down ? undefined : act(() => sim().crashConsumer(id))}
          aria-label={t('fault.crashLabel', { name: node.name })}
          title={t('fault.crashHint')}
        >
          ⚡ {t('faults.crash')}
        </button>
      </NodeFaults>
    </NodeFrame>
  );
});
