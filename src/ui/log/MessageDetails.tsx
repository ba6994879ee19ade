import { useMemo } from 'react';
import { useSim, useSimBundle, useT } from '../../app/context';
import { logDetailsEn, logDetailsPt } from '../../i18n/parts/log-details';
import { registerMessages } from '../../i18n/translate';
import { messageColor } from '../canvas/colors';
import { formatSimTime } from '../playback/format';
import { journeyOf } from './journey';
import { deathRows, headerRows, payloadView, propertyRows } from './details';
import { explainEntry } from './explain';
import { ExplanationLines } from './ExplanationLines';
import { whyLines } from './explain-why';
import { renderPhrase } from './render';
import { Rich } from './Rich';
import { useLogIndex } from './useLogIndex';
import './log.css';

registerMessages(logDetailsEn, logDetailsPt);

/**
 * The selected message: properties, headers (x-death as a table), payload and its journey.
 * Loaded the first time a message is selected (see MessageDetailsHost).
 */
export default function MessageDetails({ id }: { id: number }) {
  const t = useT();
  const { store } = useSimBundle();
  const log = useSim((s) => s.log);
  const sim = useSim((s) => s.sim);
  const index = useLogIndex();
  const close = () => store.getState().selectMessage(null);

  const message = index.message(id);
  const journey = useMemo(() => journeyOf(log, index, id), [log, index, id]);
  const parent = index.parentOf.get(id);
  const children = index.childrenOf.get(id) ?? [];
  const deaths = deathRows(message?.properties.headers);
  const headers = headerRows(message?.properties.headers);
  const props = message ? propertyRows(message.properties) : [];
  const payload = message ? payloadView(message.body) : null;

  return (
    <aside
      className="bl-details"
      aria-labelledby="bl-details-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <header className="bl-details-head">
        <span className="bl-log-chip" style={{ background: messageColor(sim.flights.colorOf(id)) }} aria-hidden="true" />
        <h2 id="bl-details-title">{t('details.title', { id })}</h2>
        <button type="button" className="bl-details-close" onClick={close} aria-label={t('details.close')} title={t('details.close')}>
          ×
        </button>
      </header>
      <div className="bl-details-body">
        {(parent !== undefined || children.length > 0) && (
          <p className="bl-details-family">
            {parent !== undefined && (
              <button type="button" className="bl-linkbtn" onClick={() => store.getState().selectMessage(parent)}>
                {t('details.parent', { id: parent })}
              </button>
            )}
            {children.map((c) => (
              <button key={c} type="button" className="bl-linkbtn" onClick={() => store.getState().selectMessage(c)}>
                {t('details.descendant', { id: c })}
              </button>
            ))}
          </p>
        )}
        {!message ? (
          <p>{t('details.unknown', { id })}</p>
        ) : (
          <>
            <dl className="bl-details-kv">
              <div className="bl-details-kvrow">
                <dt>{t('details.routingKey')}</dt>
                <dd>
                  <code className="bl-log-code">{message.routingKey === '' ? '""' : message.routingKey}</code>
                </dd>
              </div>
              <div className="bl-details-kvrow">
                <dt>{t('details.exchange')}</dt>
                <dd>{message.exchange === '' ? t('log.defaultExchange') : <code className="bl-log-code">{message.exchange}</code>}</dd>
              </div>
              {props.map((r) => (
                <div key={r.name} className="bl-details-kvrow">
                  <dt>{r.name}</dt>
                  <dd>{r.value}</dd>
                </div>
              ))}
            </dl>

            <h3>{t('details.headers')}</h3>
            {headers.length === 0 && deaths.length === 0 ? (
              <p className="bl-details-muted">{t('details.noHeaders')}</p>
            ) : (
              headers.length > 0 && (
                <table className="bl-details-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('details.key')}</th>
                      <th scope="col">{t('details.value')}</th>
                      <th scope="col">{t('details.type')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {headers.map((h) => (
                      <tr key={h.key}>
                        <td>{h.key}</td>
                        <td>{h.value}</td>
                        <td className="bl-details-muted">{h.type}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )
            )}
            {deaths.length > 0 && (
              <table className="bl-details-table" data-testid="x-death">
                <caption>{t('details.xdeath')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('details.xdeath.count')}</th>
                    <th scope="col">{t('details.xdeath.reason')}</th>
                    <th scope="col">{t('details.xdeath.queue')}</th>
                    <th scope="col">{t('details.xdeath.exchange')}</th>
                    <th scope="col">{t('details.xdeath.keys')}</th>
                  </tr>
                </thead>
                <tbody>
                  {deaths.map((d, i) => (
                    <tr key={i}>
                      <td>{d.count}</td>
                      <td>{d.reason}</td>
                      <td>{d.queue}</td>
                      <td>{d.exchange === '' ? '""' : d.exchange}</td>
                      <td>{d.routingKeys}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}

            <h3>
              {t('details.payload')}
              {payload && payload.kind !== 'empty' && (
                <span className="bl-details-muted">
                  {' '}
                  ·{' '}
                  {payload.kind === 'json' ? t('details.payloadJson') : payload.kind === 'text' ? t('details.payloadText') : t('details.payloadBytes')} ·{' '}
                  {t('details.size', { n: message.size })}
                </span>
              )}
            </h3>
            {payload?.kind === 'empty' ? <p className="bl-details-muted">{t('details.empty')}</p> : <pre className="bl-details-payload">{payload?.text}</pre>}
          </>
        )}

        <h3>{t('details.journey')}</h3>
        {journey.length === 0 ? (
          <p className="bl-details-muted">{t('details.journeyEmpty')}</p>
        ) : (
          <ol className="bl-details-journey">
            {journey.map((e) => {
              const x = explainEntry(e, index);
              return (
                <li key={e.seq} data-tone={x.tone}>
                  <div className="bl-log-line">
                    <span className="bl-log-time">{formatSimTime(e.time)}</span>
                    <span className="bl-log-summary">
                      <Rich text={renderPhrase(t, x.summary)} />
                    </span>
                  </div>
                  <ExplanationLines lines={whyLines(e, index)} t={t} />
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </aside>
  );
}
