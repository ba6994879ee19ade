import { useSim, useT } from '../../../app/context';
import { messageColor } from '../colors';

const VISIBLE = 6;

/** The queue as a FIFO row of chips, head nearest the consumer (right), with its counts. */
export function QueueContents({ name }: { name: string }) {
  const t = useT();
  const view = useSim((s) => s.snapshot.queues.find((q) => q.name === name));
  const sim = useSim((s) => s.sim);
  const selected = useSim((s) => s.selectedMessage);
  if (!view) return <div className="bl-queue-gone">{t('queue.gone')}</div>;
  const ready = view.ready;
  const shown = ready.slice(0, VISIBLE);
  return (
    <div className="bl-queue">
      <div className="bl-queue-row" aria-hidden="true">
        {ready.length > VISIBLE && <span className="bl-queue-more">{t('queue.more', { n: ready.length - VISIBLE })}</span>}
        {[...shown].reverse().map((m, i) => {
          const color = sim.flights.colorOf(m.message.id);
          const isHead = i === shown.length - 1;
          return (
            <span
              key={m.seq}
              className={`bl-chip${m.redelivered ? ' is-redelivered' : ''}${selected === m.message.id ? ' is-selected' : ''}`}
              style={{ background: messageColor(color) }}
              title={`#${m.message.id} ${m.message.routingKey}${isHead ? ` (${t('queue.head')})` : ''}`}
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
    </div>
  );
}
