import { useId } from 'react';
import type { FieldIds } from './FieldShell';

export function useFieldIds(): FieldIds {
  const base = useId();
  return { input: `${base}-input`, hint: `${base}-hint`, error: `${base}-error` };
}

/** aria-describedby for a control: its hint, then its error. */
export function describedBy(ids: FieldIds, hint: unknown, error: unknown): string | undefined {
  const list = [hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}
