import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../../app/context';
import { exerciseFromDraft, type MadeExercise } from '../../../exercises/kafka/draft';
import { KAFKA_EXERCISE_LIMITS } from '../../../exercises/kafka/document';
import { encodeKafkaExerciseToHash } from '../../../exercises/kafka/link';
import { judgeKafka, type KafkaAction, type KafkaExpect } from '../../../exercises/kafka/spec';
import { suggestExpectations } from '../../../exercises/kafka/suggest';
import { LEVELS, type Level } from '../../../exercises/types';
import { describeKafkaIssue } from '../../../scenario/kafka/issues';
import type { KafkaScenario } from '../../../scenario/kafka/types';
import { Rich } from '../../log/Rich';
import { useKEditorStore } from '../context';
import { KField, KSelect } from '../inspector/KField';
import { parseInt } from '../inspector/parse';
import { CopyBox } from '../panels/CopyBox';
import { startKafkaExercise, type KafkaExerciseStore } from './store';

const sameExpect = (a: KafkaExpect, b: KafkaExpect) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Instructor mode: build the solution on the canvas, choose faults, keep what the solution
 * achieves as the check, turn the canvas into the starting point, write the words, and get a
 * #kx1. link that opens the exercise for a student. The draft is saved in this browser.
 */
export function KafkaAuthor({ exercises }: { exercises: KafkaExerciseStore }) {
  const t = useT();
  const editor = useKEditorStore();
  const a = useStore(exercises, (s) => s.author);
  const update = (patch: Parameters<ReturnType<KafkaExerciseStore['getState']>['updateAuthor']>[0]) => exercises.getState().updateAuthor(patch);
  const [suggested, setSuggested] = useState<readonly KafkaExpect[] | null>(null);
  const [made, setMade] = useState<{ result: MadeExercise; url: string | null } | null>(null);
  const canvas = () => editor.getState().doc;

  // What the chosen (and, after a measurement, the proposed) expectations say about the solution.
  const listed = suggested ?? a.expect;
  const lines = useMemo(
    () => (a.solution && listed.length > 0 ? judgeKafka(a.solution, { runMs: a.runMs, actions: a.actions, expect: listed }).slice(a.actions.length) : []),
    [a.solution, a.runMs, a.actions, listed],
  );

  const measure = () => {
    if (!a.solution) return;
    const found = suggestExpectations(a.solution, a.actions, a.runMs).map((s) => s.expect);
    setSuggested(found);
    update({ expect: found });
  };
  const toggle = (e: KafkaExpect, on: boolean) => update({ expect: on ? [...a.expect, e] : a.expect.filter((x) => !sameExpect(x, e)) });

  const make = () => {
    const result = exerciseFromDraft(a);
    setMade({ result, url: result.ok ? `${location.origin}${location.pathname}${encodeKafkaExerciseToHash(result.document)}` : null });
  };
  const tryIt = () => {
    if (!made?.result.ok || !made.url) return;
    startKafkaExercise(editor, exercises, { id: `draft-${made.url.slice(-8)}`, document: made.result.document });
  };

  return (
    <div className="insp kf-author-body">
      <p className="insp-hint">{t('kafka.author.intro')}</p>

      <h3 className="kf-details-sub">{t('kafka.author.step.solution')}</h3>
      <div className="kf-button-row">
        <button type="button" className="insp-button" onClick={() => update({ solution: canvas() })}>
          {t('kafka.author.useSolution')}
        </button>
      </div>
      {a.solution && <p role="status">{t('kafka.author.solutionSet', { nodes: a.solution.nodes.length })}</p>}

      <h3 className="kf-details-sub">{t('kafka.author.step.run')}</h3>
      <KField
        label={t('kafka.author.runSeconds')}
        value={String(a.runMs / 1000)}
        parse={parseInt(t, { min: KAFKA_EXERCISE_LIMITS.runMs.min / 1000, max: KAFKA_EXERCISE_LIMITS.runMs.max / 1000 })}
        onCommit={(s) => update({ runMs: s * 1000, actions: a.actions.filter((x) => x.at <= s * 1000) })}
      />
      {a.actions.length > 0 && (
        <ul className="kf-author-list">
          {a.actions.map((x, i) => (
            <li key={i}>
              <span>
                <Rich text={t(`kafka.act.${x.kind}`, actionParams(x, a.solution))} />
              </span>{' '}
              <button type="button" className="insp-button" onClick={() => update({ actions: a.actions.filter((_, j) => j !== i) })}>
                {t('kafka.author.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {a.solution && a.actions.length < KAFKA_EXERCISE_LIMITS.actions && <AddFault solution={a.solution} runMs={a.runMs} onAdd={(x) => update({ actions: [...a.actions, x] })} />}

      <h3 className="kf-details-sub">{t('kafka.author.step.expect')}</h3>
      <p className="insp-hint">{t('kafka.author.expectHelp')}</p>
      <div className="kf-button-row">
        <button type="button" className="insp-button" disabled={!a.solution} onClick={measure}>
          {t('kafka.author.measure')}
        </button>
      </div>
      {listed.length > 0 && (
        <ul className="kf-author-list" aria-label={t('kafka.author.step.expect')}>
          {listed.map((e, i) => (
            <li key={i}>
              <label>
                <input type="checkbox" checked={a.expect.some((x) => sameExpect(x, e))} onChange={(ev) => toggle(e, ev.target.checked)} /> <span>{lines[i] ? <Rich text={t(lines[i].key, lines[i].params)} /> : e.kind}</span>
              </label>
            </li>
          ))}
        </ul>
      )}

      <h3 className="kf-details-sub">{t('kafka.author.step.start')}</h3>
      <div className="kf-button-row">
        <button type="button" className="insp-button" onClick={() => update({ start: canvas(), locked: a.locked.filter((id) => canvas().nodes.some((n) => n.id === id)) })}>
          {t('kafka.author.useStart')}
        </button>
      </div>
      {a.start && <p role="status">{t('kafka.author.startSet', { nodes: a.start.nodes.length })}</p>}
      {a.start && a.start.nodes.length > 0 && (
        <fieldset className="kf-author-locks">
          <legend>{t('kafka.author.locks')}</legend>
          {a.start.nodes.map((n) => (
            <label key={n.id} className="kf-author-lock">
              <input type="checkbox" checked={a.locked.includes(n.id)} onChange={(e) => update({ locked: e.target.checked ? [...a.locked, n.id] : a.locked.filter((id) => id !== n.id) })} />{' '}
              <span>
                {t(`kafka.node.${n.kind}`)} <code>{n.name}</code>
              </span>
            </label>
          ))}
        </fieldset>
      )}

      <h3 className="kf-details-sub">{t('kafka.author.step.words')}</h3>
      <KField label={t('kafka.author.name')} value={a.title} parse={(s) => (s.length > KAFKA_EXERCISE_LIMITS.title ? { ok: false, message: t('kafka.error.max-length', { max: KAFKA_EXERCISE_LIMITS.title }) } : { ok: true, value: s })} onCommit={(title) => update({ title })} />
      <KField label={t('kafka.author.goal')} multiline rows={3} value={a.goal} parse={(s) => (s.length > KAFKA_EXERCISE_LIMITS.goal ? { ok: false, message: t('kafka.error.max-length', { max: KAFKA_EXERCISE_LIMITS.goal }) } : { ok: true, value: s })} onCommit={(goal) => update({ goal })} />
      <KField
        label={t('kafka.author.hints')}
        hint={t('kafka.author.hintsHelp')}
        multiline
        rows={3}
        value={a.hints.join('\n')}
        parse={(s) => {
          const hints = s.split('\n');
          if (hints.filter((h) => h.trim() !== '').length > KAFKA_EXERCISE_LIMITS.hints) return { ok: false, message: t('kafka.author.tooManyHints', { max: KAFKA_EXERCISE_LIMITS.hints }) };
          if (hints.some((h) => h.length > KAFKA_EXERCISE_LIMITS.hint)) return { ok: false, message: t('kafka.error.max-length', { max: KAFKA_EXERCISE_LIMITS.hint }) };
          return { ok: true, value: hints };
        }}
        onCommit={(hints) => update({ hints })}
      />
      <KSelect<Level> label={t('kafka.author.level')} value={a.level} options={LEVELS.map((l) => ({ value: l, label: t(`kafka.author.level.${l}`) }))} onChange={(level) => update({ level })} />

      <div className="kf-button-row">
        <button type="button" className="insp-button kf-primary" onClick={make}>
          {t('kafka.author.make')}
        </button>
      </div>
      {made && !made.result.ok && (
        <div role="alert">
          <ul className="kf-problem">
            {made.result.missing.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
            {made.result.issues.slice(0, 5).map((issue, i) => (
              <li key={i}>{describeKafkaIssue(issue, t)}</li>
            ))}
          </ul>
        </div>
      )}
      {made?.result.ok && made.url && (
        <>
          {!made.result.solutionPasses && <p className="insp-warning">{t('kafka.author.solutionFails')}</p>}
          {made.result.startPasses && <p className="insp-warning">{t('kafka.author.startPasses')}</p>}
          <CopyBox label={t('kafka.author.link')} text={made.url} filename={null} />
          {made.url.length > 8000 && <p className="insp-warning">{t('kafka.share.tooLong')}</p>}
          <div className="kf-button-row">
            <button type="button" className="insp-button" onClick={tryIt}>
              {t('kafka.author.try')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/** How an action reads in the list: the crashing consumer by its name in the solution, if it has one. */
const actionParams = (x: KafkaAction, solution: KafkaScenario | null): Record<string, string | number> => {
  const at = (x.at / 1000).toFixed(1);
  switch (x.kind) {
    case 'crash-consumer': {
      const group = solution?.nodes.find((n) => n.kind === 'group' && n.name === x.group);
      const name = group?.kind === 'group' ? group.consumers[x.consumer - 1]?.name : undefined;
      return { group: x.group, consumer: name ?? `#${x.consumer}`, at };
    }
    case 'fail-leader':
      return { topic: x.topic, partition: x.partition, at };
    case 'start-late':
      return { group: x.group, at };
  }
};

/** A fault to script into the check, picked from the solution's own groups and topics. */
function AddFault({ solution, runMs, onAdd }: { solution: KafkaScenario; runMs: number; onAdd: (a: KafkaAction) => void }) {
  const t = useT();
  const groups = solution.nodes.flatMap((n) => (n.kind === 'group' ? [n] : []));
  const topics = solution.nodes.flatMap((n) => (n.kind === 'topic' ? [n] : []));
  type Kind = KafkaAction['kind'];
  const kinds: Kind[] = [...(groups.length > 0 ? (['crash-consumer', 'start-late'] as const) : []), ...(topics.length > 0 ? (['fail-leader'] as const) : [])];
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'fail-leader');
  const [group, setGroup] = useState(groups[0]?.name ?? '');
  const [topic, setTopic] = useState(topics[0]?.name ?? '');
  const [at, setAt] = useState(Math.min(3, runMs / 1000));
  const [consumer, setConsumer] = useState(1);
  const [partition, setPartition] = useState(0);
  if (kinds.length === 0) return null;
  const g = groups.find((x) => x.name === group) ?? groups[0];
  const tp = topics.find((x) => x.name === topic) ?? topics[0];
  const add = () => {
    const ms = at * 1000;
    if (kind === 'crash-consumer' && g) onAdd({ kind, at: ms, group: g.name, consumer: Math.min(consumer, g.consumers.length) });
    if (kind === 'start-late' && g) onAdd({ kind, at: ms, group: g.name });
    if (kind === 'fail-leader' && tp) onAdd({ kind, at: ms, topic: tp.name, partition: Math.min(partition, tp.partitions - 1) });
  };
  return (
    <fieldset className="kf-author-fault">
      <legend>{t('kafka.author.addFault')}</legend>
      <KSelect<Kind> label={t('kafka.author.faultKind')} value={kind} options={kinds.map((k) => ({ value: k, label: t(`kafka.author.fault.${k}`) }))} onChange={setKind} />
      {kind !== 'fail-leader' && g && <KSelect label={t('kafka.node.group')} value={g.name} options={groups.map((x) => ({ value: x.name, label: x.name }))} onChange={setGroup} />}
      {kind === 'crash-consumer' && g && <KField label={t('kafka.author.consumerNumber')} value={String(consumer)} parse={parseInt(t, { min: 1, max: Math.max(1, g.consumers.length) })} onCommit={setConsumer} />}
      {kind === 'fail-leader' && tp && <KSelect label={t('kafka.node.topic')} value={tp.name} options={topics.map((x) => ({ value: x.name, label: x.name }))} onChange={setTopic} />}
      {kind === 'fail-leader' && tp && <KField label={t('kafka.author.partition')} value={String(partition)} parse={parseInt(t, { min: 0, max: tp.partitions - 1 })} onCommit={setPartition} />}
      <KField label={t('kafka.author.atSeconds')} value={String(at)} parse={parseInt(t, { min: 0, max: Math.floor(runMs / 1000) })} onCommit={setAt} />
      <div className="kf-button-row">
        <button type="button" className="insp-button" onClick={add}>
          {t('kafka.author.add')}
        </button>
      </div>
    </fieldset>
  );
}
