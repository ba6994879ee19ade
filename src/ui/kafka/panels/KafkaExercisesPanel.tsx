import { useState } from 'react';
import { useT } from '../../../app/context';
import { checkKafkaExercise, KAFKA_EXERCISES, passed, type CheckLine, type KafkaExercise } from '../../../exercises/kafka/catalogue';
import { useKEditorStore } from '../context';
import { loadProgress, saveProgress } from './progress';

/** Exercises the app checks itself: load the starting scenario, change it, press Check. */
export function KafkaExercisesPanel() {
  const t = useT();
  const [done, setDone] = useState<ReadonlySet<string>>(loadProgress);
  const [open, setOpen] = useState<KafkaExercise['id'] | null>(null);
  return (
    <>
      <h2 className="kf-sheet-title">{t('kafka.panel.exercises')}</h2>
      <p className="insp-hint">{t('kafka.ex.hint')}</p>
      <p className="kf-muted">{t('kafka.ex.progress', { n: done.size, total: KAFKA_EXERCISES.length })}</p>
      <ol className="kf-exercises">
        {KAFKA_EXERCISES.map((ex) => (
          <li key={ex.id} className={done.has(ex.id) ? 'is-done' : undefined}>
            <button type="button" className="kf-ex-title" aria-expanded={open === ex.id} onClick={() => setOpen(open === ex.id ? null : ex.id)}>
              {done.has(ex.id) ? '✓ ' : ''}
              {t(`kafka.ex.${ex.id}.title`)}
            </button>
            {open === ex.id && (
              <Exercise
                ex={ex}
                onPassed={() =>
                  setDone((prev) => {
                    const next = new Set(prev).add(ex.id);
                    saveProgress(next);
                    return next;
                  })
                }
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function Exercise({ ex, onPassed }: { ex: KafkaExercise; onPassed: () => void }) {
  const t = useT();
  const editor = useKEditorStore();
  const [result, setResult] = useState<CheckLine[] | null>(null);
  const check = () => {
    const lines = checkKafkaExercise(ex, editor.getState().doc);
    setResult(lines);
    if (passed(lines)) onPassed();
  };
  return (
    <div className="kf-ex-body">
      <p>{t(`kafka.ex.${ex.id}.goal`)}</p>
      <p className="insp-hint">{t(`kafka.ex.${ex.id}.tip`)}</p>
      <div className="kf-button-row">
        <button type="button" className="insp-button" onClick={() => editor.getState().replace(ex.start())}>
          {t('kafka.ex.load')}
        </button>
        <button type="button" className="insp-button kf-primary" onClick={check}>
          {t('kafka.ex.check')}
        </button>
      </div>
      {result && (
        <div role="status" className={`kf-ex-result ${passed(result) ? 'is-pass' : 'is-fail'}`}>
          <strong>{passed(result) ? t('kafka.ex.passed') : t('kafka.ex.failed')}</strong>
          <ul>
            {result.map((l, i) => (
              <li key={i} data-ok={l.ok}>
                {l.ok ? '✓' : '✗'} {t(l.key, l.params)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
