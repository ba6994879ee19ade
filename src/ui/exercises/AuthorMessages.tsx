import { useStore } from 'zustand';
import { useEditor, useEditorStore, type Translate } from '../../app/context';
import { canonical } from '../../exercises/locks';
import { captureOutcomes, spaced, testMessagesFromProducers } from '../../exercises/capture';
import type { TestMessage } from '../../exercises/types';
import { RichText } from './RichText';
import type { SessionStore } from './session';

/** Instructor mode, step 1: the test messages, and the outcomes recorded from running the canvas. */
export function AuthorMessages({ session, t }: { session: SessionStore; t: Translate }) {
  const editor = useEditorStore();
  const a = useStore(session, (s) => s.author);
  const update = session.getState().updateAuthor;
  const current = useEditor((s) => s.doc);
  const producers = current.nodes.filter((n) => n.kind === 'producer').map((n) => n.name);
  const stale =
    a.capture !== null && canonical(a.capture.messages) !== canonical(spaced(a.messages));
  const setMessage = (i: number, patch: Partial<TestMessage>) =>
    update({ messages: a.messages.map((m, k) => (k === i ? { ...m, ...patch } : m)) });
  const doc = () => editor.getState().doc;
  return (
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
                <select
                  value={'producer' in m.via ? m.via.producer : ''}
                  onChange={(e) => setMessage(i, { via: { producer: e.target.value } })}
                >
                  {[...new Set([...producers, 'producer' in m.via ? m.via.producer : ''])]
                    .filter(Boolean)
                    .map((p) => (
                      <option key={p} value={p}>
                        {p}
                      </option>
                    ))}
                </select>
              </label>
              <label>
                <span>{t('ex.author.msg.key')}</span>
                <input
                  className="is-mono"
                  value={m.routingKey ?? ''}
                  spellCheck={false}
                  onChange={(e) => setMessage(i, { routingKey: e.target.value })}
                />
              </label>
              <button
                type="button"
                className="bl-btn"
                onClick={() => update({ messages: a.messages.filter((_, k) => k !== i) })}
              >
                {t('ex.author.msg.remove')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="bl-ex-actions">
        <button
          type="button"
          className="bl-btn"
          onClick={() => update({ messages: testMessagesFromProducers(doc()) })}
          disabled={producers.length === 0}
        >
          {t('ex.author.msg.fromProducers')}
        </button>
        <button
          type="button"
          className="bl-btn"
          disabled={producers.length === 0 || a.messages.length >= 50}
          onClick={() =>
            update({
              messages: [...a.messages, { via: { producer: producers[0] }, at: 0, routingKey: '' }],
            })
          }
        >
          {t('ex.author.msg.add')}
        </button>
      </div>
      <div className="bl-ex-actions">
        <button
          type="button"
          className="bl-btn bl-btn-primary"
          disabled={a.messages.length === 0}
          onClick={() =>
            update({ capture: captureOutcomes(doc(), spaced(a.messages)), solution: doc() })
          }
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
                      <RichText
                        text={`${i + 1}. \`${m && 'producer' in m.via ? m.via.producer : ''}\` · \`${m?.routingKey ?? ''}\``}
                      />
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
        <input
          type="checkbox"
          checked={a.requireNotLost}
          onChange={(e) => update({ requireNotLost: e.target.checked })}
        />
        {t('ex.author.notLost')}
      </label>
    </section>
  );
}
