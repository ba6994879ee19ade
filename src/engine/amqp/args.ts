/**
 * Queue and exchange arguments: validation on declare and equivalence on redeclare, with
 * RabbitMQ 3.10's texts (rabbit_amqqueue declare_args, rabbit_misc assert_args_equivalence).
 */
import { amqpError } from './errors';
import { typeName, type FieldTable, type FieldValue } from './field-values';
import type { Overflow, QueueArgs, QueueType } from './model';

type Check = (v: FieldValue, args: FieldTable) => string | null;

const isInt = (v: FieldValue): v is Extract<FieldValue, { kind: 'int' }> => v.kind === 'int';

const intArg =
  (extra: (n: number) => string | null): Check =>
  (v) =>
    isInt(v) ? extra(v.value) : `"expected integer, got ${typeName(v)}"`;

const nonNeg = intArg((n) => (n < 0 ? `{value_negative,${n}}` : null));
const stringArg =
  (extra: (s: string, args: FieldTable) => string | null): Check =>
  (v, args) =>
    v.kind === 'string' ? extra(v.value, args) : `"expected string, got ${typeName(v)}"`;

/** In RabbitMQ's declare_args order, which decides which error is reported first. */
const DECLARE_ARGS: readonly (readonly [string, Check])[] = [
  ['x-expires', intArg((n) => (n === 0 ? '{value_zero,0}' : n < 0 ? `{value_negative,${n}}` : null))],
  ['x-message-ttl', nonNeg],
  ['x-dead-letter-exchange', stringArg(() => null)],
  ['x-dead-letter-routing-key', stringArg((_s, args) => ('x-dead-letter-exchange' in args ? null : 'routing_key_but_no_dlx_defined'))],
  ['x-max-length', nonNeg],
  ['x-max-length-bytes', nonNeg],
  ['x-max-in-memory-length', nonNeg],
  ['x-max-in-memory-bytes', nonNeg],
  ['x-max-priority', intArg((n) => (n < 0 ? `{value_negative,${n}}` : n > 255 ? `{max_value_exceeded,${n}}` : null))],
  ['x-overflow', stringArg((s) => (s === 'drop-head' || s === 'reject-publish' || s === 'reject-publish-dlx' ? null : 'invalid_overflow'))],
  ['x-queue-mode', stringArg((s) => (s === 'default' || s === 'lazy' ? null : 'invalid_queue_mode'))],
  ['x-single-active-consumer', (v) => (v.kind === 'bool' ? null : `"expected boolean, got ${typeName(v)}"`)],
  ['x-queue-type', stringArg((s) => (s === 'classic' || s === 'quorum' ? null : `{unsupported_queue_type,<<"${s}">>}`))],
  ['x-delivery-limit', nonNeg],
];

export function validateQueueArgs(queue: string, vhost: string, args: FieldTable): void {
  for (const [key, check] of DECLARE_ARGS) {
    const v = args[key];
    if (v === undefined) continue;
    const err = check(v, args);
    if (err !== null) throw amqpError(406, `invalid arg '${key}' for queue '${queue}' in vhost '${vhost}': ${err}`);
  }
}

const num = (args: FieldTable, k: string): number | null => {
  const v = args[k];
  return v !== undefined && v.kind === 'int' ? v.value : null;
};

export function parseQueueArgs(args: FieldTable): QueueArgs {
  const s = (k: string): string | null => {
    const v = args[k];
    return v !== undefined && v.kind === 'string' ? v.value : null;
  };
  const sac = args['x-single-active-consumer'];
  return {
    messageTtl: num(args, 'x-message-ttl'),
    expires: num(args, 'x-expires'),
    maxLength: num(args, 'x-max-length'),
    maxLengthBytes: num(args, 'x-max-length-bytes'),
    overflow: (s('x-overflow') ?? 'drop-head') as Overflow,
    deadLetterExchange: s('x-dead-letter-exchange'),
    deadLetterRoutingKey: s('x-dead-letter-routing-key'),
    maxPriority: num(args, 'x-max-priority'),
    singleActiveConsumer: sac !== undefined && sac.kind === 'bool' && sac.value,
    type: (s('x-queue-type') ?? 'classic') as QueueType,
    deliveryLimit: num(args, 'x-delivery-limit'),
  };
}

/** rabbit_misc val/1: how a received or current value is printed in an inequivalence text. */
function val(v: FieldValue | undefined, withType: boolean): string {
  if (v === undefined) return 'none';
  const shown = v.kind === 'string' || v.kind === 'int' || v.kind === 'float' || v.kind === 'bool' ? String(v.value) : typeName(v);
  return withType ? `the value '${shown}' of type '${typeName(v)}'` : `'${shown}'`;
}

const typeClass = (v: FieldValue): string => (v.kind === 'int' ? 'int' : v.kind === 'float' ? 'float' : typeName(v));

function sameArg(a: FieldValue, b: FieldValue): boolean {
  if (typeClass(a) !== typeClass(b)) return false;
  if (a.kind === 'void' || b.kind === 'void') return a.kind === b.kind;
  return 'value' in a && 'value' in b && JSON.stringify(a.value) === JSON.stringify(b.value);
}

/** Compares `keys` of current vs requested arguments; 406 on the first difference. */
export function assertArgsEquivalent(
  current: FieldTable,
  requested: FieldTable,
  what: string,
  keys: readonly string[],
  defaults: FieldTable = {},
): void {
  for (const key of keys) {
    const cur = current[key] ?? defaults[key];
    const req = requested[key] ?? defaults[key];
    if (cur === undefined && req === undefined) continue;
    if (cur !== undefined && req !== undefined && sameArg(cur, req)) continue;
    const both = cur !== undefined && req !== undefined;
    throw amqpError(406, `inequivalent arg '${key}' for ${what}: received ${val(req, !both)} but current is ${val(cur, !both)}`);
  }
}

export const QUEUE_EQUIVALENCE_KEYS = DECLARE_ARGS.map(([k]) => k);

export function fieldEquivalence(current: boolean | string, requested: boolean | string, key: string, what: string): void {
  if (current !== requested) throw amqpError(406, `inequivalent arg '${key}' for ${what}: received '${requested}' but current is '${current}'`);
}
