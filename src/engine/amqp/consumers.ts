/**
 * basic.consume / basic.cancel / basic.qos, and consumer removal with its consequences:
 * single-active-consumer hand-over, auto-delete queues, x-expires leases (C.3, C.8, D.7, D.8).
 */
import { amqpError, rs } from './errors';
import { EMPTY_TABLE, type FieldTable } from './field-values';
import type { Channel, Consumer } from './model';
import type { BrokerState } from './state';
import { checkExclusive, deleteQueue, expandQueueName, lookupQueue, touchExpires } from './queues';
import { canAccept, moveToTail, runQueue } from './queue-core';

export interface ConsumeRequest {
  queue: string;
  consumerTag: string;
  noAck: boolean;
  exclusive: boolean;
  arguments: FieldTable;
}

export function consume(st: BrokerState, ch: Channel, r: ConsumeRequest): string {
  const q = lookupQueue(st, expandQueueName(ch, r.queue));
  checkExclusive(st, q, ch);
  const tag = r.consumerTag === '' ? st.generatedName('amq.ctag-') : r.consumerTag;
  if (ch.consumers.has(tag)) throw amqpError(530, `attempt to reuse consumer tag '${tag}'`);
  const classic = q.args.type === 'classic';
  if (classic && q.consumers.some((c) => c.exclusive)) throw amqpError(403, `${rs('queue', q.name, st.vhost)} in exclusive use`);
  if (classic && r.exclusive && (q.consumers.length > 0 || q.args.singleActiveConsumer)) {
    throw amqpError(403, `${rs('queue', q.name, st.vhost)} in exclusive use`);
  }
  const p = r.arguments['x-priority'];
  const c: Consumer = {
    tag,
    queue: q.name,
    channel: ch,
    noAck: r.noAck,
    exclusive: r.exclusive && classic,
    priority: p !== undefined && p.kind === 'int' ? p.value : 0,
    prefetch: ch.prefetchPerConsumer,
    arguments: r.arguments ?? EMPTY_TABLE,
    unacked: 0,
    blocked: false,
    order: st.consumerOrder++,
  };
  ch.consumers.set(tag, c);
  // Consumers are kept by priority (desc); a newcomer joins the tail of its level.
  let i = q.consumers.length;
  while (i > 0 && q.consumers[i - 1].priority < c.priority) i--;
  q.consumers.splice(i, 0, c);
  q.hadConsumer = true;
  if (q.args.singleActiveConsumer && q.active === null) q.active = c;
  q.expiresAt = Infinity;
  st.emit({ type: 'consumer-added', channel: ch.id, consumerTag: tag, queue: q.name });
  runQueue(st, q);
  return tag;
}

/**
 * Detaches a consumer from its queue and channel. Its unacked messages stay on the channel.
 * byServer: the queue is going away (consumer-cancel notification).
 */
export function removeConsumer(st: BrokerState, c: Consumer, byServer: boolean): void {
  c.channel.consumers.delete(c.tag);
  const q = st.queues.get(c.queue);
  st.emit({ type: 'consumer-cancelled', channel: c.channel.id, consumerTag: c.tag, queue: c.queue, byServer });
  if (q === undefined) return;
  const i = q.consumers.indexOf(c);
  if (i >= 0) q.consumers.splice(i, 1);
  if (q.deleted) return;
  if (q.active === c) q.active = q.consumers.length > 0 ? [...q.consumers].sort((a, b) => b.priority - a.priority || a.order - b.order)[0] : null;
  if (q.consumers.length === 0) {
    if (q.autoDelete && q.hadConsumer) {
      deleteQueue(st, q, 'auto-delete');
      return;
    }
    touchExpires(st, q);
  }
  runQueue(st, q);
}

export function cancel(st: BrokerState, ch: Channel, tag: string): void {
  const c = ch.consumers.get(tag);
  if (c !== undefined) removeConsumer(st, c, false);
}

export function qos(ch: Channel, prefetchCount: number, prefetchSize: number, global: boolean): void {
  if (prefetchSize !== 0) throw amqpError(540, `prefetch_size!=0 (${prefetchSize})`);
  if (global) ch.prefetchGlobal = prefetchCount;
  else ch.prefetchPerConsumer = prefetchCount;
}

/** After acks free capacity, blocked consumers of this channel rejoin the rotation and get messages. */
export function unblockChannel(st: BrokerState, ch: Channel): void {
  for (const c of ch.consumers.values()) {
    if (!c.blocked || !canAccept(c)) continue;
    c.blocked = false;
    const q = st.queues.get(c.queue);
    if (q === undefined) continue;
    moveToTail(q, c);
    runQueue(st, q);
  }
}
