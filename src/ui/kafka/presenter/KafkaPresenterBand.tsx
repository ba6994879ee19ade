import { useEffect, useMemo } from 'react';
import { useT, useUiStore } from '../../../app/context';
import type { KLogEntry } from '../../../sim/kafka/types';
import { messageColor } from '../../canvas/colors';
import { Rich } from '../../log/Rich';
import { formatSimTime } from '../../playback/format';
import { useKEditor, useKSim, useKSimBundle } from '../context';
import { explainEntry, namesOf, type Names } from '../log/explain';
import { K_SPEEDS } from '../store/sim';

function isTyping(el: HTMLElement): boolean {
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The newest step worth telling a class: the replication bookkeeping stays in the log. */
function latestStep(log: readonly KLogEntry[], names: Names) {
  for (let i = log.length - 1; i >= 0; i--) {
    const x = explainEntry(log[i], names);
    if (x.category !== 'replication') return { e: log[i], x };
  }
  return null;
}

const next = (speed: number, d: 1 | -1) => {
  const i = K_SPEEDS.findIndex((s) => s >= speed);
  return K_SPEEDS[Math.max(0, Math.min(K_SPEEDS.length - 1, (i < 0 ? K_SPEEDS.length - 1 : i) + d))];
};

/**
 * Presenter mode in the Kafka workspace: under the canvas, the latest step and why, in large
 * type, for the back of the classroom. Space plays or pauses, → steps, + and − change the speed,
 * Esc leaves.
 */
export function KafkaPresenterBand() {
  const t = useT();
  const ui = useUiStore();
  const { store } = useKSimBundle();
  const log = useKSim((s) => s.log);
  const playing = useKSim((s) => s.playing);
  const speed = useKSim((s) => s.speed);
  const time = useKSim((s) => s.time);
  const doc = useKEditor((s) => s.doc);
  const names = useMemo(() => namesOf(doc), [doc]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target && isTyping(target)) return;
      const s = store.getState();
      if (e.key === ' ') {
        if (e.repeat || target?.closest('button, a[href], [role="treeitem"]')) return;
        if (s.playing) s.pause();
        else s.play();
      } else if (e.key === 'ArrowRight' && !target?.closest('.react-flow__node')) s.step();
      else if (e.key === '+' || e.key === '=') s.setSpeed(next(s.speed, 1));
      else if (e.key === '-') s.setSpeed(next(s.speed, -1));
      else if (e.key === 'Escape' && !target?.closest('[role="dialog"]')) ui.getState().setPresenter(false);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, ui]);

  const latest = useMemo(() => latestStep(log, names), [log, names]);
  const color = latest?.x.ref ? messageColor(store.getState().sim.flights.colorOfRef(latest.x.ref)) : null;

  return (
    <section className="kf-presenter" aria-label={t('kafka.presenter.label')} aria-live="polite">
      <div className="kf-presenter-bar">
        <strong>{playing ? `▶ ${t('kafka.presenter.playing')}` : `❚❚ ${t('kafka.presenter.paused')}`}</strong>
        <span className="kf-mono">{formatSimTime(time)}</span>
        <span>{t('kafka.presenter.speed', { speed })}</span>
        <span className="kf-presenter-keys">{t('kafka.presenter.keys')}</span>
      </div>
      <div className="kf-presenter-now">
        {!latest && <p>{t('kafka.presenter.waiting')}</p>}
        {latest && (
          <>
            <p className="kf-presenter-summary">
              {color && <span className="kf-presenter-chip" style={{ background: color }} aria-hidden="true" />}
              <span className="kf-mono kf-presenter-time">{formatSimTime(latest.e.time)}</span> <Rich text={t(latest.x.summary.key, latest.x.summary.params)} />
            </p>
            {latest.x.lines.length > 0 && (
              <ul className="kf-presenter-why">
                {latest.x.lines.map((l, i) => (
                  <li key={i}>
                    <Rich text={t(l.key, l.params)} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
