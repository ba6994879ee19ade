import { useLayoutEffect, useRef } from 'react';
import { useSim, useT } from '../../app/context';
import type { SimLogEntry } from '../../sim/amqp/types';
import { messageColor } from '../canvas/colors';
import { formatSimTime } from '../playback/format';
import type { LogIndex } from './context';
import { explainEntry, hasWhy, messageIdOf } from './explain';
import { renderPhrase } from './render';
import { Rich } from './Rich';
import { WhyLines } from './WhyLines';

export interface EventRowsProps {
  entries: readonly SimLogEntry[];
  index: LogIndex;
  expanded: ReadonlySet<number>;
  active: number | null;
  onRowClick: (entry: SimLogEntry) => void;
  /** Called once the rows are first on screen (they load after the log itself). */
  onShown: () => void;
}

/**
 * The event log's rows, each entry explained in one line, with its "why" when opened. Loaded with
 * the explanations and their words the first time there is a row to show (see EventLog).
 */
export default function EventRows({ entries, index, expanded, active, onRowClick, onShown }: EventRowsProps) {
  const t = useT();
  const sim = useSim((s) => s.sim);
  const selected = useSim((s) => s.selectedMessage);
  const shown = useRef(onShown);
  useLayoutEffect(() => shown.current(), []);
  return entries.map((e) => {
    const x = explainEntry(e, index);
    const id = messageIdOf(e);
    const open = expanded.has(e.seq);
    return (
      <div
        key={e.seq}
        id={`bl-log-${e.seq}`}
        role="treeitem"
        aria-selected={active === e.seq}
        aria-expanded={hasWhy(x) ? open : undefined}
        className="bl-log-row"
        data-tone={x.tone}
        data-active={active === e.seq}
        data-selected={id !== null && id === selected}
        onClick={() => onRowClick(e)}
      >
        <div className="bl-log-line">
          <span className="bl-log-time">{formatSimTime(e.time)}</span>
          <span
            className="bl-log-chip"
            style={id !== null ? { background: messageColor(sim.flights.colorOf(id)) } : undefined}
            data-empty={id === null}
            aria-hidden="true"
          />
          <span className="bl-log-summary">
            <Rich text={renderPhrase(t, x.summary)} />
          </span>
          {id !== null && <span className="bl-log-id">#{id}</span>}
          {hasWhy(x) && (
            <span className="bl-log-whybtn" aria-hidden="true">
              {open ? '▴' : t('log.why')}
            </span>
          )}
        </div>
        {open && <WhyLines entry={e} x={x} ctx={index} t={t} />}
      </div>
    );
  });
}
