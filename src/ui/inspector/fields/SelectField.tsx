import { useState } from 'react';
import type { FieldError } from '../../../scenario/validate-fields';
import { useErrorText } from '../error-text';
import { describedBy, useFieldIds } from './field-ids';
import { FieldShell } from './FieldShell';

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** Commits at once; onChange may refuse with a reason, and the select keeps the committed value. */
export function SelectField<V extends string>(props: {
  label: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => FieldError | null | void;
  hint?: string;
  disabled?: boolean;
  mono?: boolean;
  className?: string;
}) {
  const { label, value, options, onChange, hint, disabled, mono, className } = props;
  const ids = useFieldIds();
  const errorText = useErrorText();
  const [refusal, setRefusal] = useState<FieldError | null>(null);
  const message = refusal ? errorText(refusal) : null;
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={message} className={className}>
      <select
        id={ids.input}
        value={value}
        disabled={disabled}
        className={mono ? 'insp-mono' : undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(ids, hint, message)}
        onChange={(e) => setRefusal(onChange(e.target.value as V) ?? null)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
