// Field-level validation of the scenario document, shared by the inspector (before committing an
// edit) and the scenario loader. Language-neutral: each error is a code plus parameters that the
// UI words in the user's language. Limits follow AMQP 0-9-1 and RabbitMQ (broker-semantics C, D, F).

import { checkJson, type JsonProblem } from './json-check';
import type { HeaderEntry, PayloadKind, TypedValue } from './types';

export type FieldErrorCode =
  | 'required'
  | 'too-long'
  | 'reserved-amq'
  | 'default-exchange-name'
  | 'duplicate-exchange'
  | 'duplicate-queue'
  | 'not-integer'
  | 'not-number'
  | 'below-min'
  | 'not-positive'
  | 'above-max'
  | 'not-digits'
  | 'json'
  | 'base64'
  | 'not-utf8'
  | 'duplicate-key'
  | 'quorum-durable'
  | 'quorum-exclusive'
  | 'quorum-overflow';

export interface FieldError {
  code: FieldErrorCode;
  params?: Readonly<Record<string, string | number>>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: FieldError };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const err = (code: FieldErrorCode, params?: FieldError['params']): { ok: false; error: FieldError } => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/** AMQP short strings (names, keys, most properties) hold at most 255 bytes of UTF-8. */
export const SHORTSTR_MAX = 255;
/** Above this, a payload gets a "messages should be small" warning. */
export const LARGE_PAYLOAD_BYTES = 128 * 1024;

const encoder = new TextEncoder();
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** Any short string: routing key, binding key, properties, header keys. */
export function parseShortString(text: string): Parsed<string> {
  const bytes = utf8Length(text);
  return bytes > SHORTSTR_MAX ? err('too-long', { max: SHORTSTR_MAX, bytes }) : ok(text);
}

/** An optional short string property: empty means "not set". */
export function parseOptionalShortString(text: string): Parsed<string | undefined> {
  if (text === '') return ok(undefined);
  return parseShortString(text);
}

export interface NameRules {
  kind: 'exchange' | 'queue' | 'other';
  /** The node's current name; keeping it is always allowed (a preset may use `amq.` names). */
  current: string;
  /** Names of the other nodes of the same kind. */
  taken: readonly string[];
}

export function parseName(text: string, rules: NameRules): Parsed<string> {
  if (text === rules.current) return ok(text);
  if (text === '') return err(rules.kind === 'exchange' ? 'default-exchange-name' : 'required');
  const long = parseShortString(text);
  if (!long.ok) return long;
  if (rules.kind !== 'other' && text.startsWith('amq.')) return err('reserved-amq');
  if (rules.kind === 'exchange' && rules.taken.includes(text)) return err('duplicate-exchange', { name: text });
  if (rules.kind === 'queue' && rules.taken.includes(text)) return err('duplicate-queue', { name: text });
  return ok(text);
}

export interface IntRange {
  min?: number;
  max?: number;
}

export function parseInteger(text: string, range: IntRange = {}): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return err('required');
  if (!/^[-+]?\d+$/.test(trimmed)) return err('not-integer');
  const n = Number(trimmed);
  const min = range.min ?? Number.MIN_SAFE_INTEGER;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (n < min) return err('below-min', { min });
  if (n > max) return err('above-max', { max });
  return ok(n);
}

/** An optional integer argument or property: empty means "not set". */
export function parseOptionalInteger(text: string, range: IntRange = {}): Parsed<number | undefined> {
  return text.trim() === '' ? ok(undefined) : parseInteger(text, range);
}

/** A decimal number such as a rate (0.5 messages a second); `positive` refuses 0 and below. */
export function parseNumber(text: string, range: { min?: number; max?: number; positive?: boolean } = {}): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return err('required');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return err('not-number');
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return err('not-number');
  if (range.positive && n <= 0) return err('not-positive');
  if (range.min !== undefined && n < range.min) return err('below-min', { min: range.min });
  if (range.max !== undefined && n > range.max) return err('above-max', { max: range.max });
  return ok(n);
}

/** The `expiration` property: a string of digits (ms); RabbitMQ refuses anything else with 406. */
export function parseExpiration(text: string): Parsed<string | undefined> {
  if (text === '') return ok(undefined);
  if (!/^\d+$/.test(text)) return err('not-digits');
  return parseShortString(text);
}

// Ranges from broker-semantics C and D.
export const RANGES = {
  uint32: { min: 0, max: 0xffff_ffff },
  /** x-expires must be positive: 0 is a 406. */
  expires: { min: 1, max: 0xffff_ffff },
  count: { min: 0 },
  maxPriority: { min: 1, max: 255 },
  messagePriority: { min: 0, max: 255 },
  /** -1 means unlimited. */
  deliveryLimit: { min: -1 },
  /** prefetch_count is a 16-bit field; 0 = unlimited. */
  prefetch: { min: 0, max: 65535 },
  consumerPriority: { min: -0x8000_0000, max: 0x7fff_ffff },
  timestamp: { min: 0 },
} as const satisfies Record<string, IntRange>;

// ---- payload ----

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes Base64 (whitespace ignored), or returns null when it is not valid Base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!BASE64_RE.test(clean)) return null;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const body = clean.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let k = 0;
  for (const ch of body) {
    acc = (acc << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export interface PayloadInfo {
  bytes: number;
}

/** Validates a payload in its form; an empty payload is a message with no body. */
export function parsePayload(kind: PayloadKind, text: string): Parsed<PayloadInfo> {
  if (text === '') return ok({ bytes: 0 });
  if (kind === 'base64') {
    const bytes = decodeBase64(text);
    return bytes ? ok({ bytes: bytes.length }) : err('base64');
  }
  if (kind === 'json') {
    const problem = checkJson(text);
    if (problem) return err('json', jsonParams(problem.problem, problem.line, problem.column, problem.char));
  }
  return ok({ bytes: utf8Length(text) });
}

function jsonParams(problem: JsonProblem, line: number, column: number, char: string) {
  return { problem, line, column, char };
}

/**
 * Changing how a payload is shown keeps its bytes: text and JSON are UTF-8, Base64 encodes them.
 * Refused when the bytes are not valid in the new form (not UTF-8 text, not JSON).
 */
export function convertPayload(from: PayloadKind, to: PayloadKind, text: string): Parsed<string> {
  if (from === to || text === '') return ok(text);
  let bytes: Uint8Array;
  if (from === 'base64') {
    const decoded = decodeBase64(text);
    if (!decoded) return err('base64');
    bytes = decoded;
  } else bytes = encoder.encode(text);
  if (to === 'base64') return ok(encodeBase64(bytes));
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err('not-utf8');
  }
  const check = parsePayload(to, decoded);
  return check.ok ? ok(decoded) : check;
}

// ---- typed values (headers, binding arguments) ----

export type ValueKind = TypedValue['kind'];

/** Reads the text of a typed value; void has no text. */
export function parseTypedValue(kind: ValueKind, text: string): Parsed<TypedValue> {
  switch (kind) {
    case 'string':
      // Table strings are long strings: no 255-byte limit.
      return ok({ kind, value: text });
    case 'int': {
      const n = parseInteger(text);
      return n.ok ? ok({ kind, value: n.value }) : n;
    }
    case 'float': {
      const n = parseNumber(text);
      return n.ok ? ok({ kind, value: n.value }) : n;
    }
    case 'bool':
      return ok({ kind, value: text === 'true' });
    case 'void':
      return ok({ kind });
  }
}

export function typedValueText(value: TypedValue): string {
  return value.kind === 'void' ? '' : String(value.value);
}

/** The value a row gets when its type changes: the old text if it still reads, else a default. */
export function retypeValue(value: TypedValue, kind: ValueKind): TypedValue {
  if (kind === value.kind) return value;
  const text = typedValueText(value);
  const fromText = kind === 'bool' ? null : parseTypedValue(kind, text);
  if (fromText?.ok) return fromText.value;
  switch (kind) {
    case 'string':
      return { kind, value: '' };
    case 'int':
    case 'float':
      return { kind, value: 0 };
    case 'bool':
      return { kind, value: true };
    case 'void':
      return { kind };
  }
}

/** A header or argument key: a non-empty short string, unique in its table. */
export function parseTableKey(text: string, otherKeys: readonly string[]): Parsed<string> {
  if (text === '') return err('required');
  const s = parseShortString(text);
  if (!s.ok) return s;
  if (otherKeys.includes(text)) return err('duplicate-key', { key: text });
  return ok(text);
}

/** A fresh key for a new row: header, header-2, ... */
export function freshKey(base: string, entries: readonly HeaderEntry[]): string {
  const keys = new Set(entries.map((e) => e.key));
  if (!keys.has(base)) return base;
  for (let i = 2; ; i++) if (!keys.has(`${base}-${i}`)) return `${base}-${i}`;
}

// ---- queue constraints across fields (C.10) ----

export interface QueueShape {
  durable: boolean;
  exclusive: boolean;
  quorum: boolean;
  overflow?: string;
}

/** Why a queue with these settings cannot exist, or null. */
export function queueShapeError(q: QueueShape): FieldError | null {
  if (!q.quorum) return null;
  if (!q.durable) return { code: 'quorum-durable' };
  if (q.exclusive) return { code: 'quorum-exclusive' };
  if (q.overflow === 'reject-publish-dlx') return { code: 'quorum-overflow' };
  return null;
}

// ---- schedule ----

/** Routing keys one per line; blank lines are dropped, each key is a short string. */
export function parseKeyList(text: string): Parsed<string[]> {
  const keys = text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
  for (const key of keys) {
    const s = parseShortString(key);
    if (!s.ok) return s;
  }
  return ok(keys);
}

export const SCHEDULE_LIMITS = {
  rate: { positive: true, max: 1000 },
  burst: { min: 1, max: 1000 },
  limit: { min: 0 },
} as const;
