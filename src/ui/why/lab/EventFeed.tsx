import { useState } from 'react';
import { usePrefs, useT } from '../../../app/context';
import { explainEntry } from '../explain';
import { formatSimTime } from '../format';
import { styleLabel } from '../labels';
import { useLab } from './context';
import { groupAcrossStyles, toneOf, type Tone } from './feed';
import { looksFor } from './palette';

const SHOWN = 150;
const MARKS: Record<Tone, string> = { bad: '✖', warn: '▲', good: '✔', info: '•' };

/** What is happening, in words, newest first: key moments by default, every event on demand. */
export function EventFeed() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const [which, setWhich] = useState<'key' | 'all'>('key');
  const [only, setOnly] = useState('');
  const session = useLab((s) => s.session);
  useLab((s) => s.frame);
  const styles = session.setup.config.styles;
  const looks = looksFor(styles);
  const kindOf = new Map(styles.map((s) => [s.id, s.kind]));
  const entries = groupAcrossStyles(
    session
      .feed(which)
      .filter((e) => only === '' || e.style === only || e.style === '')
      .slice(-SHOWN),
  ).reverse();
  const styleName = (ids: readonly string[]) =>
    ids.length > 1 && ids.length === styles.length
      ? t('why.feed.everyStyle')
      : ids
          .map((id) =>
            kindOf.has(id) ? styleLabel(t, id, kindOf.get(id)!) : t('why.feed.workload'),
          )
          .join(', ');

  return (
    <section className="why-feed" aria-labelledby="why-feed-title">
      <header className="why-feed-head">
        <h2 id="why-feed-title">{t('why.feed.title')}</h2>
        <div className="why-seg" role="group" aria-label={t('why.feed.which')}>
          {(['key', 'all'] as const).map((w) => (
            <button
              key={w}
              type="button"
              className="bl-btn"
              aria-pressed={which === w}
              onClick={() => setWhich(w)}
            >
              {t(w === 'key' ? 'why.feed.key' : 'why.feed.all')}
            </button>
          ))}
        </div>
        <label className="why-inline">
          <span className="visually-hidden">{t('why.feed.style')}</span>
          <select
            value={only}
            onChange={(e) => setOnly(e.target.value)}
            aria-label={t('why.feed.style')}
          >
            <option value="">{t('why.feed.allStyles')}</option>
            {styles.map((s) => (
              <option key={s.id} value={s.id}>
                {styleLabel(t, s.id, s.kind)}
              </option>
            ))}
          </select>
        </label>
      </header>
      {entries.length === 0 ? (
        <p className="why-feed-empty">{t('why.feed.empty')}</p>
      ) : (
        <ol className="why-feed-list" aria-live="off" data-testid="why-feed">
          {entries.map(({ entry: e, styles: ids }) => {
            const tone = toneOf(e.code);
            const one = ids.length === 1 && kindOf.has(ids[0]);
            return (
              <li key={e.seq} className={`why-feed-row is-${tone}`} data-code={e.code}>
                <span className="why-feed-time">{formatSimTime(e.at)}</span>
                <span className="why-feed-mark" aria-hidden="true">
                  {MARKS[tone]}
                </span>
                <span
                  className="why-feed-style"
                  style={one ? { borderColor: `var(${looks[ids[0]].colorVar})` } : undefined}
                >
                  {styleName(ids)}
                </span>
                <span className="why-feed-text">{explainEntry(t, lang, e)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
