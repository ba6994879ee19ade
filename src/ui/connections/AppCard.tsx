import { useT } from '../../app/context';
import type { AppInfo, Closure, LinkState } from '../../sim/amqp/clients';
import { ChannelRow } from './ChannelRow';

export interface Actions {
  closeConnection: (app: string) => void;
  reconnect: (app: string) => void;
  closeChannel: (nodeId: string) => void;
  reopen: (nodeId: string) => void;
}

interface Props {
  app: AppInfo;
  name: (nodeId: string) => string;
  link: (nodeId: string) => LinkState;
  actions: Actions;
}

/** One application: its connection (open, or how it ended) and a row per channel user. */
export function AppCard({ app, name, link, actions }: Props) {
  const t = useT();
  const title = app.admin ? t('conn.admin') : t('conn.app', { app: app.app });
  const closedText = (c: Closure) =>
    t(c.byServer ? 'conn.connClosedByBroker' : 'conn.connClosedByApp', {
      code: c.code,
      text: c.text,
    });
  const state =
    app.connection === null ? (
      <span className="bl-conn-state">{t('conn.notConnected')}</span>
    ) : (
      <span
        className={`bl-conn-state ${app.open ? 'is-open' : app.closed?.byServer ? 'is-failed' : 'is-closed'}`}
      >
        {t('conn.connection', { id: app.connection })} ·{' '}
        {app.open ? t('conn.connOpen') : app.closed ? closedText(app.closed) : ''}
      </span>
    );
  // The admin connection reopens on its own at the next declaration: nothing to offer there.
  const canClose = !app.admin && app.open;
  const canReconnect =
    !app.admin && !app.open && app.connection !== null && app.consumers.length > 0;
  return (
    <li className={`bl-conn-app${app.admin ? ' is-admin' : ''}`}>
      <div className="bl-conn-app-head">
        <h3 tabIndex={-1}>{title}</h3>
        {canClose && (
          <button
            type="button"
            className="bl-btn bl-conn-btn"
            onClick={() => actions.closeConnection(app.app)}
            aria-label={t('conn.closeConnectionLabel', { app: app.app })}
          >
            {t('faults.closeConnection')}
          </button>
        )}
        {canReconnect && (
          <button
            type="button"
            className="bl-btn bl-conn-btn"
            onClick={() => actions.reconnect(app.app)}
            aria-label={t('conn.reconnectLabel', { app: app.app })}
          >
            ↻ {t('conn.reconnect')}
          </button>
        )}
      </div>
      {state}
      {app.admin && <p className="bl-conn-note">{t('conn.adminHint')}</p>}
      <ul className="bl-conn-channels">
        {app.channels.map((row) => (
          <ChannelRow
            key={row.user.kind === 'declare' ? 'declare' : row.user.nodeId}
            row={row}
            userName={
              row.user.kind === 'declare'
                ? t('conn.user.declare')
                : t(`conn.user.${row.user.kind}`, { name: name(row.user.nodeId) })
            }
            link={row.user.kind === 'declare' ? 'ok' : link(row.user.nodeId)}
            actions={actions}
          />
        ))}
      </ul>
    </li>
  );
}
