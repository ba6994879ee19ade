import { useSim, useSimBundle, useT } from '../../../app/context';
import { messageColor } from '../colors';

const VISIBLE = 6;

/** The queue as a FIFO row of chips, head nearest the consumer (right), with its counts. */
export function QueueContents({ name }: { name: string }) {
  const t = useT();
  const view = useSim((s) => s.snapshot.queues.find((q) => q.name === name));
  const sim = useSim((s) => s.sim);
  const selected = useSim((s) => s.selectedMessage);
  const now = useSim((s) => s.time);
  const { store } = useSimBundle();
  if (!view) return <div className="bl-queue-gone">{t('queue.gone')}</div>;
  const ready = view.ready;
  const shown = ready.slice(0, VISIBLE);
  const head = ready[0];
  return (
    <div className="bl-queue">
      <div className="bl-queue-row" aria-hidden="true">
        {ready.length > VISIBLE && <span className="bl-queue-more">{t('queue.more', { n: ready.length - VISIBLE })}</span>}
        {[...shown].reverse().map((m, i) => {
          const color = sim.flights.colorOf(m.message.id);
          const isHead = i === shown.length - 1;
          const ttl = m.expiresAt === null ? '' : ` · ${ttlText(m.expiresAt - now, t)}`;
          return (
            <span
              key={m.seq}
              className={`bl-chip bl-chip-button nodrag${m.redelivered ? ' is-redelivered' : ''}${selected === m.message.id ? ' is-selected' : ''}`}
              style={{ background: messageColor(color) }}
              title={`#${m.message.id} ${m.message.routingKey}${isHead ? ` (${t('queue.head')})` : ''}${ttl}`}
              // Mouse shortcut to the message's details; the keyboard path is the event log.
              onClick={() => store.getState().selectMessage(m.message.id)}
            >
              {m.priority > 0 ? m.priority : ''}
            </span>
          );
        })}
      </div>
      <div className="bl-queue-counts">
        <span>{t('queue.ready', { n: ready.length })}</span>
        <span>{t('queue.unacked', { n: view.unacked })}</span>
      </div>
      {head?.expiresAt != null && <div className="bl-queue-ttl">{t('queue.headTtl', { when: ttlText(head.expiresAt - now, t) })}</div>}
    </div>
  );
}

/** Time left to live, as the queue sees it: expiry happens only at the head (classic queues). */
function ttlText(leftMs: number, t: ReturnType<typeof useT>): string {
  return leftMs > 0 ? t('queue.expiresIn', { s: (leftMs / 1000).toFixed(1) }) : t('queue.expiredWaiting');
}
