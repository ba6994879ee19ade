import { useT } from '../../app/context';
import type { AppInfo, LinkState } from '../../sim/amqp/clients';
import type { Actions } from './AppCard';

interface Props {
  row: AppInfo['channels'][number];
  userName: string;
  link: LinkState;
  actions: Actions;
}

/** One channel: who uses it, open or how it closed, and (open) its confirm mode, prefetch, unacked and consumers. */
export function ChannelRow({ row, userName, link, actions }: Props) {
  const t = useT();
  const { user, channel } = row;
  const nodeId = user.kind === 'declare' ? null : user.nodeId;
  const limit = (n: number | null) => (n === null || n === 0 ? t('conn.unlimited') : String(n));
  let state: string;
  let tone: string;
  if (link === 'down') [state, tone] = [t('conn.down'), 'is-closed'];
  else if (!channel) [state, tone] = [t('conn.noChannel'), ''];
  else if (channel.open) [state, tone] = [t('conn.chOpen'), 'is-open'];
  else if (channel.closed)
    [state, tone] = [
      t(channel.closed.byServer ? 'conn.chClosedByBroker' : 'conn.chClosedByApp', {
        code: channel.closed.code,
        text: channel.closed.text,
      }),
      channel.closed.byServer ? 'is-failed' : 'is-closed',
    ];
  else [state, tone] = ['', 'is-closed'];

  return (
    <li className="bl-conn-channel">
      <div className="bl-conn-ch-head">
        {channel && <strong>{t('conn.channel', { id: channel.id })}</strong>}
        <span className="bl-conn-user">{userName}</span>
        {channel && (
          <span className="bl-conn-num">
            {t('conn.channelNumber', { n: channel.number, connection: channel.connection })}
          </span>
        )}
      </div>
      <div className={`bl-conn-state ${tone}`}>{state}</div>
      {channel?.open && (
        <div className="bl-conn-facts">
          {user.kind === 'producer' && (
            <span>{t(channel.confirm ? 'conn.confirmOn' : 'conn.confirmOff')}</span>
          )}
          {user.kind === 'consumer' && (
            <>
              <span>
                {t('conn.prefetch', {
                  perConsumer: limit(channel.prefetchPerConsumer),
                  global: limit(channel.prefetchGlobal),
                })}
              </span>
              <span>{t('conn.unacked', { n: channel.unacked })}</span>
            </>
          )}
        </div>
      )}
      {channel?.open && user.kind === 'consumer' && (
        <ul className="bl-conn-consumers">
          {channel.consumers.length === 0 && <li>{t('conn.noConsumer')}</li>}
          {channel.consumers.map((c) => (
            <li key={c.tag}>
              {t('conn.consumerTag', { tag: c.tag, queue: c.queue })}
              {c.noAck && ` · ${t('conn.noAck')}`}
            </li>
          ))}
        </ul>
      )}
      {nodeId !== null && (
        <div className="bl-conn-actions">
          {channel?.open && link !== 'down' && (
            <button
              type="button"
              className="bl-btn bl-conn-btn"
              onClick={() => actions.closeChannel(nodeId)}
              aria-label={t('conn.closeChannelLabel', { id: channel.id, user: userName })}
            >
              {t('conn.closeChannel')}
            </button>
          )}
          {user.kind === 'consumer' && (link === 'failed' || link === 'closed') && (
            <button
              type="button"
              className="bl-btn bl-conn-btn"
              onClick={() => actions.reopen(nodeId)}
              aria-label={t('conn.reopenLabel', { user: userName })}
            >
              ↻ {t('channel.reopen')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
