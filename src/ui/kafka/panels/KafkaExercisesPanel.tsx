import { useState } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../../app/context';
import { KAFKA_EXERCISES, passed, type CheckLine } from '../../../exercises/kafka/catalogue';
import { encodeKafkaExerciseToHash } from '../../../exercises/kafka/link';
import { judgeKafka, type KafkaCheckSpec } from '../../../exercises/kafka/spec';
import { Rich } from '../../log/Rich';
import { Appear } from '../../motion/Appear';
import { useKEditorStore } from '../context';
import type { KafkaEditorStore } from '../store/editor';
import { KafkaAuthor } from '../exercises/KafkaAuthor';
import { startKafkaExercise, type KafkaExerciseStore } from '../exercises/store';
import { CopyBox } from './CopyBox';
import { loadProgress, saveProgress } from './progress';

/**
 * Exercises the app checks itself: load the starting scenario, change it, press Check. An exercise
 * opened from a link (#kx1.) comes first; instructors write their own at the bottom.
 */
export function KafkaExercisesPanel({ exercises }: { exercises: KafkaExerciseStore }) {
  const t = useT();
  const linked = useStore(exercises, (s) => s.linked);
  const editor = useKEditorStore();
  const [done, setDone] = useState<ReadonlySet<string>>(loadProgress);
  const [open, setOpen] = useState<string | null>(null);
  const solved = (id: string) => () =>
    setDone((prev) => {
      const next = new Set(prev).add(id);
      saveProgress(next);
      return next;
    });
  const builtInDone = KAFKA_EXERCISES.filter((ex) => done.has(ex.id)).length;
  return (
    <>
      <h2 className="kf-sheet-title">{t('kafka.panel.exercises')}</h2>
      {linked && (
        <section className="kf-ex-linked" aria-labelledby="kf-ex-linked-title">
          <p className="kf-muted">{t('kafka.ex.fromLink')}</p>
          <h3 id="kf-ex-linked-title" className="kf-details-sub">
            {done.has(linked.id) ? '✓ ' : ''}
            <Rich text={linked.document.title} />
          </h3>
          <ExerciseBody goal={linked.document.goal} hints={linked.document.hints} load={(editor) => startKafkaExercise(editor, exercises, linked)} spec={linked.document.check} onPassed={solved(linked.id)} />
          {linked.document.locked.length > 0 && (
            <p className="insp-hint">
              <Rich text={t('kafka.ex.locked', { names: linked.document.start.nodes.filter((n) => linked.document.locked.includes(n.id)).map((n) => `\`${n.name}\``).join(', ') })} />
            </p>
          )}
          <div className="kf-button-row">
            <button
              type="button"
              className="insp-button"
              onClick={() => {
                exercises.getState().openLinked(null);
                editor.getState().setGuard(null);
              }}
            >
              {t('kafka.goal.leave')}
            </button>
          </div>
        </section>
      )}
      <p className="insp-hint">{t('kafka.ex.hint')}</p>
      <p className="kf-muted">{t('kafka.ex.progress', { n: builtInDone, total: KAFKA_EXERCISES.length })}</p>
      <ol className="kf-exercises">
        {KAFKA_EXERCISES.map((ex) => (
          <li key={ex.id} className={done.has(ex.id) ? 'is-done' : undefined}>
            <button type="button" className="kf-ex-title" aria-expanded={open === ex.id} onClick={() => setOpen(open === ex.id ? null : ex.id)}>
              {done.has(ex.id) ? '✓ ' : ''}
              {t(`kafka.ex.${ex.id}.title`)}
            </button>
            {open === ex.id && (
              <ExerciseBody
                goal={t(`kafka.ex.${ex.id}.goal`)}
                hints={[t(`kafka.ex.${ex.id}.tip`)]}
                load={(editor) => editor.getState().replace(ex.start())}
                spec={ex.spec}
                onPassed={solved(ex.id)}
                // An instructor can hand a built-in exercise to students, in the language on screen.
                share={() => encodeKafkaExerciseToHash({ title: t(`kafka.ex.${ex.id}.title`), goal: t(`kafka.ex.${ex.id}.goal`), level: 'medium', hints: [t(`kafka.ex.${ex.id}.tip`)], start: ex.start(), locked: [], check: ex.spec })}
              />
            )}
          </li>
        ))}
      </ol>
      <details className="kf-author">
        <summary>{t('kafka.author.title')}</summary>
        <KafkaAuthor exercises={exercises} />
      </details>
    </>
  );
}

function ExerciseBody(props: { goal: string; hints: readonly string[]; load: (editor: KafkaEditorStore) => void; spec: KafkaCheckSpec; onPassed: () => void; share?: () => string }) {
  const t = useT();
  const editor = useKEditorStore();
  const [link, setLink] = useState<string | null>(null);
  const [result, setResult] = useState<CheckLine[] | null>(null);
  const [shown, setShown] = useState(0);
  const check = () => {
    const lines = judgeKafka(editor.getState().doc, props.spec);
    setResult(lines);
    if (passed(lines)) props.onPassed();
  };
  return (
    <div className="kf-ex-body">
      <p className="kf-ex-goal">
        <Rich text={props.goal} />
      </p>
      {props.hints.slice(0, shown).map((h, i) => (
        <p key={i} className="insp-hint">
          <Rich text={h} />
        </p>
      ))}
      <div className="kf-button-row">
        <button type="button" className="insp-button" onClick={() => props.load(editor)}>
          {t('kafka.ex.load')}
        </button>
        {shown < props.hints.length && (
          <button type="button" className="insp-button" onClick={() => setShown(shown + 1)}>
            {t('kafka.ex.showHint', { n: shown + 1, total: props.hints.length })}
          </button>
        )}
        <button type="button" className="insp-button kf-primary" onClick={check}>
          {t('kafka.ex.check')}
        </button>
        {props.share && (
          <button type="button" className="insp-button" aria-expanded={link !== null} onClick={() => setLink(link === null && props.share ? `${location.origin}${location.pathname}${props.share()}` : null)}>
            {t('kafka.ex.share')}
          </button>
        )}
      </div>
      {link && <CopyBox label={t('kafka.author.link')} text={link} filename={null} />}
      {result && <CheckResult lines={result} />}
    </div>
  );
}

/** A check's verdict: Solved, or Not yet with each line marked. */
export function CheckResult({ lines }: { lines: readonly CheckLine[] }) {
  const t = useT();
  const ok = passed(lines);
  return (
    <Appear from="below" role="status" className={`kf-ex-result ${ok ? 'is-pass' : 'is-fail'}`}>
      <strong>{ok ? t('kafka.ex.passed') : t('kafka.ex.failed')}</strong>
      <ul>
        {lines.map((l, i) => (
          <li key={i} data-ok={l.ok}>
            <span aria-hidden="true">{l.ok ? '✓' : '✗'}</span> <span className="visually-hidden">{l.ok ? t('kafka.ex.lineOk') : t('kafka.ex.lineFailed')}</span>{' '}
            <Rich text={t(l.key, l.params)} />
          </li>
        ))}
      </ul>
    </Appear>
  );
}
