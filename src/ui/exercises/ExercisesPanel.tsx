import { useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { PrefsContext, useEditorStore, useT, useUiStore } from '../../app/context';
import { CATALOGUE } from '../../exercises/catalogue';
import { text } from '../../exercises/describe';
import { looksLikeExerciseHash } from '../../exercises/link';
import type { Exercise } from '../../exercises/types';
import { exercisesEn, exercisesPt } from '../../i18n/parts/exercises';
import { registerMessages } from '../../i18n/translate';
import { AuthorPanel } from './AuthorPanel';
import { ConfirmReplace } from './ConfirmReplace';
import { ExerciseList } from './ExerciseList';
import { ExerciseView } from './ExerciseView';
import { mountGoalBar } from './goal-bar-root';
import { OpenLink } from './OpenLink';
import { sessionFor } from './session';
import './exercises.css';

// Loaded the first time the panel opens; its words come with it.
registerMessages(exercisesEn, exercisesPt);

/** The exercise after this one in the catalogue (or the first unsolved one after it). */
function nextOf(ex: Exercise): Exercise | null {
  const i = CATALOGUE.findIndex((e) => e.id === ex.id);
  return i >= 0 && i + 1 < CATALOGUE.length ? CATALOGUE[i + 1] : null;
}

/** The Exercises side sheet: the list, one exercise with its check and hints, and instructor mode. */
export default function ExercisesPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const editor = useEditorStore();
  const ui = useUiStore();
  const prefs = useContext(PrefsContext);
  const session = sessionFor(editor);
  const view = useStore(session, (s) => s.view);
  const exercise = useStore(session, (s) => s.exercise);
  const pending = useStore(session, (s) => s.pending);
  const [opened, setOpened] = useState<string | null>(null);
  // A page opened from an exercise link the app did not open by itself yet.
  const [pageLink] = useState(() => (looksLikeExerciseHash(location.hash) ? location.hash : null));

  // The goal bar outlives this panel; in the running app only (tests render it themselves).
  useEffect(() => {
    if (prefs && import.meta.env.MODE !== 'test') mountGoalBar({ prefs, editor, ui });
  }, [prefs, editor, ui]);

  // Say "Undo brings it back" once, right after an exercise replaced the canvas.
  const exerciseId = exercise?.id ?? null;
  const [seen, setSeen] = useState(exerciseId);
  if (seen !== exerciseId) {
    setSeen(exerciseId);
    setOpened(exerciseId);
  }
  const request = (ex: Exercise) => session.getState().request(ex);
  const next = exercise ? nextOf(exercise) : null;
  // Keyboard users land in the sheet: on the current tab (the exercise view focuses its own title).
  useEffect(() => {
    if (session.getState().view !== 'exercise')
      document
        .getElementById(`bl-ex-tab-${session.getState().view === 'create' ? 'create' : 'list'}`)
        ?.focus();
  }, [session]);
  const tab = view === 'create' ? 'create' : 'list';

  return (
    <div className="bl-ex">
      <header className="bl-ex-head">
        <h2>{t('panel.exercises')}</h2>
        <button
          type="button"
          className="bl-btn"
          onClick={onClose}
          aria-label={t('ex.close')}
          title={t('ex.close')}
        >
          ×
        </button>
      </header>
      <div className="bl-ex-tabs" role="tablist" aria-label={t('ex.tabs')}>
        {(['list', 'create'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`bl-ex-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="bl-ex-tabpanel"
            tabIndex={tab === name ? 0 : -1}
            className="bl-ex-tab"
            onClick={() =>
              session
                .getState()
                .setView(name === 'create' ? 'create' : exercise ? 'exercise' : 'list')
            }
            onKeyDown={(e) => {
              if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
              const other = name === 'list' ? 'create' : 'list';
              session
                .getState()
                .setView(other === 'create' ? 'create' : exercise ? 'exercise' : 'list');
              document.getElementById(`bl-ex-tab-${other}`)?.focus();
            }}
          >
            {t(name === 'list' ? 'ex.tab.list' : 'ex.tab.create')}
          </button>
        ))}
      </div>
      <div
        id="bl-ex-tabpanel"
        role="tabpanel"
        aria-labelledby={`bl-ex-tab-${tab}`}
        className="bl-ex-body"
      >
        {pending && (
          <ConfirmReplace
            title={text(pending.title, t).replaceAll('`', '')}
            t={t}
            onConfirm={() => session.getState().open(pending)}
            onCancel={() => session.getState().cancelPending()}
          />
        )}
        {pageLink && !exercise && tab === 'list' && !pending && (
          <div className="bl-ex-pagelink">
            <OpenLink t={t} onOpen={request} initial={location.href} />
          </div>
        )}
        {view === 'create' ? (
          <AuthorPanel session={session} t={t} onTry={request} />
        ) : view === 'exercise' && exercise ? (
          <ExerciseView
            session={session}
            t={t}
            opened={opened === exercise.id}
            onNext={next ? () => request(next) : null}
            onRestart={() => request(exercise)}
          />
        ) : (
          <ExerciseList session={session} t={t} onOpen={request} />
        )}
      </div>
    </div>
  );
}
