import { useMemo } from 'react';
import { useT } from '../../../app/context';
import { messageColor } from '../../canvas/colors';
import { Rich } from '../../log/Rich';
import { formatSimTime } from '../../playback/format';
import { useKEditor, useKSim, useKSimBundle } from '../context';
import { explainEntry, namesOf } from './explain';

/** The selected record: where it is, what it holds, why it went there, and everything that happened to it. */
export function KafkaRecordDetails() {
  const t = useT();
  const ref = useKSim((s) => s.selected);
  const log = useKSim((s) => s.log);
  const topics = useKSim((s) => s.snapshot.topics);
  const doc = useKEditor((s) => s.doc);
  const { store } = useKSimBundle();
  const names = useMemo(() => namesOf(doc), [doc]);
  const journey = useMemo(() => (ref === null ? [] : log.map((e) => ({ e, x: explainEntry(e, names) })).filter(({ x }) => x.ref === ref)), [log, ref, names]);
  if (ref === null) return null;
  const m = /^(.*)\/(\d+)@(\d+)$/.exec(ref);
  const [topic, partition, offset] = m ? [m[1], Number(m[2]), Number(m[3])] : ['', 0, 0];
  const p = topics.find((x) => x.name === topic)?.partitions[partition];
  const record = p?.records.find((r) => r.offset === offset);
  const appended = journey.find(({ e }) => e.source === 'engine' && e.event.type === 'record.appended');
  const color = messageColor(store.getState().sim.flights.colorOfRef(ref));
  return (
    <aside className="bl-details kf-details" aria-label={t('kafka.details.title')}>
      <header className="kf-details-head">
        <span className="bl-log-chip" style={{ background: color }} aria-hidden="true" />
        <h2 className="kf-details-title">
          {topic} · P{partition} · {t('kafka.details.offset', { offset })}
        </h2>
        <button type="button" className="kf-icon-btn" onClick={() => store.getState().select(null)} aria-label={t('kafka.details.close')} title={t('kafka.details.close')}>
          ×
        </button>
      </header>
      {record ? (
        <dl className="kf-facts">
          <dt>{t('kafka.details.key')}</dt>
          <dd className="kf-mono">{record.key === null ? 'null' : JSON.stringify(record.key)}</dd>
          <dt>{t('kafka.details.value')}</dt>
          <dd className="kf-mono">{record.value === null ? t('kafka.details.tombstone') : record.value}</dd>
          {Object.keys(record.headers).length > 0 && (
            <>
              <dt>{t('kafka.details.headers')}</dt>
              <dd className="kf-mono">
                {Object.entries(record.headers)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(', ')}
              </dd>
            </>
          )}
          <dt>{t('kafka.details.timestamp')}</dt>
          <dd>{formatSimTime(record.timestamp)}</dd>
          <dt>{t('kafka.details.state')}</dt>
          <dd>{p && offset < p.highWatermark ? t('kafka.details.committed') : t('kafka.details.uncommitted')}</dd>
        </dl>
      ) : (
        <p className="insp-hint">{t('kafka.details.gone')}</p>
      )}
      {appended && appended.x.lines.length > 0 && (
        <p className="kf-why-box">
          <Rich text={t(appended.x.lines[0].key, appended.x.lines[0].params)} />
        </p>
      )}
      <h3 className="kf-details-sub">{t('kafka.details.journey')}</h3>
      <ol className="kf-journey">
        {journey.map(({ e, x }) => (
          <li key={e.seq}>
            <span className="bl-log-time">{formatSimTime(e.time)}</span> <Rich text={t(x.summary.key, x.summary.params)} />
          </li>
        ))}
      </ol>
    </aside>
  );
}
