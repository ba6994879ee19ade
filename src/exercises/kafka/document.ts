// A Kafka exercise as an instructor shares it: their own words, a starting scenario and a check
// (spec.ts), in a versioned plain-JSON document. restoreKafkaExercise() is the one way such a
// document comes back in (a link, a saved draft): field by field into fresh objects, no casts,
// every cap checked, the scenario through restoreKafkaScenario(), every problem a coded issue with
// a path, worded by the same describeKafkaIssue() as scenario files.

import type { KafkaIssue } from '../../scenario/kafka/issues';
import { KAFKA_LIMITS } from '../../scenario/kafka/limits';
import { kafkaScenarioToPlain, restoreKafkaScenario } from '../../scenario/kafka/restore';
import type { KafkaScenario } from '../../scenario/kafka/types';
import { field, isRecord, join, readArray, readEnum, readInt, readObject, readString, report, type Sink } from '../../scenario/restore-values';
import { LEVELS, type Level } from '../types';
import { ACTION_KINDS, EXPECT_KINDS, type KafkaAction, type KafkaCheckSpec, type KafkaExpect } from './spec';

export const KAFKA_EXERCISE_FORMAT = 'brokerlab-kafka-exercise';
export const KAFKA_EXERCISE_VERSION = 1;

export const KAFKA_EXERCISE_LIMITS = {
  title: 200,
  goal: 4000,
  hints: 10,
  hint: 1000,
  actions: 10,
  expect: 30,
  /** Simulated time a check may run (ms): long enough for slow pipelines, short enough to stay instant. */
  runMs: { min: 1000, max: 120_000 },
  count: { min: 0, max: 1_000_000 },
  partition: { min: 0, max: 11 },
  consumer: { min: 1, max: KAFKA_LIMITS.consumers },
} as const;

export interface KafkaExerciseDocument {
  readonly title: string;
  readonly goal: string;
  readonly level: Level;
  readonly hints: readonly string[];
  readonly start: KafkaScenario;
  /** Ids of the starting scenario's nodes a student may move but not change or delete (locks.ts). */
  readonly locked: readonly string[];
  readonly check: KafkaCheckSpec;
}

export function kafkaExerciseToPlain(d: KafkaExerciseDocument) {
  return {
    format: KAFKA_EXERCISE_FORMAT,
    version: KAFKA_EXERCISE_VERSION,
    title: d.title,
    goal: d.goal,
    level: d.level,
    hints: d.hints,
    start: kafkaScenarioToPlain(d.start),
    locked: d.locked,
    check: d.check,
  };
}

export type KafkaExerciseRestore = { ok: true; document: KafkaExerciseDocument; warnings: KafkaIssue[] } | { ok: false; errors: KafkaIssue[] };

export function restoreKafkaExercise(input: unknown): KafkaExerciseRestore {
  try {
    return restore(input);
  } catch {
    return { ok: false, errors: [{ code: 'doc.unreadable', path: '' }] };
  }
}

function restore(input: unknown): KafkaExerciseRestore {
  if (!isRecord(input)) return { ok: false, errors: [{ code: 'doc.not-object', path: '' }] };
  if (field(input, 'format') !== KAFKA_EXERCISE_FORMAT)
    return { ok: false, errors: [{ code: 'value.not-one-of', path: 'format', params: { allowed: KAFKA_EXERCISE_FORMAT } }] };
  const version = field(input, 'version');
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return { ok: false, errors: [{ code: 'doc.version.invalid', path: 'version' }] };
  if (version > KAFKA_EXERCISE_VERSION)
    return { ok: false, errors: [{ code: 'doc.version.newer', path: 'version', params: { version, supported: KAFKA_EXERCISE_VERSION } }] };

  const errors: Sink = [];
  const L = KAFKA_EXERCISE_LIMITS;
  const title = readString(errors, field(input, 'title'), 'title', '', L.title);
  if (title.trim() === '' && !errors.some((e) => e.path === 'title')) report(errors, 'value.empty', 'title');
  const goal = readString(errors, field(input, 'goal'), 'goal', '', L.goal);
  if (goal.trim() === '' && !errors.some((e) => e.path === 'goal')) report(errors, 'value.empty', 'goal');
  const level = readEnum(errors, field(input, 'level'), 'level', 'easy', LEVELS);
  const hints = readArray(errors, field(input, 'hints'), 'hints', L.hints).map((h, i) => readString(errors, h, join('hints', i), '', L.hint));

  const restored = restoreKafkaScenario(field(input, 'start'));
  if (!restored.ok) return { ok: false, errors: [...errors, ...restored.errors.map((e) => ({ ...e, path: e.path ? `start.${e.path}` : 'start' }))].slice(0, 50) };
  const warnings = restored.warnings.map((w) => ({ ...w, path: w.path ? `start.${w.path}` : 'start' }));

  const start = restored.scenario;
  const locked = readArray(errors, field(input, 'locked'), 'locked', KAFKA_LIMITS.nodes).flatMap((v, i) => {
    const path = join('locked', i);
    const id = readString(errors, v, path, '', KAFKA_LIMITS.idChars);
    if (start.nodes.some((n) => n.id === id)) return [id];
    if (!errors.some((e) => e.path === path)) report(errors, 'value.not-one-of', path, { allowed: start.nodes.slice(0, 20).map((n) => n.id).join(', ') });
    return [];
  });
  const check = readCheck(errors, field(input, 'check'));
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };
  return { ok: true, document: { title, goal, level, hints, start, locked: [...new Set(locked)], check }, warnings };
}

export function readCheck(sink: Sink, raw: unknown): KafkaCheckSpec {
  const L = KAFKA_EXERCISE_LIMITS;
  const obj = readObject(sink, raw, 'check') ?? {};
  const runMs = readInt(sink, field(obj, 'runMs'), 'check.runMs', 15_000, L.runMs);
  const actions = readArray(sink, field(obj, 'actions'), 'check.actions', L.actions).flatMap((a, i) => {
    const r = readAction(sink, a, join('check.actions', i), runMs);
    return r ? [r] : [];
  });
  const expect = readArray(sink, field(obj, 'expect'), 'check.expect', L.expect).flatMap((e, i) => {
    const r = readExpect(sink, e, join('check.expect', i));
    return r ? [r] : [];
  });
  if (expect.length === 0 && !sink.some((e) => e.path.startsWith('check'))) report(sink, 'value.empty', 'check.expect');
  return { runMs, actions, expect };
}

/** A node's name as the spec refers to it: non-empty, within Kafka's name limit. */
function readName(sink: Sink, obj: Record<string, unknown>, key: string, path: string): string {
  const p = join(path, key);
  const name = readString(sink, field(obj, key), p, '', KAFKA_LIMITS.name);
  if (name === '' && !sink.some((e) => e.path === p)) report(sink, 'value.empty', p);
  return name;
}

function readAction(sink: Sink, raw: unknown, path: string, runMs: number): KafkaAction | null {
  const obj = readObject(sink, raw, path);
  if (!obj) return null;
  const before = sink.length;
  const kind = readEnum(sink, field(obj, 'kind'), join(path, 'kind'), 'crash-consumer', ACTION_KINDS);
  if (sink.length > before) return null;
  const at = readInt(sink, field(obj, 'at'), join(path, 'at'), 0, { min: 0, max: runMs });
  switch (kind) {
    case 'crash-consumer':
      return { kind, at, group: readName(sink, obj, 'group', path), consumer: readInt(sink, field(obj, 'consumer'), join(path, 'consumer'), 1, KAFKA_EXERCISE_LIMITS.consumer) };
    case 'fail-leader':
      return { kind, at, topic: readName(sink, obj, 'topic', path), partition: readInt(sink, field(obj, 'partition'), join(path, 'partition'), 0, KAFKA_EXERCISE_LIMITS.partition) };
    case 'start-late':
      return { kind, at, group: readName(sink, obj, 'group', path) };
  }
}

function readExpect(sink: Sink, raw: unknown, path: string): KafkaExpect | null {
  const obj = readObject(sink, raw, path);
  if (!obj) return null;
  const before = sink.length;
  const kind = readEnum(sink, field(obj, 'kind'), join(path, 'kind'), 'records', EXPECT_KINDS);
  // An unknown kind says nothing about the other fields: one issue is enough.
  if (sink.length > before) return null;
  const name = (key: string) => readName(sink, obj, key, path);
  const count = (key: string, fallback = 0) => readInt(sink, field(obj, key), join(path, key), fallback, KAFKA_EXERCISE_LIMITS.count);
  switch (kind) {
    case 'records':
      return { kind, topic: name('topic'), min: count('min', 1) };
    case 'key-one-partition':
      return { kind, topic: name('topic') };
    case 'key-order':
      return { kind, group: name('group'), min: count('min', 1) };
    case 'consumers':
      return { kind, group: name('group'), min: count('min', 1) };
    case 'no-idle':
    case 'all-worked':
      return { kind, group: name('group') };
    case 'read-all':
      return { kind, group: name('group'), topic: name('topic') };
    case 'processed': {
      const min = count('min');
      const max = field(obj, 'max') === null || field(obj, 'max') === undefined ? null : count('max');
      if (max !== null && max < min) report(sink, 'value.out-of-range', join(path, 'max'), { min, max: KAFKA_EXERCISE_LIMITS.count.max });
      return { kind, group: name('group'), min, max };
    }
    case 'none-lost':
      return { kind };
    case 'all-in-log':
      return { kind, topic: name('topic') };
    case 'takeover':
      return { kind, group: name('group'), withinMs: readInt(sink, field(obj, 'withinMs'), join(path, 'withinMs'), 5000, KAFKA_EXERCISE_LIMITS.runMs) };
    case 'file-copy':
      return { kind, from: name('from'), to: name('to') };
    case 'file-lines':
      return { kind, file: name('file'), min: count('min', 1) };
    case 'one-per-key':
      return { kind, topic: name('topic'), min: count('min', 1) };
  }
}
