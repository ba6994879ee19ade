import { useState } from 'react';
import { useStore } from 'zustand';
import type { Translate } from '../../app/context';
import { CATALOGUE } from '../../exercises/catalogue';
import { text } from '../../exercises/describe';
import { isDone } from '../../exercises/progress';
import { LEVELS, type Exercise } from '../../exercises/types';
import { OpenLink } from './OpenLink';
import { ProgressNotice } from './ProgressNotice';
import { RichText } from './RichText';
import type { SessionStore } from './session';

function sectionKey(ex: Exercise) {
  return ex.section === null
    ? ('ex.section.custom' as const)
    : (`ex.section.${ex.section}` as const);
}

function Card({
  ex,
  t,
  done,
  current,
  onOpen,
}: {
  ex: Exercise;
  t: Translate;
  done: boolean;
  current: boolean;
  onOpen: (ex: Exercise) => void;
}) {
  const title = text(ex.title, t);
  return (
    <li className={`bl-ex-card${current ? ' is-current' : ''}`}>
      <div className="bl-ex-card-main">
        <span className="bl-ex-card-title">
          <RichText text={title} />
        </span>
        <span className="bl-ex-tags">
          <span className={`bl-ex-level is-${ex.level}`}>{t(`ex.level.${ex.level}`)}</span>
          <span className="bl-ex-section">{t(sectionKey(ex))}</span>
          {current && <span className="bl-ex-current">{t('ex.current')}</span>}
        </span>
      </div>
      {done ? (
        <span className="bl-ex-done" title={t('ex.solved')}>
          <span aria-hidden="true">✓</span>
          <span className="visually-hidden">{t('ex.solved')}</span>
        </span>
      ) : (
        <span className="bl-ex-done is-empty" aria-hidden="true" />
      )}
      <button
        type="button"
        className="bl-btn bl-ex-open"
        onClick={() => onOpen(ex)}
        aria-label={t('ex.openExercise', { title: title.replaceAll('`', '') })}
      >
        {t('ex.openLink.go')}
      </button>
    </li>
  );
}

/** Every exercise, easiest first, with its level, its part of the notes and a mark when solved. */
export function ExerciseList({
  session,
  t,
  onOpen,
}: {
  session: SessionStore;
  t: Translate;
  onOpen: (ex: Exercise) => void;
}) {
  const progress = useStore(session, (s) => s.progress);
  const current = useStore(session, (s) => s.exercise?.id ?? null);
  const fromLinks = useStore(session, (s) => s.fromLinks);
  const [linkOpen, setLinkOpen] = useState(false);
  const solved = CATALOGUE.filter((e) => isDone(progress, e.id)).length;
  const card = (ex: Exercise) => (
    <Card
      key={ex.id}
      ex={ex}
      t={t}
      done={isDone(progress, ex.id)}
      current={current === ex.id}
      onOpen={onOpen}
    />
  );

  return (
    <div className="bl-ex-list">
      <p className="bl-ex-intro">{t('ex.intro')}</p>
      <ProgressNotice session={session} t={t} />
      <p className="bl-ex-count">
        {t('ex.progress.count', { done: solved, total: CATALOGUE.length })}
      </p>
      <details
        className="bl-ex-link"
        open={linkOpen}
        onToggle={(e) => setLinkOpen(e.currentTarget.open)}
      >
        <summary>{t('ex.openLink')}</summary>
        <OpenLink t={t} onOpen={onOpen} />
      </details>
      {fromLinks.length > 0 && (
        <section aria-labelledby="bl-ex-group-links">
          <h3 id="bl-ex-group-links">{t('ex.section.custom')}</h3>
          <ul className="bl-ex-cards">{fromLinks.map(card)}</ul>
        </section>
      )}
      {LEVELS.map((level) => (
        <section key={level} aria-labelledby={`bl-ex-group-${level}`}>
          <h3 id={`bl-ex-group-${level}`}>{t(`ex.level.${level}`)}</h3>
          <ul className="bl-ex-cards">{CATALOGUE.filter((e) => e.level === level).map(card)}</ul>
        </section>
      ))}
    </div>
  );
}
