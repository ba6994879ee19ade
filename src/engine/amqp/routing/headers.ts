/**
 * Headers-exchange matching (broker-semantics A.5), with RabbitMQ 3.10's numeric-by-value
 * equality. A binding's arguments are compiled once into a HeadersMatcher; explainHeaders
 * (./headers-explain) gives the key-by-key account a teacher shows.
 */
import { fieldEquals, typeName, erlangTerm, type FieldTable, type FieldValue } from '../field-values';
import { amqpError } from '../errors';

export type XMatch = 'all' | 'any' | 'all-with-x' | 'any-with-x';

export interface HeadersMatcher {
  readonly mode: XMatch;
  /** The entries that take part: x-match never, other x- keys only in *-with-x modes. */
  readonly entries: readonly (readonly [string, FieldValue])[];
}

/** Validates and compiles binding arguments; invalid x-match is a 406 like RabbitMQ's. */
export function compileHeaders(args: FieldTable): HeadersMatcher {
  const xm = args['x-match'];
  let mode: XMatch = 'all';
  if (xm !== undefined) {
    if (xm.kind !== 'string') {
      throw amqpError(406, `Invalid x-match field type ${typeName(xm)} (value ${erlangTerm(xm)}); expected longstr`);
    }
    if (xm.value !== 'all' && xm.value !== 'any' && xm.value !== 'all-with-x' && xm.value !== 'any-with-x') {
      throw amqpError(406, `Invalid x-match field value ${erlangTerm(xm)}; expected all, any, all-with-x, or any-with-x`);
    }
    mode = xm.value;
  }
  const withX = mode === 'all-with-x' || mode === 'any-with-x';
  const entries = Object.entries(args).filter(([k]) => k !== 'x-match' && (withX || !k.startsWith('x-')));
  return { mode, entries };
}

function entryMatches(value: FieldValue, header: FieldValue | undefined): boolean {
  if (header === undefined) return false;
  if (value.kind === 'void') return true;
  return fieldEquals(value, header);
}

export function headersMatch(m: HeadersMatcher, headers: FieldTable | undefined): boolean {
  const h = headers ?? {};
  if (m.mode === 'all' || m.mode === 'all-with-x') {
    for (const [k, v] of m.entries) if (!entryMatches(v, h[k])) return false;
    return true;
  }
  for (const [k, v] of m.entries) if (entryMatches(v, h[k])) return true;
  return false;
}
