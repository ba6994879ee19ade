import { useState } from 'react';
import type { FieldError } from '../../../scenario/validate-fields';
import { useErrorText } from '../error-text';
import { describedBy, useFieldIds } from './field-ids';
import { FieldShell } from './FieldShell';

/** Commits at once; onChange may refuse with a reason, shown beside the box. */
export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => FieldError | null | void;
  hint?: string;
  disabled?: boolean;
}) {
  const { label, checked, onChange, hint, disabled } = props;
  const ids = useFieldIds();
  const errorText = useErrorText();
  const [refusal, setRefusal] = useState<FieldError | null>(null);
  const message = refusal ? errorText(refusal) : null;
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={message} inline>
      <input
        id={ids.input}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(ids, hint, message)}
        onChange={(e) => setRefusal(onChange(e.target.checked) ?? null)}
      />
    </FieldShell>
  );
}
