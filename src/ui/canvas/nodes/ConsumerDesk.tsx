import { useSim, useSimBundle, useT } from '../../../app/context';
import type { HeldDelivery } from '../../../sim/amqp/types';
import { messageColor } from '../colors';

/** What a consumer holds right now; a manual consumer gets Ack / Nack / Reject buttons per message. */
export function ConsumerDesk({ id }: { id: string }) {
  const t = useT();
  const { store } = useSimBundle();
  // Re-read on every UI refresh (version) — the held list lives in the simulation, not the store.
  useSim((s) => s.version);
  const held = useSim((s) => s.sim).heldBy(id);
  if (held.down) return <div className="bl-consumer-down">{t('consumer.down')}</div>;
  const settle = (tag: number, action: 'ack' | 'nack' | 'reject', requeue: boolean) => {
    store.getState().sim.settle(id, tag, action, requeue);
    store.getState().refresh();
  };
  return (
    <div className="bl-desk">
      {held.processing && (
        <div className="bl-desk-line">
          <Chip d={held.processing} />
          {t('consumer.processing')} #{held.processing.message.id}
        </div>
      )}
      {held.inbox.length > 0 && <div className="bl-desk-line">{t('consumer.waiting', { n: held.inbox.length })}</div>}
      {held.awaiting.slice(0, 4).map((d) => (
        <div key={d.deliveryTag} className="bl-desk-decide nodrag nokey" role="group" aria-label={t('consumer.decide', { id: d.message.id })}>
          <Chip d={d} />
          <span className="bl-desk-id">#{d.message.id}</span>
          <button type="button" onClick={() => settle(d.deliveryTag, 'ack', false)}>
            {t('consumer.ack')}
          </button>
          <button type="button" onClick={() => settle(d.deliveryTag, 'nack', true)} title={`${t('consumer.nack')} (${t('consumer.requeue')})`}>
            {t('consumer.nack')} ↺
          </button>
          <button type="button" onClick={() => settle(d.deliveryTag, 'reject', false)}>
            {t('consumer.reject')}
          </button>
        </div>
      ))}
    </div>
  );
}

/** The message's colour; dotted like in the queue when it is a redelivery (redelivered=true). */
function Chip({ d }: { d: HeldDelivery }) {
  const t = useT();
  return (
    <span
      className={`bl-chip${d.redelivered ? ' is-redelivered' : ''}`}
      style={{ background: messageColor(d.colorId) }}
      title={d.redelivered ? t('log.delivered.redelivered') : undefined}
    >
      {d.redelivered && <span className="visually-hidden">{t('channel.redelivered')}</span>}
    </span>
  );
}
