import type { ReactNode } from 'react';

export interface FieldIds {
  input: string;
  hint: string;
  error: string;
}

/** Label, control, one-line hint and the reason a value was refused, wired for assistive tech. */
export function FieldShell(props: {
  ids: FieldIds;
  label: string;
  hint?: string;
  error?: string | null;
  inline?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const { ids, label, hint, error, inline, className, children } = props;
  const classes = ['insp-field', inline ? 'insp-field-inline' : '', error ? 'is-invalid' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      {inline ? (
        <>
          {children}
          <label htmlFor={ids.input}>{label}</label>
        </>
      ) : (
        <>
          <label htmlFor={ids.input}>{label}</label>
          {children}
        </>
      )}
      {hint && (
        <p id={ids.hint} className="insp-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.error} className="insp-error">
          {error}
        </p>
      )}
    </div>
  );
}
