/**
 * Queue lifecycle: declare (with validation and equivalence), delete (explicit, auto-delete,
 * x-expires, exclusive owner gone), purge, and exclusive-access checks (broker-semantics C.1, C.3).
 */
import { amqpError, notFound, resourceLocked, rs } from './errors';
import { str, type FieldTable } from './field-values';
import { Deque } from './deque';
import type { Channel, Queue, QueueEntry } from './model';
import type { BrokerState } from './state';
import type { QueueDeletedReason } from './events';
import { assertArgsEquivalent, fieldEquivalence, parseQueueArgs, QUEUE_EQUIVALENCE_KEYS, validateQueueArgs } from './args';
import { removeBinding } from './exchanges';
import { readyEntries } from './queue-core';
import { removeConsumer } from './consumers';

export function byteLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
    if (c >= 0xd800 && c <= 0xdbff) n -= 1;
  }
  return n;
}

export function checkName(name: string, kind: 'queue' | 'exchange' | 'routing key'): void {
  if (byteLength(name) > 255) throw amqpError(502, `${kind} name too long (max 255 bytes): ${byteLength(name)}`);
}

/** The channel's "last declared queue" shortcut for an empty queue name (C.1). */
export function expandQueueName(ch: Channel, name: string): string {
  if (name !== '') return name;
  if (ch.lastQueue === '') throw amqpError(404, 'no previously declared queue');
  return ch.lastQueue;
}

export function lookupQueue(st: BrokerState, name: string): Queue {
  const q = st.queues.get(name);
  if (q === undefined) throw notFound('queue', name, st.vhost);
  return q;
}

/** Only the owning connection may use an exclusive queue (405 otherwise). */
export function checkExclusive(st: BrokerState, q: Queue, ch: Channel): void {
  if (q.exclusiveOwner !== null && q.exclusiveOwner !== ch.connection.id) throw resourceLocked(q.name, st.vhost);
}

export interface QueueDeclare {
  queue: string;
  durable: boolean;
  exclusive: boolean;
  autoDelete: boolean;
  passive: boolean;
  arguments: FieldTable;
}

export function declareQueue(st: BrokerState, ch: Channel, d: QueueDeclare): Queue {
  checkName(d.queue, 'queue');
  if (d.passive) {
    const q = lookupQueue(st, expandQueueName(ch, d.queue));
    checkExclusive(st, q, ch);
    return q;
  }
  const name = d.queue === '' ? st.generatedName('amq.gen-') : d.queue;
  const existing = st.queues.get(name);
  if (existing !== undefined) {
    const what = rs('queue', name, st.vhost);
    const owner = d.exclusive ? ch.connection.id : null;
    if (existing.exclusiveOwner !== owner) throw resourceLocked(name, st.vhost);
    fieldEquivalence(existing.durable, d.durable, 'durable', what);
    fieldEquivalence(existing.autoDelete, d.autoDelete, 'auto_delete', what);
    assertArgsEquivalent(existing.arguments, d.arguments, what, QUEUE_EQUIVALENCE_KEYS, { 'x-queue-type': str('classic') });
    touchExpires(st, existing);
    return existing;
  }
  if (d.queue.startsWith('amq.')) throw amqpError(403, `queue name '${d.queue}' contains reserved prefix 'amq.*'`);
  validateQueueArgs(name, st.vhost, d.arguments);
  const args = parseQueueArgs(d.arguments);
  if (args.type === 'quorum') {
    if (!d.durable) throw amqpError(406, `invalid property 'non-durable' for ${rs('queue', name, st.vhost)}`);
    if (d.exclusive) throw amqpError(406, `invalid property 'exclusive-owner' for ${rs('queue', name, st.vhost)}`);
    if (d.autoDelete) throw amqpError(406, `invalid property 'auto-delete' for ${rs('queue', name, st.vhost)}`);
  }
  const levels = args.maxPriority === null ? 1 : args.maxPriority + 1;
  const q: Queue = {
    name,
    durable: d.durable,
    exclusiveOwner: d.exclusive ? ch.connection.id : null,
    autoDelete: d.autoDelete,
    arguments: d.arguments,
    args: args.type === 'quorum' ? { ...args, maxPriority: null } : args,
    levels: Array.from({ length: args.type === 'quorum' ? 1 : levels }, () => new Deque<QueueEntry>()),
    readyCount: 0,
    readyBytes: 0,
    nextSeq: 0,
    consumers: [],
    hadConsumer: false,
    active: null,
    inbound: new Set(),
    headTimerAt: -1,
    expiresAt: Infinity,
    visit: 0,
    deleted: false,
    declaredAt: st.now,
  };
  st.queues.set(name, q);
  st.emit({ type: 'queue-declared', queue: name });
  touchExpires(st, q);
  return q;
}

/** x-expires: any use restarts the lease; while consumers exist the queue cannot expire. */
export function touchExpires(st: BrokerState, q: Queue): void {
  const ttl = q.args.expires;
  if (ttl === null || q.deleted) return;
  if (q.consumers.length > 0) {
    q.expiresAt = Infinity;
    return;
  }
  q.expiresAt = st.now + ttl;
  st.schedule(q.expiresAt, { kind: 'queue-expires', queue: q, at: q.expiresAt });
}

/** Deletes a queue: bindings go (maybe auto-deleting exchanges), consumers are cancelled, messages discarded. */
export function deleteQueue(st: BrokerState, q: Queue, reason: QueueDeletedReason): number {
  if (q.deleted) return 0;
  const count = q.readyCount;
  q.deleted = true;
  st.queues.delete(q.name);
  for (const e of readyEntries(q)) st.emit({ type: 'dropped', messageId: e.msg.id, queue: q.name, reason: 'queue-deleted' });
  q.levels.forEach((l) => l.clear());
  q.readyCount = 0;
  q.readyBytes = 0;
  for (const c of [...q.consumers]) removeConsumer(st, c, true);
  for (const b of [...q.inbound]) removeBinding(st, b);
  st.emit({ type: 'queue-deleted', queue: q.name, reason, messages: count });
  return count;
}

export function deleteQueueCmd(st: BrokerState, ch: Channel, name: string, ifUnused: boolean, ifEmpty: boolean): number {
  const q = st.queues.get(expandQueueName(ch, name));
  if (q === undefined) return 0;
  checkExclusive(st, q, ch);
  if (ifUnused && q.consumers.length > 0) throw amqpError(406, `${rs('queue', q.name, st.vhost)} in use`);
  if (ifEmpty && q.readyCount > 0) throw amqpError(406, `${rs('queue', q.name, st.vhost)} not empty`);
  return deleteQueue(st, q, 'explicit');
}

export function purgeQueue(st: BrokerState, ch: Channel, name: string): number {
  const q = lookupQueue(st, expandQueueName(ch, name));
  checkExclusive(st, q, ch);
  const n = q.readyCount;
  for (const e of readyEntries(q)) st.emit({ type: 'dropped', messageId: e.msg.id, queue: q.name, reason: 'purged' });
  q.levels.forEach((l) => l.clear());
  q.readyCount = 0;
  q.readyBytes = 0;
  return n;
}
