// An exercise as an instructor shares it: their own words, a starting scenario, locked parts and a
// check, in a versioned plain-JSON document. restoreExercise() is the one way such a document
// comes back in: field by field into fresh objects, no casts, every cap checked, the scenario
// through restoreScenario(), every problem a coded issue with a path (the same codes and words as
// scenario files, so the UI explains them the same way).

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
import type { PayloadKind, Scenario } from '../scenario/types';
import { scenarioToPlain } from '../scenario/file-io';
import { COUNT, LIST_ITEMS, opt, readExpectation, RUN_MS_MAX } from './document-expect';
import {
  LEVELS,
  type CheckSpec,
  type Exercise,
  type Level,
  type Locks,
  type RunAction,
  type TestMessage,
  type Via,
} from './types';

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
  listItems: LIST_ITEMS,
  runMs: { min: 1, max: RUN_MS_MAX },
  count: COUNT,
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

export type ExerciseRestore =
  | { ok: true; document: ExerciseDocument; warnings: RestoreIssue[] }
  | { ok: false; errors: RestoreIssue[] };

export function restoreExercise(input: unknown): ExerciseRestore {
  try {
    return restore(input);
  } catch {
    return { ok: false, errors: [{ code: 'doc.unreadable', path: '' }] };
  }
}

const NAME = LIMITS.shortString;
const PAYLOAD_KINDS: readonly PayloadKind[] = ['json', 'text', 'base64'];
const ACTIONS = ['crash-consumer', 'restart-broker', 'close-connection'] as const;

function restore(input: unknown): ExerciseRestore {
  if (!isRecord(input)) return { ok: false, errors: [{ code: 'doc.not-object', path: '' }] };
  const format = field(input, 'format');
  if (format !== EXERCISE_FORMAT)
    return {
      ok: false,
      errors: [{ code: 'value.not-one-of', path: 'format', params: { allowed: EXERCISE_FORMAT } }],
    };
  const version = field(input, 'version');
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return { ok: false, errors: [{ code: 'doc.version.invalid', path: 'version' }] };
  if (version > EXERCISE_VERSION)
    return {
      ok: false,
      errors: [
        {
          code: 'doc.version.newer',
          path: 'version',
          params: { version, supported: EXERCISE_VERSION },
        },
      ],
    };

  const errors: Sink = [];
  const title = readString(errors, field(input, 'title'), 'title', '', EXERCISE_LIMITS.title);
  const goal = readString(errors, field(input, 'goal'), 'goal', '', EXERCISE_LIMITS.goal);
  if (goal.trim() === '' && !errors.some((e) => e.path === 'goal'))
    report(errors, 'value.empty', 'goal');
  const level = readEnum(errors, field(input, 'level'), 'level', 'easy', LEVELS);
  const hints = readArray(errors, field(input, 'hints'), 'hints', EXERCISE_LIMITS.hints).map(
    (h, i) => readString(errors, h, join('hints', i), '', EXERCISE_LIMITS.hint),
  );

  const rawStart = field(input, 'start');
  const restored = restoreScenario(rawStart);
  if (!restored.ok) {
    for (const e of restored.errors)
      errors.push({ ...e, path: e.path ? `start.${e.path}` : 'start' });
    return { ok: false, errors };
  }
  const start = restored.scenario;
  const warnings = restored.warnings.map((w) => ({
    ...w,
    path: w.path ? `start.${w.path}` : 'start',
  }));

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
        report(sink, 'value.not-one-of', path, {
          allowed: known
            .slice(0, 20)
            .map((x) => x.id)
            .join(', '),
        });
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
  const messages = readArray(
    sink,
    field(obj, 'messages'),
    'check.messages',
    EXERCISE_LIMITS.messages,
  ).map((m, i) => readMessage(sink, m, join('check.messages', i), at));
  const actions = readArray(
    sink,
    field(obj, 'actions'),
    'check.actions',
    EXERCISE_LIMITS.actions,
  ).flatMap((a, i) => {
    const r = readAction(sink, a, join('check.actions', i), at);
    return r ? [r] : [];
  });
  const expect = readArray(
    sink,
    field(obj, 'expect'),
    'check.expect',
    EXERCISE_LIMITS.expectations,
  ).flatMap((e, i) => {
    const r = readExpectation(sink, e, join('check.expect', i), messages.length);
    return r ? [r] : [];
  });
  return { messages, actions, runMs, expect };
}

type At = (v: unknown, path: string) => number;

function readMessage(sink: Sink, raw: unknown, path: string, at: At): TestMessage {
  const o = readObject(sink, raw, path) ?? {};
  const viaPath = join(path, 'via');
  const viaObj = readObject(sink, field(o, 'via'), viaPath) ?? {};
  const producer = readOptionalString(
    sink,
    field(viaObj, 'producer'),
    join(viaPath, 'producer'),
    NAME,
  );
  const exchange = readOptionalString(
    sink,
    field(viaObj, 'exchange'),
    join(viaPath, 'exchange'),
    NAME,
  );
  let via: Via = { producer: producer ?? '' };
  if (producer === undefined && exchange !== undefined) via = { exchange };
  else if (producer === undefined) report(sink, 'value.empty', viaPath);

  const pp = join(path, 'properties');
  const p = readObject(sink, field(o, 'properties'), pp);
  const deliveryMode =
    p &&
    readOptionalInt(sink, field(p, 'deliveryMode'), join(pp, 'deliveryMode'), { min: 1, max: 2 });
  const properties = p && {
    ...opt(
      'priority',
      readOptionalInt(sink, field(p, 'priority'), join(pp, 'priority'), { min: 0, max: 255 }),
    ),
    ...opt(
      'expiration',
      readOptionalString(sink, field(p, 'expiration'), join(pp, 'expiration'), NAME),
    ),
    ...opt(
      'deliveryMode',
      deliveryMode === 1 ? (1 as const) : deliveryMode === 2 ? (2 as const) : undefined,
    ),
    ...opt(
      'contentType',
      readOptionalString(sink, field(p, 'contentType'), join(pp, 'contentType'), NAME),
    ),
    ...opt('type', readOptionalString(sink, field(p, 'type'), join(pp, 'type'), NAME)),
  };
  const headersRaw = field(o, 'headers');
  return {
    via,
    at: at(field(o, 'at'), join(path, 'at')),
    ...opt(
      'routingKey',
      readOptionalString(sink, field(o, 'routingKey'), join(path, 'routingKey'), NAME),
    ),
    ...opt(
      'headers',
      headersRaw === undefined
        ? undefined
        : readHeaders(sink, headersRaw, join(path, 'headers'), VALUE_LIMITS),
    ),
    ...opt('properties', properties),
    ...opt(
      'payloadKind',
      readOptionalEnum(sink, field(o, 'payloadKind'), join(path, 'payloadKind'), PAYLOAD_KINDS),
    ),
    ...opt(
      'payload',
      readOptionalString(sink, field(o, 'payload'), join(path, 'payload'), LIMITS.payloadBytes),
    ),
    ...opt('label', readOptionalString(sink, field(o, 'label'), join(path, 'label'), NAME)),
  };
}

function readAction(sink: Sink, raw: unknown, path: string, at: At): RunAction | undefined {
  const o = readObject(sink, raw, path);
  if (!o) return undefined;
  const kind = readEnum(sink, field(o, 'kind'), join(path, 'kind'), 'restart-broker', ACTIONS);
  const when = at(field(o, 'at'), join(path, 'at'));
  if (kind === 'restart-broker') return { at: when, kind };
  return {
    at: when,
    kind,
    consumer: readString(sink, field(o, 'consumer'), join(path, 'consumer'), '', NAME),
  };
}
