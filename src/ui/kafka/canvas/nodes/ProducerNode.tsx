import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../../app/context';
import { useKSimBundle } from '../../context';
import { KNodeFrame } from './KNodeFrame';
import { useKNode } from './use-knode';

export const ProducerNode = memo(function ProducerNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useKNode(id, 'producer');
  const { store } = useKSimBundle();
  if (!node) return null;
  const keys = !node.keyed ? t('kafka.producer.nullKey') : node.keys.length > 0 ? t('kafka.producer.keys', { keys: node.keys.join(', ') }) : t('kafka.producer.emptyKey');
  const rate = node.schedule.enabled ? t('kafka.producer.rate', { rate: node.schedule.ratePerSec }) : t('kafka.producer.manual');
  return (
    <KNodeFrame kind="producer" label={t('kafka.node.producer')} title={node.name} subtitle={`acks=${node.acks} · ${rate}`} selected={selected} inputs={false} outputs>
      <div className="kf-node-line kf-mono" title={keys}>
        {keys}
      </div>
      <button type="button" className="bl-node-action nodrag" onClick={() => store.getState().act((s) => s.sendNow(id))} title={t('kafka.producer.sendHint')}>
        ✉ {t('kafka.producer.send')}
      </button>
    </KNodeFrame>
  );
});
