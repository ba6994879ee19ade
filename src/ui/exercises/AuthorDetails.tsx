import { useId } from 'react';
import { useStore } from 'zustand';
import type { Translate } from '../../app/context';
import { LEVELS } from '../../exercises/types';
import type { SessionStore } from './session';

/** Instructor mode, step 3: title, goal, level, hints, and which parts of the start are locked. */
export function AuthorDetails({ session, t }: { session: SessionStore; t: Translate }) {
  const a = useStore(session, (s) => s.author);
  const update = session.getState().updateAuthor;
  const ids = { title: useId(), goal: useId(), level: useId(), hints: useId() };
  return (
    <section aria-labelledby="bl-ex-a3" className="bl-ex-form">
      <h3 id="bl-ex-a3">{t('ex.author.step3')}</h3>
      <label htmlFor={ids.title}>{t('ex.author.title')}</label>
      <input
        id={ids.title}
        value={a.title}
        maxLength={200}
        onChange={(e) => update({ title: e.target.value })}
      />
      <label htmlFor={ids.goal}>{t('ex.author.goal')}</label>
      <textarea
        id={ids.goal}
        value={a.goal}
        rows={4}
        maxLength={4000}
        onChange={(e) => update({ goal: e.target.value })}
      />
      <label htmlFor={ids.level}>{t('ex.author.level')}</label>
      <select
        id={ids.level}
        value={a.level}
        onChange={(e) => update({ level: LEVELS.find((l) => l === e.target.value) ?? 'easy' })}
      >
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`ex.level.${l}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.hints}>{t('ex.author.hints')}</label>
      <textarea
        id={ids.hints}
        value={a.hints}
        rows={3}
        onChange={(e) => update({ hints: e.target.value })}
      />
      {a.start && (
        <fieldset className="bl-ex-locks">
          <legend>{t('ex.author.locks')}</legend>
          {a.start.nodes.map((n) => (
            <label key={n.id}>
              <input
                type="checkbox"
                checked={a.locked.nodes.includes(n.id)}
                onChange={(e) =>
                  update({
                    locked: {
                      ...a.locked,
                      nodes: e.target.checked
                        ? [...a.locked.nodes, n.id]
                        : a.locked.nodes.filter((x) => x !== n.id),
                    },
                  })
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
                    update({
                      locked: {
                        ...a.locked,
                        edges: ev.target.checked
                          ? [...a.locked.edges, e.id]
                          : a.locked.edges.filter((x) => x !== e.id),
                      },
                    })
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
  );
}
