/**
 * The key-by-key account of a headers binding a teacher shows (the "why" of the event log), kept
 * apart from the matcher the broker runs so that it loads only when someone asks.
 */
import { fieldEquals, type FieldTable, type FieldValue } from '../field-values';
import { compileHeaders, headersMatch, type XMatch } from './headers';

export type HeaderCheck =
  | { readonly key: string; readonly outcome: 'ignored'; readonly reason: 'x-match' | 'x-prefix' }
  | { readonly key: string; readonly outcome: 'present'; readonly header: FieldValue }
  | { readonly key: string; readonly outcome: 'equal'; readonly expected: FieldValue; readonly header: FieldValue }
  | { readonly key: string; readonly outcome: 'different'; readonly expected: FieldValue; readonly header: FieldValue }
  | { readonly key: string; readonly outcome: 'missing'; readonly expected: FieldValue };

export interface HeadersTrace {
  readonly mode: XMatch;
  readonly matched: boolean;
  readonly checks: readonly HeaderCheck[];
}

/** Key-by-key account of a headers binding against message headers; agrees with headersMatch. */
export function explainHeaders(args: FieldTable, headers: FieldTable | undefined): HeadersTrace {
  const m = compileHeaders(args);
  const h = headers ?? {};
  const included = new Set(m.entries.map(([k]) => k));
  const checks: HeaderCheck[] = Object.entries(args).map(([key, expected]): HeaderCheck => {
    if (key === 'x-match') return { key, outcome: 'ignored', reason: 'x-match' };
    if (!included.has(key)) return { key, outcome: 'ignored', reason: 'x-prefix' };
    const header = h[key];
    if (header === undefined) return { key, outcome: 'missing', expected };
    if (expected.kind === 'void') return { key, outcome: 'present', header };
    return fieldEquals(expected, header) ? { key, outcome: 'equal', expected, header } : { key, outcome: 'different', expected, header };
  });
  return { mode: m.mode, matched: headersMatch(m, headers), checks };
}
