import { useState, type KeyboardEvent } from 'react';
import type { FieldError, Parsed } from '../../../scenario/validate-fields';
import { useErrorText } from '../error-text';
import { describedBy, useFieldIds } from './field-ids';
import { FieldShell } from './FieldShell';

export interface TextFieldProps<T> {
  label: string;
  /** The committed value, as text. */
  value: string;
  /** Validates a draft; an error is shown beside the field and nothing is committed. */
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  hint?: string;
  /** A refusal decided elsewhere (a rule across fields). */
  error?: FieldError | null;
  multiline?: boolean;
  rows?: number;
  mono?: boolean;
  disabled?: boolean;
  numeric?: boolean;
  placeholder?: string;
  className?: string;
}

/**
 * A text field that edits a draft and commits it on blur or Enter (Ctrl+Enter when multi-line):
 * one undo step per edit, never per keystroke. Escape puts the committed value back.
 */
export function TextField<T>(props: TextFieldProps<T>) {
  const { label, value, parse, onCommit, hint, multiline, rows, mono, disabled, numeric, placeholder, className } = props;
  const ids = useFieldIds();
  const errorText = useErrorText();
  // null = not editing: the field shows the committed value (and follows undo).
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const parsed = draft === null ? null : parse(draft);
  const error = parsed && !parsed.ok ? parsed.error : (props.error ?? null);
  const message = error ? errorText(error) : null;

  const commit = () => {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      return;
    }
    const result = parse(draft);
    if (!result.ok) return; // keep the draft and its reason; the document stays as it was
    onCommit(result.value);
    setDraft(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      if (draft !== null) {
        setDraft(null);
        e.stopPropagation();
      }
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    }
  };

  const common = {
    id: ids.input,
    value: text,
    disabled,
    placeholder,
    className: mono ? 'insp-mono' : undefined,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy(ids, hint, message),
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
    spellCheck: false,
  };

  return (
    <FieldShell ids={ids} label={label} hint={hint} error={message} className={className}>
      {multiline ? (
        <textarea {...common} rows={rows ?? 4} />
      ) : (
        <input {...common} type="text" inputMode={numeric ? 'numeric' : undefined} autoComplete="off" />
      )}
    </FieldShell>
  );
}
