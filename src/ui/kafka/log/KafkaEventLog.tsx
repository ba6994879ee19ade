import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { usePrefs, useT, type Translate } from '../../../app/context';
import type { KLogEntry } from '../../../sim/kafka/types';
import { messageColor } from '../../canvas/colors';
import { Rich } from '../../log/Rich';
import { useResize } from '../../log/useResize';
import { formatSimTime } from '../../playback/format';
import { useKEditor, useKSim, useKSimBundle } from '../context';
import { explainEntry, K_CATEGORIES, namesOf, type Explained, type KCategory, type Names, type Phrase } from './explain';
import '../../log/log.css';

export const K_LOG_WINDOW = 200;

// Entries are immutable: their explanation is computed once per entry (names can change later,
// but a log line says what happened then).
const explained = new WeakMap<KLogEntry, Explained>();
function explainOnce(e: KLogEntry, names: Names): Explained {
  let x = explained.get(e);
  if (!x) {
    x = explainEntry(e, names);
    explained.set(e, x);
  }
  return x;
}

const say = (t: Translate, ph: Phrase) => t(ph.key, ph.params);

/** The Kafka event log: every step explained ("why"), filterable, searchable, newest at the bottom. */
export function KafkaEventLog() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const log = useKSim((s) => s.log);
  const selected = useKSim((s) => s.selected);
  const doc = useKEditor((s) => s.doc);
  const { store } = useKSimBundle();
  const names = useMemo(() => namesOf(doc), [doc]);
  const [shown, setShown] = useState<ReadonlySet<KCategory>>(() => new Set(K_CATEGORIES.filter((c) => c !== 'replication')));
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(true);
  const [limit, setLimit] = useState(K_LOG_WINDOW);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const [active, setActive] = useState<number | null>(null);
  const [follow, setFollow] = useState(true);
  const { height, handleProps } = useResize(170);
  const listRef = useRef<HTMLDivElement>(null);

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return log.filter((e) => {
      const x = explainOnce(e, names);
      return shown.has(x.category) && (q === '' || say(t, x.summary).toLowerCase().includes(q));
    });
    // lang: the search matches the words on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [log, shown, query, names, lang]);
  const visible = filtered.slice(-limit);
  const hidden = filtered.length - visible.length;

  useLayoutEffect(() => {
    const el = listRef.current;
    if (el && follow) el.scrollTop = el.scrollHeight;
  }, [visible.length, log, follow, open]);

  const toggle = (seq: number, force?: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (force ?? !next.has(seq)) next.add(seq);
      else next.delete(seq);
      return next;
    });
  const choose = (e: KLogEntry) => {
    setActive(e.seq);
    const ref = explainOnce(e, names).ref;
    if (ref) store.getState().select(ref);
  };
  const moveTo = (i: number) => {
    const e = visible[Math.max(0, Math.min(visible.length - 1, i))];
    if (!e) return;
    setActive(e.seq);
    document.getElementById(`kf-log-${e.seq}`)?.scrollIntoView?.({ block: 'nearest' });
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const i = visible.findIndex((e) => e.seq === active);
    const current = i >= 0 ? visible[i] : undefined;
    if (ev.key === 'ArrowDown') moveTo(i < 0 ? visible.length - 1 : i + 1);
    else if (ev.key === 'ArrowUp') moveTo(i < 0 ? visible.length - 1 : i - 1);
    else if (ev.key === 'Home') moveTo(0);
    else if (ev.key === 'End') moveTo(visible.length - 1);
    else if (ev.key === 'Enter' && current) choose(current);
    else if (ev.key === ' ' && current) toggle(current.seq);
    else if (ev.key === 'ArrowRight' && current) toggle(current.seq, true);
    else if (ev.key === 'ArrowLeft' && current) toggle(current.seq, false);
    else return;
    ev.preventDefault();
  };
  const flip = (c: KCategory) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(c)) next.delete(c);
      else next.add(c);
      return next;
    });
  const flights = store.getState().sim.flights;

  return (
    <section className="bl-log kf-log-panel" aria-label={t('log.title')} data-open={open}>
      {open && <div className="bl-log-resize" {...handleProps} aria-label={t('log.resize')} />}
      <header className="bl-log-head">
        <button type="button" className="bl-log-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('log.title')}
        </button>
        {open && (
          <>
            <span className="bl-log-count">{t('log.count', { shown: filtered.length, total: log.length })}</span>
            <div className="bl-log-filters" role="group" aria-label={t('log.filters')}>
              {K_CATEGORIES.map((c) => (
                <button key={c} type="button" className="bl-log-filter" aria-pressed={shown.has(c)} onClick={() => flip(c)}>
                  {t(`kafka.logcat.${c}`)}
                </button>
              ))}
            </div>
            <input type="search" className="bl-log-search" aria-label={t('log.search')} placeholder={t('kafka.log.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} />
          </>
        )}
      </header>
      {open && (
        <div className="bl-log-body" style={{ height }}>
          {hidden > 0 && (
            <button type="button" className="bl-log-earlier" onClick={() => setLimit(limit + K_LOG_WINDOW)}>
              {t('log.earlier', { n: Math.min(K_LOG_WINDOW, hidden) })}
            </button>
          )}
          {visible.length === 0 && <p className="bl-log-empty">{log.length === 0 ? t('log.empty') : t('log.noMatch')}</p>}
          <div
            ref={listRef}
            className="bl-log-list"
            role="tree"
            tabIndex={0}
            aria-label={t('kafka.log.listLabel')}
            aria-activedescendant={active !== null && visible.some((e) => e.seq === active) ? `kf-log-${active}` : undefined}
            onKeyDown={onKeyDown}
            onScroll={() => {
              const el = listRef.current;
              if (el) setFollow(el.scrollTop + el.clientHeight >= el.scrollHeight - 24);
            }}
          >
            {visible.map((e) => {
              const x = explainOnce(e, names);
              const isOpen = expanded.has(e.seq);
              const color = x.ref ? messageColor(flights.colorOfRef(x.ref)) : null;
              return (
                <div
                  key={e.seq}
                  id={`kf-log-${e.seq}`}
                  role="treeitem"
                  aria-selected={active === e.seq}
                  aria-expanded={x.lines.length > 0 ? isOpen : undefined}
                  className="bl-log-row"
                  data-tone={x.tone}
                  data-active={active === e.seq}
                  data-selected={x.ref !== null && x.ref === selected}
                  onClick={() => {
                    choose(e);
                    toggle(e.seq);
                  }}
                >
                  <div className="bl-log-line">
                    <span className="bl-log-time">{formatSimTime(e.time)}</span>
                    <span className="bl-log-chip" style={color ? { background: color } : undefined} data-empty={color === null} aria-hidden="true" />
                    <span className="bl-log-summary">
                      <Rich text={say(t, x.summary)} />
                    </span>
                    {x.lines.length > 0 && (
                      <span className="bl-log-whybtn" aria-hidden="true">
                        {isOpen ? '▴' : t('log.why')}
                      </span>
                    )}
                  </div>
                  {isOpen && (
                    <ul className="bl-log-why kf-why">
                      {x.lines.map((l, i) => (
                        <li key={i}>
                          <Rich text={say(t, l)} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </div>
          {!follow && (
            <button
              type="button"
              className="bl-log-latest"
              onClick={() => {
                setFollow(true);
                setLimit(K_LOG_WINDOW);
              }}
            >
              ↓ {t('log.jumpLatest')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
