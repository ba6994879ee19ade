// Readers for single values of an untrusted document. Each one narrows `unknown` without casting,
// records a coded issue when the value is wrong and returns a fallback so reading can go on and
// report every problem at once (the caller refuses the document if any error was recorded).
// `null` counts as "not given", like a missing field, so hand-written files can use either.

import type { HeaderEntry, TypedValue } from './types';
import type { IssueCode, IssueParams, RestoreIssue } from './restore-issues';
import { utf8Length } from './validate-fields';

export type Sink = RestoreIssue[];

export function report(sink: Sink, code: IssueCode, path: string, params?: IssueParams): void {
  sink.push(params ? { code, path, params } : { code, path });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field of a parsed object; inherited properties (`__proto__`, `toString`) never count. */
export function field(obj: Record<string, unknown>, key: string): unknown {
  if (!Object.hasOwn(obj, key)) return undefined;
  const value = obj[key];
  return value === null ? undefined : value;
}

export const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

export interface Range {
  min: number;
  max: number;
}

export function readString(sink: Sink, value: unknown, path: string, fallback: string, maxBytes: number): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') {
    report(sink, 'value.not-string', path);
    return fallback;
  }
  // Cheap upper bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
  if (value.length * 3 > maxBytes && utf8Length(value) > maxBytes) {
    report(sink, 'value.too-long', path, { max: maxBytes });
    return fallback;
  }
  return value;
}

export function readOptionalString(sink: Sink, value: unknown, path: string, maxBytes: number): string | undefined {
  if (value === undefined) return undefined;
  const before = sink.length;
  const s = readString(sink, value, path, '', maxBytes);
  return sink.length === before ? s : undefined;
}

export function readBool(sink: Sink, value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    report(sink, 'value.not-boolean', path);
    return fallback;
  }
  return value;
}

export function readOptionalBool(sink: Sink, value: unknown, path: string): boolean | undefined {
  return value === undefined ? undefined : readBool(sink, value, path, false);
}

function checkNumber(sink: Sink, value: unknown, path: string, range: Range, integer: boolean): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    report(sink, 'value.not-number', path);
    return undefined;
  }
  if (integer && !Number.isInteger(value)) {
    report(sink, 'value.not-integer', path);
    return undefined;
  }
  if (value < range.min || value > range.max) {
    report(sink, 'value.out-of-range', path, { min: range.min, max: range.max });
    return undefined;
  }
  // -0 would survive JSON as 0 anyway; normalise so round trips compare equal.
  return value === 0 ? 0 : value;
}

export function readNumber(sink: Sink, value: unknown, path: string, fallback: number, range: Range): number {
  if (value === undefined) return fallback;
  return checkNumber(sink, value, path, range, false) ?? fallback;
}

export function readInt(sink: Sink, value: unknown, path: string, fallback: number, range: Range): number {
  if (value === undefined) return fallback;
  return checkNumber(sink, value, path, range, true) ?? fallback;
}

export function readOptionalInt(sink: Sink, value: unknown, path: string, range: Range): number | undefined {
  return value === undefined ? undefined : checkNumber(sink, value, path, range, true);
}

export function readEnum<T extends string>(
  sink: Sink,
  value: unknown,
  path: string,
  fallback: T,
  allowed: readonly T[],
): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    report(sink, 'value.not-one-of', path, { allowed: allowed.join(', ') });
    return fallback;
  }
  return found;
}

export function readOptionalEnum<T extends string>(
  sink: Sink,
  value: unknown,
  path: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined) report(sink, 'value.not-one-of', path, { allowed: allowed.join(', ') });
  return found;
}

/** An array no longer than `max`; its items are read by the caller. */
export function readArray(sink: Sink, value: unknown, path: string, max: number): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(sink, 'value.not-array', path);
    return [];
  }
  // Checked before touching the items: a hostile array can claim any length.
  if (value.length > max) {
    report(sink, 'value.too-many', path, { max });
    return [];
  }
  return value;
}

export function readObject(sink: Sink, value: unknown, path: string): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    report(sink, 'value.not-object', path);
    return undefined;
  }
  return value;
}

export interface ValueLimits {
  keyBytes: number;
  stringValueBytes: number;
  entries: number;
}

const VALUE_KINDS = ['string', 'int', 'float', 'bool', 'void'] as const;
const SAFE_INT: Range = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
const ANY_FINITE: Range = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE };

export function readTypedValue(sink: Sink, raw: unknown, path: string, limits: ValueLimits): TypedValue {
  const obj = readObject(sink, raw, path) ?? {};
  const kind = readEnum(sink, field(obj, 'kind'), join(path, 'kind'), 'string', VALUE_KINDS);
  const value = field(obj, 'value');
  const at = join(path, 'value');
  switch (kind) {
    case 'string':
      return { kind, value: readString(sink, value, at, '', limits.stringValueBytes) };
    case 'int':
      return { kind, value: readInt(sink, value, at, 0, SAFE_INT) };
    case 'float':
      return { kind, value: readNumber(sink, value, at, 0, ANY_FINITE) };
    case 'bool':
      return { kind, value: readBool(sink, value, at, false) };
    case 'void':
      return { kind };
  }
}

/** A header table (message headers, binding arguments): keys non-empty and unique. */
export function readHeaders(sink: Sink, raw: unknown, path: string, limits: ValueLimits): HeaderEntry[] {
  const items = readArray(sink, raw, path, limits.entries);
  const seen = new Set<string>();
  const out: HeaderEntry[] = [];
  items.forEach((item, i) => {
    const at = join(path, i);
    const obj = readObject(sink, item, at);
    if (!obj) return;
    const keyPath = join(at, 'key');
    const before = sink.length;
    const key = readString(sink, field(obj, 'key'), keyPath, '', limits.keyBytes);
    if (sink.length === before && key === '') report(sink, 'value.empty', keyPath);
    else if (sink.length === before && seen.has(key)) report(sink, 'value.duplicate-key', keyPath, { key });
    seen.add(key);
    out.push({ key, value: readTypedValue(sink, field(obj, 'value'), join(at, 'value'), limits) });
  });
  return out;
}
