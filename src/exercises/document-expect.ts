// Reading one expectation of a shared exercise's check: one case per kind, each field checked
// and capped, message indexes checked against the messages the check publishes.

import type { DeathReason } from '../engine/amqp/events';
import { LIMITS } from '../scenario/restore-limits';
import {
  field,
  join,
  readArray,
  readEnum,
  readInt,
  readObject,
  readOptionalInt,
  readString,
  report,
  type Sink,
} from '../scenario/restore-values';
import type { ExchangeType } from '../scenario/types';
import type { CheckedProperty, Expectation, QueueFlag } from './types';

/** Caps shared with document.ts. */
export const LIST_ITEMS = 100;
export const COUNT = { min: 0, max: 10_000 } as const;
export const RUN_MS_MAX = 300_000;
const NAME = LIMITS.shortString;
const DEATH_REASONS: readonly DeathReason[] = ['rejected', 'expired', 'maxlen', 'delivery_limit'];
const EXCHANGE_TYPES: readonly ExchangeType[] = ['direct', 'fanout', 'topic', 'headers'];
const FLAGS: readonly QueueFlag[] = ['durable', 'exclusive', 'autoDelete'];
const PROPERTIES: readonly CheckedProperty[] = ['contentType', 'type', 'deliveryMode'];
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

export /** `{ key: value }` when the value was given, `{}` otherwise: optional fields stay absent. */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  const out: { [P in K]?: V } = {};
  if (value !== undefined) out[key] = value;
  return out;
}

export function readExpectation(
  sink: Sink,
  raw: unknown,
  path: string,
  messageCount: number,
): Expectation | undefined {
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
  const msgs = () =>
    readArray(sink, field(o, 'msgs'), join(path, 'msgs'), LIST_ITEMS).map((v, i) =>
      readInt(sink, v, join(join(path, 'msgs'), i), 0, msgIndex),
    );
  const name = (key: string) => readString(sink, field(o, key), join(path, key), '', NAME);
  const names = (key: string) =>
    readArray(sink, field(o, key), join(path, key), LIST_ITEMS).map((v, i) =>
      readString(sink, v, join(join(path, key), i), '', NAME),
    );
  const count = (key: string) => readInt(sink, field(o, key), join(path, key), 0, COUNT);
  const optCount = (key: string) => readOptionalInt(sink, field(o, key), join(path, key), COUNT);
  const ms = (key: string) =>
    readInt(sink, field(o, key), join(path, key), 0, { min: 0, max: RUN_MS_MAX });
  const reason = () =>
    readEnum(sink, field(o, 'reason'), join(path, 'reason'), 'rejected', DEATH_REASONS);

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
      return {
        kind,
        msg: msg(),
        queue: name('queue'),
        ...opt('min', optCount('min')),
        ...opt('max', optCount('max')),
        ...opt('minGapMs', optCount('minGapMs')),
      };
    case 'not-lost':
      return { kind };
    case 'handled': {
      const within = readOptionalInt(sink, field(o, 'within'), join(path, 'within'), {
        min: 0,
        max: RUN_MS_MAX,
      });
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
      const form = readEnum(sink, field(o, 'form'), join(path, 'form'), 'json', [
        'json',
        'empty',
      ] as const);
      const fields = field(o, 'fields') === undefined ? undefined : names('fields');
      return fields === undefined ? { kind, msg: msg(), form } : { kind, msg: msg(), form, fields };
    }
    case 'property': {
      const value = field(o, 'value');
      const p = join(path, 'value');
      const v =
        typeof value === 'number'
          ? readInt(sink, value, p, 0, { min: 0, max: 255 })
          : readString(sink, value, p, '', NAME);
      return {
        kind,
        msg: msg(),
        name: readEnum(sink, field(o, 'name'), join(path, 'name'), 'contentType', PROPERTIES),
        value: v,
      };
    }
    case 'exchange-type':
      return {
        kind,
        exchange: name('exchange'),
        type: readEnum(sink, field(o, 'type'), join(path, 'type'), 'direct', EXCHANGE_TYPES),
      };
    case 'via-default':
      return { kind, producer: name('producer') };
    case 'exchange-binding':
    case 'no-binding':
      return { kind, source: name('source'), destination: name('destination') };
    case 'queue-flag': {
      const value = field(o, 'value');
      if (typeof value !== 'boolean') report(sink, 'value.not-boolean', join(path, 'value'));
      return {
        kind,
        queue: name('queue'),
        flag: readEnum(sink, field(o, 'flag'), join(path, 'flag'), 'durable', FLAGS),
        value: value === true,
      };
    }
  }
}
