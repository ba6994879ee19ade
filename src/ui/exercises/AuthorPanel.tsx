import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useEditorStore, type Translate } from '../../app/context';
import { documentFromDraft } from '../../exercises/capture';
import { checkExercise } from '../../exercises/check';
import { exerciseFromDocument } from '../../exercises/document';
import { encodeExerciseToHash } from '../../exercises/link';
import type { Exercise } from '../../exercises/types';
import { linkLengthAdvice } from '../../scenario/url-codec';
import { AuthorDetails } from './AuthorDetails';
import { AuthorMessages } from './AuthorMessages';
import { Feedback } from './Feedback';
import type { SessionStore } from './session';

/** Instructor mode: the canvas becomes an exercise with outcomes captured from a run, shared by link. */
export function AuthorPanel({
  session,
  t,
  onTry,
}: {
  session: SessionStore;
  t: Translate;
  onTry: (ex: Exercise) => void;
}) {
  const editor = useEditorStore();
  const a = useStore(session, (s) => s.author);
  const update = (patch: Parameters<ReturnType<SessionStore['getState']>['updateAuthor']>[0]) =>
    session.getState().updateAuthor(patch);
  const [link, setLink] = useState<{
    url: string;
    exercise: Exercise;
    solutionFails: ReturnType<typeof checkExercise> | null;
  } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [copied, setCopied] = useState(false);
  const linkId = useId();
  const startPasses = useMemo(() => {
    if (!a.start || !a.capture) return false;
    const made = documentFromDraft(a);
    return made.ok && checkExercise(exerciseFromDocument(made.document, 'draft'), a.start).passed;
  }, [a]);

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
    setLink({
      url: `${location.origin}${location.pathname}${hash}`,
      exercise,
      solutionFails: solved && !solved.passed ? solved : null,
    });
  };

  const advice = link ? linkLengthAdvice(link.url) : 'ok';

  return (
    <div className="bl-ex-author">
      <p className="bl-ex-intro">{t('ex.author.intro')}</p>

      <AuthorMessages session={session} t={t} />

      <section aria-labelledby="bl-ex-a2">
        <h3 id="bl-ex-a2">{t('ex.author.step2')}</h3>
        <p>{t('ex.author.step2.help')}</p>
        <div className="bl-ex-actions">
          <button
            type="button"
            className="bl-btn bl-btn-primary"
            onClick={() => update({ start: doc() })}
          >
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

      <AuthorDetails session={session} t={t} />

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
            <label htmlFor={linkId}>{t('ex.author.link')}</label>
            <div className="bl-ex-row">
              <input
                id={linkId}
                readOnly
                value={link.url}
                onFocus={(e) => e.currentTarget.select()}
              />
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
            {advice === 'long' && (
              <p className="bl-ex-warn">{t('ex.author.linkLong', { chars: link.url.length })}</p>
            )}
            {advice === 'too-long' && (
              <p className="bl-ex-warn">{t('ex.author.linkTooLong', { chars: link.url.length })}</p>
            )}
            <div className="bl-ex-actions">
              <button
                type="button"
                className="bl-btn"
                onClick={() => onTry({ ...link.exercise, id: `link-${link.url.slice(-8)}` })}
              >
                {t('ex.author.try')}
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
