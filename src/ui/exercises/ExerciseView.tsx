import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useEditor, type Translate } from '../../app/context';
import { describeCheck, text } from '../../exercises/describe';
import { KIND_WORDS } from '../../exercises/locks';
import { hintsShown, isDone } from '../../exercises/progress';
import type { Exercise } from '../../exercises/types';
import { Feedback } from './Feedback';
import { LockIcon } from './icons';
import { RichText } from './RichText';
import { stillOnExercise, type SessionStore } from './session';

function LockedList({ ex, t }: { ex: Exercise; t: Translate }) {
  const nodes = ex.locked.nodes.flatMap((id) => ex.start.nodes.filter((n) => n.id === id));
  const edges = ex.locked.edges.flatMap((id) => ex.start.edges.filter((e) => e.id === id));
  if (nodes.length + edges.length === 0) return null;
  const name = (id: string) => ex.start.nodes.find((n) => n.id === id)?.name ?? id;
  return (
    <details className="bl-ex-locked">
      <summary>
        <LockIcon /> {t('ex.locked.title')} ({nodes.length + edges.length})
      </summary>
      <p>{t('ex.locked.help')}</p>
      <ul>
        {nodes.map((n) => (
          <li key={n.id}>
            <RichText text={`${t(KIND_WORDS[n.kind])} \`${n.name}\``} />
          </li>
        ))}
        {edges.map((e) => (
          <li key={e.id}>
            <RichText
              text={t('ex.locked.edge', {
                from: `\`${name(e.source)}\``,
                to: `\`${name(e.target)}\``,
              })}
            />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One exercise: its goal, the check and its feedback, hints one at a time, and what comes next. */
export function ExerciseView({
  session,
  t,
  onNext,
  onRestart,
  opened,
}: {
  session: SessionStore;
  t: Translate;
  onNext: (() => void) | null;
  onRestart: () => void;
  /** Set right after the exercise replaced the canvas: say that Undo brings the old one back. */
  opened: boolean;
}) {
  const ex = useStore(session, (s) => s.exercise);
  const checked = useStore(session, (s) => s.checked);
  const progress = useStore(session, (s) => s.progress);
  const doc = useEditor((s) => s.doc);
  const heading = useRef<HTMLHeadingElement>(null);
  const hintButton = useRef<HTMLButtonElement>(null);
  useEffect(() => heading.current?.focus(), [ex?.id]);
  if (!ex) return null;

  const shown = hintsShown(progress, ex.id);
  const stale = checked !== null && checked.doc !== doc;
  const detached = !stillOnExercise(ex, doc);

  return (
    <article className="bl-ex-view" aria-labelledby="bl-ex-view-title">
      <button
        type="button"
        className="bl-linkbtn"
        onClick={() => session.getState().setView('list')}
      >
        ← {t('ex.back')}
      </button>
      <p className="bl-ex-tags">
        <span className={`bl-ex-level is-${ex.level}`}>{t(`ex.level.${ex.level}`)}</span>
        <span className="bl-ex-section">
          {t(ex.section === null ? 'ex.section.custom' : `ex.section.${ex.section}`)}
        </span>
        {isDone(progress, ex.id) && <span className="bl-ex-solved">✓ {t('ex.solved')}</span>}
      </p>
      <h3 id="bl-ex-view-title" ref={heading} tabIndex={-1}>
        <RichText text={text(ex.title, t)} />
      </h3>
      {opened && (
        <p className="bl-ex-opened" role="status">
          {t('ex.opened')}
        </p>
      )}
      <section className="bl-ex-goal" aria-label={t('ex.goal')}>
        <h4>{t('ex.goal')}</h4>
        <p>
          <RichText text={text(ex.goal, t)} />
        </p>
      </section>
      <LockedList ex={ex} t={t} />
      {detached && (
        <p className="bl-ex-warn" role="status">
          {t('ex.bar.detached')}
        </p>
      )}
      <div className="bl-ex-actions">
        <button
          type="button"
          className="bl-btn bl-btn-primary"
          onClick={() => session.getState().check()}
        >
          {t('ex.check')}
        </button>
        {checked?.result.passed && onNext && (
          <button type="button" className="bl-btn" onClick={onNext}>
            {t('ex.next')} →
          </button>
        )}
      </div>
      <div className="bl-ex-feedback" aria-live="polite">
        {checked && <Feedback result={checked.result} t={t} />}
        {stale && <p className="bl-ex-stale">{t('ex.result.stale')}</p>}
      </div>
      {ex.hints.length > 0 && (
        <section className="bl-ex-hints" aria-labelledby="bl-ex-hints-title">
          <h4 id="bl-ex-hints-title">{t('ex.hint.title')}</h4>
          <ol>
            {ex.hints.slice(0, shown).map((h, i) => (
              <li key={i}>
                <RichText text={text(h, t)} />
              </li>
            ))}
          </ol>
          {shown < ex.hints.length && (
            <button
              ref={hintButton}
              type="button"
              className="bl-btn"
              onClick={() => {
                session.getState().showHint();
                hintButton.current?.focus();
              }}
            >
              {t('ex.hint.show', { n: shown + 1, total: ex.hints.length })}
            </button>
          )}
        </section>
      )}
      <details className="bl-ex-how">
        <summary>{t('ex.how.title')}</summary>
        <ul>
          {describeCheck(ex.check, t).map((line, i) => (
            <li key={i}>
              <RichText text={line} />
            </li>
          ))}
        </ul>
      </details>
      <div className="bl-ex-actions bl-ex-secondary">
        <button type="button" className="bl-btn" onClick={onRestart}>
          {t('ex.restart')}
        </button>
        <button type="button" className="bl-btn" onClick={() => session.getState().leave()}>
          {t('ex.leave')}
        </button>
      </div>
    </article>
  );
}
