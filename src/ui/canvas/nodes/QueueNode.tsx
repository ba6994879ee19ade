import type { NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { useSim, useSimBundle, useT } from '../../../app/context';
import { NODE_ICONS } from '../icons';
import { NodeFaults, NodeFrame } from './NodeFrame';
import { QueueContents } from './QueueContents';
import { useScenarioNode } from './useNode';

export const QueueNode = memo(function QueueNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useScenarioNode(id, 'queue');
  const name = node?.name;
  const declared = useSim((s) => s.snapshot.queues.some((q) => q.name === name));
  // Ready and unacked: what deleting the queue would throw away.
  const held = useSim((s) => {
    const q = s.snapshot.queues.find((x) => x.name === name);
    return q ? q.ready.length + q.unacked : 0;
  });
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
      condition={declared ? null : 'gone'}
    >
      <QueueContents name={node.name} />
      {declared && <DeleteQueue id={id} name={node.name} held={held} />}
    </NodeFrame>
  );
});

/** Deletes the queue on the broker; asks first when messages would be lost with it. */
function DeleteQueue({ id, name, held }: { id: string; name: string; held: number }) {
  const t = useT();
  const { store } = useSimBundle();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  const remove = () => {
    setConfirming(false);
    store.getState().sim.deleteQueue(id);
    store.getState().refresh();
  };
  if (confirming && held > 0)
    return (
      <NodeFaults>
        <div
          className="bl-fault-confirm"
          role="group"
          aria-label={t('fault.deleteQueueLabel', { name })}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.currentTarget.closest<HTMLElement>('.react-flow__node')?.focus();
            setConfirming(false);
          }}
        >
          <span>{t('fault.confirmDelete', { n: held })}</span>
          <button type="button" data-gone className="is-danger" onClick={remove}>
            {t('fault.confirm')}
          </button>
          <button type="button" data-gone ref={cancelRef} onClick={() => setConfirming(false)}>
            {t('fault.cancel')}
          </button>
        </div>
      </NodeFaults>
    );
  return (
    <NodeFaults>
      <button
        type="button"
        data-gone={held > 0 ? undefined : true}
        onClick={() => (held > 0 ? setConfirming(true) : remove())}
        aria-label={t('fault.deleteQueueLabel', { name })}
        title={t('fault.deleteQueueHint')}
      >
        {t('faults.deleteQueue')}
      </button>
    </NodeFaults>
  );
}
