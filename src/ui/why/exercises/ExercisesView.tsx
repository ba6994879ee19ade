import { useState } from 'react';
import './exercises.css';
import { usePrefs, useT } from '../../../app/context';
import {
  EXERCISES,
  runExercise,
  type CheckResult,
  type Exercise,
  type ExerciseRun,
  type StyleKind,
} from '../../../engine/integration';
import { formatDuration, formatNumber, formatSimTime } from '../format';
import { commandLabel } from '../labels';
import { useLabStore } from '../lab/context';
import { failureText, hintText } from './feedback';
import {
  browserStorage,
  loadProgress,
  recordAttempt,
  saveProgress,
  type Progress,
  type ProgressStorage,
} from './progress';
import { settingsFor, specFor, type Settings } from './settings';
import { SettingsForm } from './SettingsForm';

interface Props {
  /** Opens the lab tab after a run was loaded into it. */
  onWatch: () => void;
  storage?: ProgressStorage;
}

/** The exercises the app checks itself, with the student's progress kept in the browser. */
export function ExercisesView({ onWatch, storage }: Props) {
  const t = useT();
  const [store] = useState(() => storage ?? browserStorage());
  const [progress, setProgress] = useState<Progress>(() => loadProgress(store));
  const [current, setCurrent] = useState(EXERCISES[0].id);
  const [saveFailed, setSaveFailed] = useState(false);
  const ex = EXERCISES.find((e) => e.id === current) ?? EXERCISES[0];
  const solved = EXERCISES.filter((e) => progress[e.id]?.solved).length;

  const record = (kind: StyleKind, settings: Settings, passed: boolean) => {
    const next = recordAttempt(progress, ex.id, kind, settings, passed);
    setProgress(next);
    setSaveFailed(!saveProgress(store, next));
  };

  return (
    <div className="why-exercises">
      <nav className="why-ex-list" aria-labelledby="why-ex-list-title">
        <h2 id="why-ex-list-title">{t('why.exs.title')}</h2>
        <p className="why-ex-score">{t('why.exs.score', { solved, total: EXERCISES.length })}</p>
        <ul>
          {EXERCISES.map((e) => {
            const p = progress[e.id];
            return (
              <li key={e.id}>
                <button
                  type="button"
                  className="why-ex-item"
                  aria-current={e.id === current ? 'true' : undefined}
                  data-exercise={e.id}
                  onClick={() => setCurrent(e.id)}
                >
                  <span
                    className={`why-ex-status${p?.solved ? ' is-solved' : ''}`}
                    aria-hidden="true"
                  >
                    {p?.solved ? '✔' : p ? '…' : '○'}
                  </span>
                  <span>
                    <strong>{t(`why.ex.${e.id}.title`)}</strong>
                    <small>
                      {p?.solved
                        ? t('why.exs.solved')
                        : p
                          ? t('why.exs.tried', { n: p.attempts })
                          : t('why.exs.new')}
                    </small>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <ExerciseDetail
        key={ex.id}
        ex={ex}
        saved={progress[ex.id]}
        onChecked={record}
        onWatch={onWatch}
      />
      {saveFailed && (
        <p className="why-notice" role="alert">
          {t('why.exs.saveFailed')}
        </p>
      )}
    </div>
  );
}

function ExerciseDetail({
  ex,
  saved,
  onChecked,
  onWatch,
}: {
  ex: Exercise;
  saved: Progress[keyof Progress];
  onChecked: (kind: StyleKind, settings: Settings, passed: boolean) => void;
  onWatch: () => void;
}) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const lab = useLabStore();
  const startKind = saved?.kind ?? ex.starting.kind;
  const baseFor = (k: StyleKind) =>
    ex.starting.kind === k
      ? (ex.starting.config as Record<string, unknown> | undefined)
      : undefined;
  const [kind, setKind] = useState<StyleKind>(startKind);
  const [settings, setSettings] = useState<Settings>(
    saved?.settings ?? settingsFor(startKind, baseFor(startKind)),
  );
  const [result, setResult] = useState<(CheckResult & { run: ExerciseRun }) | null>(null);

  const choose = (k: StyleKind) => {
    setKind(k);
    setSettings(settingsFor(k, baseFor(k)));
    setResult(null);
  };
  const spec = () => specFor(kind, settings, baseFor(kind));
  const check = () => {
    const r = runExercise(ex, spec());
    setResult(r);
    onChecked(kind, settings, r.passed);
  };
  const watch = () => {
    lab.getState().load({
      kind: 'exercise',
      exerciseId: ex.id,
      config: { seed: 1, workload: ex.workload, styles: [spec()], timeline: ex.timeline },
      durationMs: ex.durationMs,
    });
    onWatch();
  };
  const hint = result && !result.passed ? hintText(t, ex.id, kind, ex.goalParams) : null;
  const m = result?.run.metrics;

  return (
    <article className="why-ex-detail" aria-labelledby="why-ex-title">
      <h2 id="why-ex-title" data-testid="why-ex-title">
        {t(`why.ex.${ex.id}.title`)}
      </h2>
      <p className="why-ex-goal">
        {t(`why.ex.${ex.id}.goal`, ex.goalParams as Record<string, string | number>)}
      </p>
      {ex.timeline.length > 0 && (
        <p className="why-script">
          <strong>{t('why.exs.script')}</strong>{' '}
          {ex.timeline.map((c, i) => (
            <span key={i} className="why-script-item">
              {formatSimTime(c.at)} {commandLabel(t, lang, c.cmd)}
            </span>
          ))}
        </p>
      )}
      <fieldset className="why-ex-kinds">
        <legend>{t('why.exs.style')}</legend>
        {ex.allowed.map((k) => (
          <label key={k} className="why-check">
            <input
              type="radio"
              name={`why-kind-${ex.id}`}
              value={k}
              checked={kind === k}
              onChange={() => choose(k)}
            />
            {t(`why.style.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="why-ex-settings">
        <legend>{t('why.exs.settings')}</legend>
        <SettingsForm
          kind={kind}
          settings={settings}
          onChange={(s) => {
            setSettings(s);
            setResult(null);
          }}
        />
      </fieldset>
      <div className="why-ex-actions">
        <button type="button" className="bl-btn bl-btn-primary" onClick={check}>
          ✓ {t('why.exs.check')}
        </button>
        <button type="button" className="bl-btn" onClick={watch}>
          {t('why.exs.watch')}
        </button>
      </div>
      {result && m && (
        <div
          className={`why-result${result.passed ? ' is-pass' : ' is-fail'}`}
          role="status"
          data-testid="why-ex-result"
        >
          <p className="why-result-head">{result.passed ? t('why.exs.pass') : t('why.exs.fail')}</p>
          {!result.passed && (
            <ul>
              {result.failures.map((f, i) => (
                <li key={i} data-code={f.code}>
                  {failureText(t, lang, f)}
                </li>
              ))}
            </ul>
          )}
          <p className="why-result-run">
            {t('why.exs.runFigures', {
              sent: formatNumber(lang, m.sent),
              completed: formatNumber(lang, m.completed),
              failed: formatNumber(lang, m.failed),
              lost: formatNumber(lang, m.lost),
              p95: m.latencyP95Ms === null ? '—' : formatDuration(lang, m.latencyP95Ms),
              blocked: formatDuration(lang, m.aBlockedMs),
            })}
          </p>
          {hint && (
            <p className="why-hint">
              <strong>{t('why.exs.hint')}</strong> {hint}
            </p>
          )}
        </div>
      )}
    </article>
  );
}
