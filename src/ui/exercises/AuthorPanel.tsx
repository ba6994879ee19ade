import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useEditor, useEditorStore, type Translate } from '../../app/context';
import { canonical } from '../../exercises/locks';
import { captureOutcomes, documentFromDraft, spaced, testMessagesFromProducers } from '../../exercises/capture';
import { checkExercise } from '../../exercises/check';
import { exerciseFromDocument } from '../../exercises/document';
import { encodeExerciseToHash } from '../../exercises/link';
import { LEVELS, type Exercise, type TestMessage } from '../../exercises/types';
import { linkLengthAdvice } from '../../scenario/url-codec';
import { Feedback } from './Feedback';
import { RichText } from './RichText';
import type { SessionStore } from './session';

/** Instructor mode: the canvas becomes an exercise with outcomes captured from a run, shared by link. */
export function AuthorPanel({ session, t, onTry }: { session: SessionStore; t: Translate; onTry: (ex: Exercise) => void }) {
  const editor = useEditorStore();
  const a = useStore(session, (s) => s.author);
  const update = (patch: Parameters<ReturnType<SessionStore['getState']>['updateAuthor']>[0]) => session.getState().updateAuthor(patch);
  const [link, setLink] = useState<{ url: string; exercise: Exercise; solutionFails: ReturnType<typeof checkExercise> | null } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [copied, setCopied] = useState(false);
  const ids = { title: useId(), goal: useId(), level: useId(), hints: useId(), link: useId() };

  const current = useEditor((s) => s.doc);
  const producers = current.nodes.filter((n) => n.kind === 'producer').map((n) => n.name);
  const stale = a.capture !== null && canonical(a.capture.messages) !== canonical(spaced(a.messages));
  const startPasses = useMemo(() => {
    if (!a.start || !a.capture) return false;
    const made = documentFromDraft(a);
    return made.ok && checkExercise(exerciseFromDocument(made.document, 'draft'), a.start).passed;
  }, [a]);

  const setMessage = (i: number, patch: Partial<TestMessage>) => update({ messages: a.messages.map((m, k) => (k === i ? { ...m, ...patch } : m)) });
  const doc = () => editor.getState().doc;

  const makeLink = () => {
    setCopied(false);
    const made = documentFromDraft(a);
    if (!made.ok) {
      setProblems(made.problems.map((p) => t(p)));
      setLink(null);
      return;
    }
    setProblems([]);
    const hash = encodeExerciseToHash(made.document);
    const exercise = exerciseFromDocument(made.document, 'draft');
    const solved = a.solution ? checkExercise(exercise, a.solution) : null;
    setLink({ url: `${location.origin}${location.pathname}${hash}`, exercise, solutionFails: solved && !solved.passed ? solved : null });
  };

  const advice = link ? linkLengthAdvice(link.url) : 'ok';

  return (
    <div className="bl-ex-author">
      <p className="bl-ex-intro">{t('ex.author.intro')}</p>

      <section aria-labelledby="bl-ex-a1">
        <h3 id="bl-ex-a1">{t('ex.author.step1')}</h3>
        <p>{t('ex.author.step1.help')}</p>
        {producers.length === 0 && <p className="bl-ex-warn">{t('ex.author.noProducer')}</p>}
        <ol className="bl-ex-msgs">
          {a.messages.map((m, i) => (
            <li key={i}>
              <fieldset className="bl-ex-msg">
                <legend>{t('ex.author.msg.group', { n: i + 1 })}</legend>
                <label>
                  <span>{t('ex.author.msg.producer')}</span>
                  <select value={'producer' in m.via ? m.via.producer : ''} onChange={(e) => setMessage(i, { via: { producer: e.target.value } })}>
                    {[...new Set([...producers, 'producer' in m.via ? m.via.producer : ''])].filter(Boolean).map((p) => (
                      <option key={p} value={p}>
                        {p}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span>{t('ex.author.msg.key')}</span>
                  <input className="is-mono" value={m.routingKey ?? ''} spellCheck={false} onChange={(e) => setMessage(i, { routingKey: e.target.value })} />
                </label>
                <button type="button" className="bl-btn" onClick={() => update({ messages: a.messages.filter((_, k) => k !== i) })}>
                  {t('ex.author.msg.remove')}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="bl-ex-actions">
          <button type="button" className="bl-btn" onClick={() => update({ messages: testMessagesFromProducers(doc()) })} disabled={producers.length === 0}>
            {t('ex.author.msg.fromProducers')}
          </button>
          <button
            type="button"
            className="bl-btn"
            disabled={producers.length === 0 || a.messages.length >= 50}
            onClick={() => update({ messages: [...a.messages, { via: { producer: producers[0] }, at: 0, routingKey: '' }] })}
          >
            {t('ex.author.msg.add')}
          </button>
        </div>
        <div className="bl-ex-actions">
          <button
            type="button"
            className="bl-btn bl-btn-primary"
            disabled={a.messages.length === 0}
            onClick={() => update({ capture: captureOutcomes(doc(), spaced(a.messages)), solution: doc() })}
          >
            {t('ex.author.capture')}
          </button>
        </div>
        {a.capture && (
          <div aria-live="polite">
            <p>{t('ex.author.captured')}</p>
            <table className="bl-ex-outcomes">
              <thead>
                <tr>
                  <th scope="col">{t('ex.author.col.message')}</th>
                  <th scope="col">{t('ex.author.col.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {a.capture.outcomes.map((o, i) => {
                  const m = a.capture?.messages[i];
                  const outcome =
                    o.returnedTo !== null
                      ? t('ex.author.outcome.returned', { producer: `\`${o.returnedTo}\`` })
                      : o.queues.length === 0
                        ? t('ex.author.outcome.none')
                        : o.queues.map((q) => `\`${q}\``).join(', ');
                  return (
                    <tr key={i}>
                      <td>
                        <RichText text={`${i + 1}. \`${m && 'producer' in m.via ? m.via.producer : ''}\` · \`${m?.routingKey ?? ''}\``} />
                      </td>
                      <td>
                        <RichText text={outcome} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {stale && <p className="bl-ex-warn">{t('ex.author.stale')}</p>}
          </div>
        )}
        <label className="bl-ex-check">
          <input type="checkbox" checked={a.requireNotLost} onChange={(e) => update({ requireNotLost: e.target.checked })} />
          {t('ex.author.notLost')}
        </label>
      </section>

      <section aria-labelledby="bl-ex-a2">
        <h3 id="bl-ex-a2">{t('ex.author.step2')}</h3>
        <p>{t('ex.author.step2.help')}</p>
        <div className="bl-ex-actions">
          <button type="button" className="bl-btn bl-btn-primary" onClick={() => update({ start: doc() })}>
            {t('ex.author.useStart')}
          </button>
        </div>
        {a.start && (
          <p role="status">
            {t('ex.author.startSet', { nodes: a.start.nodes.length, edges: a.start.edges.length })}
          </p>
        )}
        {startPasses && <p className="bl-ex-warn">{t('ex.author.startPasses')}</p>}
      </section>

      <section aria-labelledby="bl-ex-a3" className="bl-ex-form">
        <h3 id="bl-ex-a3">{t('ex.author.step3')}</h3>
        <label htmlFor={ids.title}>{t('ex.author.title')}</label>
        <input id={ids.title} value={a.title} maxLength={200} onChange={(e) => update({ title: e.target.value })} />
        <label htmlFor={ids.goal}>{t('ex.author.goal')}</label>
        <textarea id={ids.goal} value={a.goal} rows={4} maxLength={4000} onChange={(e) => update({ goal: e.target.value })} />
        <label htmlFor={ids.level}>{t('ex.author.level')}</label>
        <select id={ids.level} value={a.level} onChange={(e) => update({ level: LEVELS.find((l) => l === e.target.value) ?? 'easy' })}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`ex.level.${l}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.hints}>{t('ex.author.hints')}</label>
        <textarea id={ids.hints} value={a.hints} rows={3} onChange={(e) => update({ hints: e.target.value })} />
        {a.start && (
          <fieldset className="bl-ex-locks">
            <legend>{t('ex.author.locks')}</legend>
            {a.start.nodes.map((n) => (
              <label key={n.id}>
                <input
                  type="checkbox"
                  checked={a.locked.nodes.includes(n.id)}
                  onChange={(e) =>
                    update({ locked: { ...a.locked, nodes: e.target.checked ? [...a.locked.nodes, n.id] : a.locked.nodes.filter((x) => x !== n.id) } })
                  }
                />
                <span>
                  {t(`node.${n.kind}`)} <code>{n.name}</code>
                </span>
              </label>
            ))}
            {a.start.edges.map((e) => {
              const name = (id: string) => a.start?.nodes.find((n) => n.id === id)?.name ?? id;
              return (
                <label key={e.id}>
                  <input
                    type="checkbox"
                    checked={a.locked.edges.includes(e.id)}
                    onChange={(ev) =>
                      update({ locked: { ...a.locked, edges: ev.target.checked ? [...a.locked.edges, e.id] : a.locked.edges.filter((x) => x !== e.id) } })
                    }
                  />
                  <span>
                    <code>{name(e.source)}</code> → <code>{name(e.target)}</code>
                    {e.kind === 'binding' && e.key ? (
                      <>
                        {' '}
                        (<code>{e.key}</code>)
                      </>
                    ) : null}
                  </span>
                </label>
              );
            })}
          </fieldset>
        )}
      </section>

      <section aria-labelledby="bl-ex-a4">
        <h3 id="bl-ex-a4">{t('ex.author.step4')}</h3>
        <div className="bl-ex-actions">
          <button type="button" className="bl-btn bl-btn-primary" onClick={makeLink}>
            {t('ex.author.makeLink')}
          </button>
        </div>
        {problems.length > 0 && (
          <ul role="alert" className="bl-ex-error">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {link && (
          <div className="bl-ex-made">
            {link.solutionFails && (
              <div className="bl-ex-warn">
                <p>{t('ex.author.solutionFails')}</p>
                <Feedback result={link.solutionFails} t={t} limit={5} />
              </div>
            )}
            <label htmlFor={ids.link}>{t('ex.author.link')}</label>
            <div className="bl-ex-row">
              <input id={ids.link} readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
              <button
                type="button"
                className="bl-btn"
                onClick={() => {
                  void navigator.clipboard?.writeText(link.url).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  );
                }}
              >
                {copied ? t('ex.author.copied') : t('ex.author.copy')}
              </button>
            </div>
            {advice === 'long' && <p className="bl-ex-warn">{t('ex.author.linkLong', { chars: link.url.length })}</p>}
            {advice === 'too-long' && <p className="bl-ex-warn">{t('ex.author.linkTooLong', { chars: link.url.length })}</p>}
            <div className="bl-ex-actions">
              <button type="button" className="bl-btn" onClick={() => onTry({ ...link.exercise, id: `link-${link.url.slice(-8)}` })}>
                {t('ex.author.try')}
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
