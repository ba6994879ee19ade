import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useSim, useSimBundle, useT } from '../../app/context';
import type { SimLogEntry } from '../../sim/amqp/types';
import { CATEGORIES, categoryOf, messageIdOf, searchText, type Category, type ExplainContext } from './entry';
import { useLogIndex } from './useLogIndex';
import { useResize } from './useResize';
import './log.css';

/** Rows rendered at once; older ones come with "show earlier". */
export const LOG_WINDOW = 200;

// The rows, with the explanations and their words, load when there is a first row to show: a
// first visit shows none until something happens (the topology entries are filtered out).
const EventRows = lazy(() => import('./EventRows'));

// Entries are immutable: their search text is computed once.
const texts = new WeakMap<SimLogEntry, string>();

function textOf(e: SimLogEntry, ctx: ExplainContext): string {
  let s = texts.get(e);
  if (s === undefined) {
    s = searchText(e, ctx);
    texts.set(e, s);
  }
  return s;
}

/** The event log: every step explained, filterable, newest at the bottom. */
export function EventLog() {
  const t = useT();
  const { store } = useSimBundle();
  const log = useSim((s) => s.log);
  const index = useLogIndex();

  const [shown, setShown] = useState<ReadonlySet<Category>>(() => new Set(CATEGORIES.filter((c) => c !== 'topology')));
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(LOG_WINDOW);
  const [open, setOpen] = useState(true);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const [active, setActive] = useState<number | null>(null);
  /** While the user reads older rows, the newest row shown stays put (no jumping). */
  const [frozenAt, setFrozenAt] = useState<number | null>(null);
  // A fifth of the window (at least 100 px, at most 200): the canvas keeps most of a small screen.
  const { height, handleProps } = useResize(Math.max(100, Math.min(200, Math.round(window.innerHeight / 5))));

  const listRef = useRef<HTMLDivElement>(null);

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return log.filter((e) => shown.has(categoryOf(e)) && (q === '' || textOf(e, index).includes(q)));
  }, [log, shown, query, index]);

  const upTo = frozenAt === null ? filtered : filtered.filter((e) => e.seq <= frozenAt);
  const visible = upTo.slice(-limit);
  const hiddenEarlier = upTo.length - visible.length;
  const newer = filtered.length - upTo.length;

  // Follow the newest entry unless the user scrolled up.
  const follow = useCallback(() => {
    const el = listRef.current;
    if (el && frozenAt === null) el.scrollTop = el.scrollHeight;
  }, [frozenAt]);
  useLayoutEffect(follow, [follow, visible.length, log, open]);

  const onScroll = () => {
    const el = listRef.current;
    if (!el) return;
    const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - 24;
    if (atBottom && frozenAt !== null && newer === 0) setFrozenAt(null);
    else if (!atBottom && frozenAt === null && visible.length > 0) setFrozenAt(visible[visible.length - 1].seq);
  };

  const jumpToLatest = () => {
    setFrozenAt(null);
    setLimit(LOG_WINDOW);
  };

  const toggle = useCallback((seq: number, force?: boolean) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      const on = force ?? !next.has(seq);
      if (on) next.add(seq);
      else next.delete(seq);
      return next;
    });
  }, []);

  const choose = (e: SimLogEntry) => {
    setActive(e.seq);
    const id = messageIdOf(e);
    if (id !== null) store.getState().selectMessage(id);
  };

  const moveTo = (i: number) => {
    const e = visible[Math.max(0, Math.min(visible.length - 1, i))];
    if (!e) return;
    setActive(e.seq);
    document.getElementById(`bl-log-${e.seq}`)?.scrollIntoView?.({ block: 'nearest' });
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const i = visible.findIndex((e) => e.seq === active);
    const current = i >= 0 ? visible[i] : undefined;
    switch (ev.key) {
      case 'ArrowDown':
        moveTo(i < 0 ? visible.length - 1 : i + 1);
        break;
      case 'ArrowUp':
        moveTo(i < 0 ? visible.length - 1 : i - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(visible.length - 1);
        break;
      case 'Enter':
        if (current) choose(current);
        break;
      case ' ':
        if (current) toggle(current.seq);
        break;
      case 'ArrowRight':
        if (current) toggle(current.seq, true);
        break;
      case 'ArrowLeft':
        if (current) toggle(current.seq, false);
        break;
      default:
        return;
    }
    ev.preventDefault();
  };

  const flip = (c: Category) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(c)) next.delete(c);
      else next.add(c);
      return next;
    });

  return (
    <section className="bl-log" aria-label={t('log.title')} data-open={open}>
      {open && <div className="bl-log-resize" {...handleProps} aria-label={t('log.resize')} />}
      <header className="bl-log-head">
        <button type="button" className="bl-log-toggle" aria-expanded={open} onClick={() => setOpen(!open)} title={open ? t('log.collapse') : t('log.expand')}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('log.title')}
        </button>
        {open && (
          <>
            <span className="bl-log-count">{t('log.count', { shown: filtered.length, total: log.length })}</span>
            <div className="bl-log-filters" role="group" aria-label={t('log.filters')}>
              {CATEGORIES.map((c) => (
                <button key={c} type="button" className="bl-log-filter" data-cat={c} aria-pressed={shown.has(c)} onClick={() => flip(c)}>
                  {t(`log.filter.${c}`)}
                </button>
              ))}
            </div>
            <input
              type="search"
              className="bl-log-search"
              aria-label={t('log.search')}
              placeholder={t('log.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </>
        )}
      </header>
      {open && (
        <div className="bl-log-body" style={{ height }}>
          {/* Outside the tree: a tree may only hold its items. */}
          {hiddenEarlier > 0 && (
            <button type="button" className="bl-log-earlier" onClick={() => setLimit(limit + LOG_WINDOW)}>
              {t('log.earlier', { n: Math.min(LOG_WINDOW, hiddenEarlier) })}
            </button>
          )}
          {/* Only setup (topology) entries so far, hidden by default: that is still "nothing yet". */}
          {visible.length === 0 && <p className="bl-log-empty">{query === '' && log.every((e) => categoryOf(e) === 'topology') ? t('log.empty') : t('log.noMatch')}</p>}
          <div
            ref={listRef}
            className="bl-log-list"
            // A tree, not a listbox: each row expands to show its "why", which options may not.
            role="tree"
            tabIndex={0}
            aria-label={t('log.listLabel')}
            aria-activedescendant={active !== null && visible.some((e) => e.seq === active) ? `bl-log-${active}` : undefined}
            onKeyDown={onKeyDown}
            onScroll={onScroll}
          >
            {visible.length > 0 && (
              <Suspense fallback={null}>
                <EventRows
                  entries={visible}
                  index={index}
                  expanded={expanded}
                  active={active}
                  onRowClick={(e) => {
                    choose(e);
                    toggle(e.seq);
                  }}
                  onShown={follow}
                />
              </Suspense>
            )}
          </div>
          {frozenAt !== null && (
            <button type="button" className="bl-log-latest" onClick={jumpToLatest}>
              ↓ {t('log.jumpLatest')}
              {newer > 0 ? ` (+${newer})` : ''}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
