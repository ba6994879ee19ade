// An exercise as an instructor shares it: their own words, a starting scenario, locked parts and a
// check, in a versioned plain-JSON document. restoreExercise() is the one way such a document
// comes back in: field by field into fresh objects, no casts, every cap checked, the scenario
// through restoreScenario(), every problem a coded issue with a path (the same codes and words as
// scenario files, so the UI explains them the same way).

import type { DeathReason } from '../engine/amqp/events';
import type { RestoreIssue } from '../scenario/restore-issues';
import { restoreScenario } from '../scenario/restore';
import { LIMITS, VALUE_LIMITS } from '../scenario/restore-limits';
import {
  field,
  isRecord,
  join,
  readArray,
  readEnum,
  readHeaders,
  readInt,
  readObject,
  readOptionalEnum,
  readOptionalInt,
  readOptionalString,
  readString,
  report,
  type Sink,
} from '../scenario/restore-values';
import type { ExchangeType, PayloadKind, Scenario } from '../scenario/types';
import { scenarioToPlain } from '../scenario/file-io';
import { LEVELS, type CheckSpec, type CheckedProperty, type Exercise, type Expectation, type Level, type Locks, type QueueFlag, type RunAction, type TestMessage, type Via } from './types';

export const EXERCISE_FORMAT = 'brokerlab-exercise';
export const EXERCISE_VERSION = 1;

/** Caps on a shared exercise, on top of the scenario's own (restore-limits.ts). */
export const EXERCISE_LIMITS = {
  title: 200,
  goal: 4000,
  hints: 10,
  hint: 1000,
  messages: 100,
  actions: 20,
  expectations: 200,
  listItems: 100,
  runMs: { min: 1, max: 300_000 },
  count: { min: 0, max: 10_000 },
} as const;

export interface ExerciseDocument {
  readonly title: string;
  readonly goal: string;
  readonly level: Level;
  readonly hints: readonly string[];
  readonly start: Scenario;
  readonly locked: Locks;
  readonly check: CheckSpec;
}

export function exerciseToPlain(d: ExerciseDocument) {
  return {
    format: EXERCISE_FORMAT,
    version: EXERCISE_VERSION,
    title: d.title,
    goal: d.goal,
    level: d.level,
    hints: d.hints,
    start: scenarioToPlain(d.start),
    locked: d.locked,
    check: d.check,
  };
}

/** The exercise a student opens from a document; `id` keeps its progress apart from others'. */
export function exerciseFromDocument(d: ExerciseDocument, id: string): Exercise {
  return {
    id,
    level: d.level,
    section: null,
    title: { text: d.title },
    goal: { text: d.goal },
    start: d.start,
    locked: d.locked,
    hints: d.hints.map((text) => ({ text })),
    check: d.check,
  };
}

export type ExerciseRestore = { ok: true; document: ExerciseDocument; warnings: RestoreIssue[] } | { ok: false; errors: RestoreIssue[] };

export function restoreExercise(input: unknown): ExerciseRestore {
  try {
    return restore(input);
  } catch {
    return { ok: false, errors: [{ code: 'doc.unreadable', path: '' }] };
  }
}

const NAME = LIMITS.shortString;
const DEATH_REASONS: readonly DeathReason[] = ['rejected', 'expired', 'maxlen', 'delivery_limit'];
const EXCHANGE_TYPES: readonly ExchangeType[] = ['direct', 'fanout', 'topic', 'headers'];
const PAYLOAD_KINDS: readonly PayloadKind[] = ['json', 'text', 'base64'];
const FLAGS: readonly QueueFlag[] = ['durable', 'exclusive', 'autoDelete'];
const PROPERTIES: readonly CheckedProperty[] = ['contentType', 'type', 'deliveryMode'];
const ACTIONS = ['crash-consumer', 'restart-broker', 'close-connection'] as const;
const EXPECTATION_KINDS = [
  'route',
  'returned',
  'dead-letter',
  'death-count',
  'deliveries',
  'not-lost',
  'handled',
  'holds',
  'queue-gone',
  'delivery-order',
  'max-in-flight',
  'min-handled',
  'expired',
  'payload',
  'property',
  'exchange-type',
  'via-default',
  'exchange-binding',
  'no-binding',
  'queue-flag',
] as const satisfies readonly Expectation['kind'][];

function restore(input: unknown): ExerciseRestore {
  if (!isRecord(input)) return { ok: false, errors: [{ code: 'doc.not-object', path: '' }] };
  const format = field(input, 'format');
  if (format !== EXERCISE_FORMAT) return { ok: false, errors: [{ code: 'value.not-one-of', path: 'format', params: { allowed: EXERCISE_FORMAT } }] };
  const version = field(input, 'version');
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return { ok: false, errors: [{ code: 'doc.version.invalid', path: 'version' }] };
  if (version > EXERCISE_VERSION)
    return { ok: false, errors: [{ code: 'doc.version.newer', path: 'version', params: { version, supported: EXERCISE_VERSION } }] };

  const errors: Sink = [];
  const title = readString(errors, field(input, 'title'), 'title', '', EXERCISE_LIMITS.title);
  const goal = readString(errors, field(input, 'goal'), 'goal', '', EXERCISE_LIMITS.goal);
  if (goal.trim() === '' && !errors.some((e) => e.path === 'goal')) report(errors, 'value.empty', 'goal');
  const level = readEnum(errors, field(input, 'level'), 'level', 'easy', LEVELS);
  const hints = readArray(errors, field(input, 'hints'), 'hints', EXERCISE_LIMITS.hints).map((h, i) =>
    readString(errors, h, join('hints', i), '', EXERCISE_LIMITS.hint),
  );

  const rawStart = field(input, 'start');
  const restored = restoreScenario(rawStart);
  if (!restored.ok) {
    for (const e of restored.errors) errors.push({ ...e, path: e.path ? `start.${e.path}` : 'start' });
    return { ok: false, errors };
  }
  const start = restored.scenario;
  const warnings = restored.warnings.map((w) => ({ ...w, path: w.path ? `start.${w.path}` : 'start' }));

  const locked = readLocks(errors, field(input, 'locked'), start);
  const check = readCheck(errors, field(input, 'check'));
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };
  return { ok: true, document: { title, goal, level, hints, start, locked, check }, warnings };
}

function readLocks(sink: Sink, raw: unknown, start: Scenario): Locks {
  const obj = readObject(sink, raw, 'locked') ?? {};
  const ids = (key: 'nodes' | 'edges', known: readonly { id: string }[]) =>
    readArray(sink, field(obj, key), join('locked', key), LIMITS[key]).flatMap((v, i) => {
      const path = join(join('locked', key), i);
      const id = readString(sink, v, path, '', LIMITS.idChars);
      if (!known.some((x) => x.id === id)) {
        report(sink, 'value.not-one-of', path, { allowed: known.slice(0, 20).map((x) => x.id).join(', ') });
        return [];
      }
      return [id];
    });
  return { nodes: ids('nodes', start.nodes), edges: ids('edges', start.edges) };
}

function readCheck(sink: Sink, raw: unknown): CheckSpec {
  const obj = readObject(sink, raw, 'check') ?? {};
  const runMs = readInt(sink, field(obj, 'runMs'), 'check.runMs', 10_000, EXERCISE_LIMITS.runMs);
  const at = (v: unknown, path: string) => readInt(sink, v, path, 0, { min: 0, max: runMs });
  const messages = readArray(sink, field(obj, 'messages'), 'check.messages', EXERCISE_LIMITS.messages).map((m, i) =>
    readMessage(sink, m, join('check.messages', i), at),
  );
  const actions = readArray(sink, field(obj, 'actions'), 'check.actions', EXERCISE_LIMITS.actions).flatMap((a, i) => {
    const r = readAction(sink, a, join('check.actions', i), at);
    return r ? [r] : [];
  });
  const expect = readArray(sink, field(obj, 'expect'), 'check.expect', EXERCISE_LIMITS.expectations).flatMap((e, i) => {
    const r = readExpectation(sink, e, join('check.expect', i), messages.length);
    return r ? [r] : [];
  });
  return { messages, actions, runMs, expect };
}

type At = (v: unknown, path: string) => number;

/** `{ key: value }` when the value was given, `{}` otherwise: optional fields stay absent. */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  const out: { [P in K]?: V } = {};
  if (value !== undefined) out[key] = value;
  return out;
}

function readMessage(sink: Sink, raw: unknown, path: string, at: At): TestMessage {
  const o = readObject(sink, raw, path) ?? {};
  const viaPath = join(path, 'via');
  const viaObj = readObject(sink, field(o, 'via'), viaPath) ?? {};
  const producer = readOptionalString(sink, field(viaObj, 'producer'), join(viaPath, 'producer'), NAME);
  const exchange = readOptionalString(sink, field(viaObj, 'exchange'), join(viaPath, 'exchange'), NAME);
  let via: Via = { producer: producer ?? '' };
  if (producer === undefined && exchange !== undefined) via = { exchange };
  else if (producer === undefined) report(sink, 'value.empty', viaPath);

  const pp = join(path, 'properties');
  const p = readObject(sink, field(o, 'properties'), pp);
  const deliveryMode = p && readOptionalInt(sink, field(p, 'deliveryMode'), join(pp, 'deliveryMode'), { min: 1, max: 2 });
  const properties = p && {
    ...opt('priority', readOptionalInt(sink, field(p, 'priority'), join(pp, 'priority'), { min: 0, max: 255 })),
    ...opt('expiration', readOptionalString(sink, field(p, 'expiration'), join(pp, 'expiration'), NAME)),
    ...opt('deliveryMode', deliveryMode === 1 ? (1 as const) : deliveryMode === 2 ? (2 as const) : undefined),
    ...opt('contentType', readOptionalString(sink, field(p, 'contentType'), join(pp, 'contentType'), NAME)),
    ...opt('type', readOptionalString(sink, field(p, 'type'), join(pp, 'type'), NAME)),
  };
  const headersRaw = field(o, 'headers');
  return {
    via,
    at: at(field(o, 'at'), join(path, 'at')),
    ...opt('routingKey', readOptionalString(sink, field(o, 'routingKey'), join(path, 'routingKey'), NAME)),
    ...opt('headers', headersRaw === undefined ? undefined : readHeaders(sink, headersRaw, join(path, 'headers'), VALUE_LIMITS)),
    ...opt('properties', properties),
    ...opt('payloadKind', readOptionalEnum(sink, field(o, 'payloadKind'), join(path, 'payloadKind'), PAYLOAD_KINDS)),
    ...opt('payload', readOptionalString(sink, field(o, 'payload'), join(path, 'payload'), LIMITS.payloadBytes)),
    ...opt('label', readOptionalString(sink, field(o, 'label'), join(path, 'label'), NAME)),
  };
}

function readAction(sink: Sink, raw: unknown, path: string, at: At): RunAction | undefined {
  const o = readObject(sink, raw, path);
  if (!o) return undefined;
  const kind = readEnum(sink, field(o, 'kind'), join(path, 'kind'), 'restart-broker', ACTIONS);
  const when = at(field(o, 'at'), join(path, 'at'));
  if (kind === 'restart-broker') return { at: when, kind };
  return { at: when, kind, consumer: readString(sink, field(o, 'consumer'), join(path, 'consumer'), '', NAME) };
}

function readExpectation(sink: Sink, raw: unknown, path: string, messageCount: number): Expectation | undefined {
  const o = readObject(sink, raw, path);
  if (!o) return undefined;
  const before = sink.length;
  const kind = readEnum(sink, field(o, 'kind'), join(path, 'kind'), 'not-lost', EXPECTATION_KINDS);
  if (sink.length > before) return undefined;
  const msgIndex = { min: 0, max: Math.max(0, messageCount - 1) };
  const msg = () => {
    const p = join(path, 'msg');
    if (messageCount > 0) return readInt(sink, field(o, 'msg'), p, 0, msgIndex);
    report(sink, 'value.out-of-range', p, { min: 0, max: -1 });
    return 0;
  };
  const msgs = () => readArray(sink, field(o, 'msgs'), join(path, 'msgs'), EXERCISE_LIMITS.listItems).map((v, i) => readInt(sink, v, join(join(path, 'msgs'), i), 0, msgIndex));
  const name = (key: string) => readString(sink, field(o, key), join(path, key), '', NAME);
  const names = (key: string) => readArray(sink, field(o, key), join(path, key), EXERCISE_LIMITS.listItems).map((v, i) => readString(sink, v, join(join(path, key), i), '', NAME));
  const count = (key: string) => readInt(sink, field(o, key), join(path, key), 0, EXERCISE_LIMITS.count);
  const optCount = (key: string) => readOptionalInt(sink, field(o, key), join(path, key), EXERCISE_LIMITS.count);
  const ms = (key: string) => readInt(sink, field(o, key), join(path, key), 0, { min: 0, max: EXERCISE_LIMITS.runMs.max });
  const reason = () => readEnum(sink, field(o, 'reason'), join(path, 'reason'), 'rejected', DEATH_REASONS);

  switch (kind) {
    case 'route':
      return { kind, msg: msg(), queues: names('queues') };
    case 'returned':
      return { kind, msg: msg(), producer: name('producer') };
    case 'dead-letter':
      return { kind, msg: msg(), queue: name('queue'), from: name('from'), reason: reason() };
    case 'death-count':
      return { kind, msg: msg(), queue: name('queue'), reason: reason(), min: count('min') };
    case 'deliveries':
      return { kind, msg: msg(), queue: name('queue'), ...opt('min', optCount('min')), ...opt('max', optCount('max')), ...opt('minGapMs', optCount('minGapMs')) };
    case 'not-lost':
      return { kind };
    case 'handled': {
      const within = readOptionalInt(sink, field(o, 'within'), join(path, 'within'), { min: 0, max: EXERCISE_LIMITS.runMs.max });
      return within === undefined ? { kind } : { kind, within };
    }
    case 'holds':
      return { kind, queue: name('queue'), msgs: msgs() };
    case 'queue-gone':
      return { kind, queue: name('queue') };
    case 'delivery-order':
      return { kind, queue: name('queue'), msgs: msgs() };
    case 'max-in-flight':
      return { kind, consumer: name('consumer'), max: count('max') };
    case 'min-handled':
      return { kind, consumer: name('consumer'), min: count('min') };
    case 'expired':
      return { kind, msg: msg(), queue: name('queue'), minMs: ms('minMs'), maxMs: ms('maxMs') };
    case 'payload': {
      const form = readEnum(sink, field(o, 'form'), join(path, 'form'), 'json', ['json', 'empty'] as const);
      const fields = field(o, 'fields') === undefined ? undefined : names('fields');
      return fields === undefined ? { kind, msg: msg(), form } : { kind, msg: msg(), form, fields };
    }
    case 'property': {
      const value = field(o, 'value');
      const p = join(path, 'value');
      const v = typeof value === 'number' ? readInt(sink, value, p, 0, { min: 0, max: 255 }) : readString(sink, value, p, '', NAME);
      return { kind, msg: msg(), name: readEnum(sink, field(o, 'name'), join(path, 'name'), 'contentType', PROPERTIES), value: v };
    }
    case 'exchange-type':
      return { kind, exchange: name('exchange'), type: readEnum(sink, field(o, 'type'), join(path, 'type'), 'direct', EXCHANGE_TYPES) };
    case 'via-default':
      return { kind, producer: name('producer') };
    case 'exchange-binding':
    case 'no-binding':
      return { kind, source: name('source'), destination: name('destination') };
    case 'queue-flag': {
      const value = field(o, 'value');
      if (typeof value !== 'boolean') report(sink, 'value.not-boolean', join(path, 'value'));
      return { kind, queue: name('queue'), flag: readEnum(sink, field(o, 'flag'), join(path, 'flag'), 'durable', FLAGS), value: value === true };
    }
  }
}
