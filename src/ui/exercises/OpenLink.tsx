import { useId, useState } from 'react';
import type { Translate } from '../../app/context';
import { decodeExerciseFromHash } from '../../exercises/link';
import { describeExerciseLinkError } from './link-words';
import type { Exercise } from '../../exercises/types';

/** A field to paste an exercise link an instructor shared (until boot opens such links itself). */
export function OpenLink({
  t,
  onOpen,
  initial = '',
}: {
  t: Translate;
  onOpen: (ex: Exercise) => void;
  initial?: string;
}) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string[] | null>(null);
  const id = useId();
  const submit = () => {
    const r = decodeExerciseFromHash(value);
    if (!r.ok) {
      setError(describeExerciseLinkError(r.error, t));
      return;
    }
    setError(null);
    setValue('');
    onOpen(r.exercise);
  };
  return (
    <form
      className="bl-ex-linkform"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id}>{t('ex.openLink.label')}</label>
      <div className="bl-ex-row">
        <input
          id={id}
          type="url"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="submit" className="bl-btn" disabled={value.trim() === ''}>
          {t('ex.openLink.go')}
        </button>
      </div>
      {error && (
        <div role="alert" className="bl-ex-error">
          {error.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
    </form>
  );
}
