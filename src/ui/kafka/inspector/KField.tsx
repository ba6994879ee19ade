import { useState, type KeyboardEvent } from 'react';
import { describedBy, useFieldIds } from '../../inspector/fields/field-ids';
import { FieldShell } from '../../inspector/fields/FieldShell';

/** A parse result whose refusal is already worded in the user's language. */
export type KParsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A text field that edits a draft and commits on blur or Enter (Ctrl+Enter when multi-line): one
 * undo step per edit. Escape puts the committed value back. (The AMQP TextField's behaviour, with
 * Kafka's own refusal messages.)
 */
export function KField<T>(props: {
  label: string;
  value: string;
  parse: (text: string) => KParsed<T>;
  onCommit: (value: T) => void;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  mono?: boolean;
  placeholder?: string;
}) {
  const { label, value, parse, onCommit, hint, multiline, rows, mono, placeholder } = props;
  const ids = useFieldIds();
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parse(draft);
  const message = parsed && !parsed.ok ? parsed.message : null;

  const commit = () => {
    if (draft === null) return;
    if (draft === value) return setDraft(null);
    const result = parse(draft);
    if (!result.ok) return;
    onCommit(result.value);
    setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape' && draft !== null) {
      setDraft(null);
      e.stopPropagation();
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    }
  };
  const common = {
    id: ids.input,
    value: draft ?? value,
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
    <FieldShell ids={ids} label={label} hint={hint} error={message}>
      {multiline ? <textarea {...common} rows={rows ?? 3} /> : <input {...common} type="text" autoComplete="off" />}
    </FieldShell>
  );
}

export function KSelect<V extends string>(props: { label: string; value: V; options: readonly { value: V; label: string }[]; onChange: (v: V) => void; hint?: string; mono?: boolean }) {
  const ids = useFieldIds();
  return (
    <FieldShell ids={ids} label={props.label} hint={props.hint}>
      <select
        id={ids.input}
        value={props.value}
        className={props.mono ? 'insp-mono' : undefined}
        aria-describedby={describedBy(ids, props.hint, null)}
        onChange={(e) => {
          const v = props.options.find((o) => o.value === e.target.value);
          if (v) props.onChange(v.value);
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function KCheck(props: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string }) {
  const ids = useFieldIds();
  return (
    <FieldShell ids={ids} label={props.label} hint={props.hint} inline>
      <input id={ids.input} type="checkbox" checked={props.checked} aria-describedby={describedBy(ids, props.hint, null)} onChange={(e) => props.onChange(e.target.checked)} />
    </FieldShell>
  );
}
