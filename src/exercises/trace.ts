// Reads what happened to each test message out of a run's log: where it was routed, who got it,
// whether it came back, died, expired or was dropped, and what its copies carried. A message's
// "family" is the message plus every copy dead-lettering made of it (each copy is a new message).

import type { DeathReason, DropReason } from '../engine/amqp/events';
import type { FieldValue } from '../engine/amqp/field-values';
import type { Message } from '../engine/amqp/model';
import type { RunRecord } from './run';

export interface Delivery {
  readonly time: number;
  readonly queue: string;
  readonly messageId: number;
  readonly noAck: boolean;
  readonly channel: number;
}

export interface Death {
  readonly time: number;
  readonly from: string;
  readonly reason: DeathReason;
  readonly exchange: string;
  readonly newId: number;
  /** Queues the dead-lettered copy was routed to. */
  readonly routedTo: readonly string[];
}

export interface MessageTrace {
  readonly id: number | null;
  readonly family: ReadonlySet<number>;
  readonly published: Message | null;
  /** Queues of its first routing (empty when unroutable). */
  readonly routedTo: readonly string[];
  readonly enqueued: readonly { time: number; queue: string; messageId: number }[];
  readonly returnedTo: string | null;
  readonly returned: boolean;
  readonly deliveries: readonly Delivery[];
  /** Consumers (node ids) that handled it: acked it, or processed it under auto ack; and when. */
  readonly handled: readonly { consumer: string | null; time: number }[];
  readonly deaths: readonly Death[];
  readonly drops: readonly { time: number; queue: string | null; reason: DropReason }[];
  readonly expired: readonly { time: number; queue: string }[];
  /** Delivered with auto ack and never processed: lost with its consumer (node id, when known). */
  readonly lostUnderAutoAck: boolean;
  readonly lostWithConsumer: string | null;
  /** The newest copy seen anywhere (delivered, returned, still in a queue), for its x-death. */
  readonly latest: Message | null;
  /** Still in a queue (ready or unacked) at the end of the run. */
  readonly waitingIn: readonly string[];
}

export function traceMessages(run: RunRecord): MessageTrace[] {
  const consumers = channelConsumers(run);
  return run.messageIds.map((id) => traceOne(run, id, consumers));
}

/**
 * Which consumer (node id) reads on which channel: a delivery's message and tag, matched with the
 * consumer that received it. Lets a delivery be blamed on its consumer even if it never arrived.
 */
function channelConsumers(run: RunRecord): Map<number, string> {
  const channelOf = new Map<string, number>();
  const out = new Map<number, string>();
  for (const e of run.log) {
    if (e.source === 'broker' && e.event.type === 'delivered')
      channelOf.set(`${e.event.message.id}/${e.event.deliveryTag}`, e.event.channel);
    if (e.source === 'client' && e.event.type === 'consumer-received') {
      const ch = channelOf.get(`${e.event.messageId}/${e.event.deliveryTag}`);
      if (ch !== undefined) out.set(ch, e.event.consumerId);
    }
  }
  return out;
}

function traceOne(
  run: RunRecord,
  id: number | null,
  consumers: ReadonlyMap<number, string>,
): MessageTrace {
  const family = new Set<number>();
  if (id !== null) family.add(id);
  let published: Message | null = null;
  let routedTo: string[] = [];
  let returned = false;
  let returnedTo: string | null = null;
  const enqueued: { time: number; queue: string; messageId: number }[] = [];
  const deliveries: Delivery[] = [];
  const handled: { consumer: string | null; time: number }[] = [];
  const deaths: Death[] = [];
  const drops: { time: number; queue: string | null; reason: DropReason }[] = [];
  const expired: { time: number; queue: string }[] = [];
  const seen = new Map<number, Message>();
  /** Which consumer holds which delivery tag on which channel, for acks; from client events. */
  const settledBy = new Map<number, string>();
  const receivedBy = new Map<number, string>();
  let pendingDeath: Omit<Death, 'routedTo'> | null = null;

  if (id === null) return empty();

  for (const entry of run.log) {
    if (entry.source === 'client') {
      const e = entry.event;
      if (e.type === 'consumer-settled' && family.has(e.messageId) && e.action === 'ack')
        settledBy.set(e.messageId, e.consumerId);
      if (e.type === 'consumer-received' && family.has(e.messageId))
        receivedBy.set(e.messageId, e.consumerId);
      if (e.type === 'consumer-processed' && family.has(e.messageId) && e.autoAck)
        handled.push({ consumer: e.consumerId, time: entry.time });
      continue;
    }
    const e = entry.event;
    switch (e.type) {
      case 'published':
        if (e.message.id === id) {
          published = e.message;
          seen.set(e.message.id, e.message);
        }
        break;
      case 'routed':
        if (e.messageId === id && routedTo.length === 0 && !deaths.length) routedTo = [...e.queues];
        if (pendingDeath && e.messageId === pendingDeath.newId) {
          deaths.push({ ...pendingDeath, routedTo: [...e.queues] });
          pendingDeath = null;
        }
        break;
      case 'enqueued':
        if (family.has(e.messageId))
          enqueued.push({ time: entry.time, queue: e.queue, messageId: e.messageId });
        break;
      case 'returned':
        if (e.message.id === id) {
          returned = true;
          returnedTo = null;
          seen.set(e.message.id, e.message);
        }
        break;
      case 'delivered':
        if (family.has(e.message.id)) {
          deliveries.push({
            time: entry.time,
            queue: e.queue,
            messageId: e.message.id,
            noAck: e.noAck,
            channel: e.channel,
          });
          seen.set(e.message.id, e.message);
        }
        break;
      case 'acked':
        if (family.has(e.messageId))
          handled.push({ consumer: settledBy.get(e.messageId) ?? null, time: entry.time });
        break;
      case 'dead-lettered':
        if (family.has(e.messageId)) {
          family.add(e.newMessageId);
          pendingDeath = {
            time: entry.time,
            from: e.queue,
            reason: e.reason,
            exchange: e.exchange,
            newId: e.newMessageId,
          };
        }
        break;
      case 'dropped':
        if (family.has(e.messageId))
          drops.push({ time: entry.time, queue: e.queue, reason: e.reason });
        break;
      case 'expired':
        if (family.has(e.messageId)) expired.push({ time: entry.time, queue: e.queue });
        break;
      default:
        break;
    }
  }
  if (pendingDeath) deaths.push({ ...pendingDeath, routedTo: [] });

  const waitingIn: string[] = [];
  for (const q of run.snapshot.queues)
    for (const r of q.ready)
      if (family.has(r.message.id)) {
        waitingIn.push(q.name);
        seen.set(r.message.id, r.message);
      }
  for (const c of run.snapshot.connections)
    for (const ch of c.channels)
      for (const u of ch.unacked) if (family.has(u.messageId)) waitingIn.push(u.queue);

  // Auto ack settles a message as it is sent: if its consumer never finished it, nothing can
  // bring it back (it died with the consumer, or arrived while the consumer was down).
  let lostWithConsumer: string | null = null;
  let lostUnderAutoAck = false;
  if (handled.length === 0 && waitingIn.length === 0)
    for (const d of deliveries)
      if (d.noAck) {
        lostUnderAutoAck = true;
        lostWithConsumer =
          receivedBy.get(d.messageId) ?? consumers.get(d.channel) ?? lostWithConsumer;
      }

  let latest: Message | null = null;
  for (const m of seen.values()) if (!latest || m.id > latest.id) latest = m;
  if (returned) returnedTo = returnedProducer(run, id);

  return {
    id,
    family,
    published,
    routedTo,
    enqueued,
    returnedTo,
    returned,
    deliveries,
    handled,
    deaths,
    drops,
    expired,
    lostUnderAutoAck,
    lostWithConsumer,
    latest,
    waitingIn,
  };

  function empty(): MessageTrace {
    return {
      id: null,
      family,
      published: null,
      routedTo: [],
      enqueued: [],
      returnedTo: null,
      returned: false,
      deliveries: [],
      handled: [],
      deaths: [],
      drops: [],
      expired: [],
      lostUnderAutoAck: false,
      lostWithConsumer: null,
      latest: null,
      waitingIn: [],
    };
  }
}

/** The producer whose channel got the basic.return: the one that published it. */
function returnedProducer(run: RunRecord, id: number): string | null {
  let sender: string | null = null;
  for (const e of run.log) {
    if (e.source === 'client' && e.event.type === 'producer-sent') sender = e.event.producerId;
    if (e.source === 'broker' && e.event.type === 'published' && e.event.message.id === id)
      return sender;
    if (e.source === 'broker' && e.event.type === 'published') sender = null;
  }
  return null;
}

/** The x-death entries of a message, as plain records (newest first, as the broker keeps them). */
export function xDeath(m: Message | null): { queue: string; reason: string; count: number }[] {
  const raw = m?.properties.headers?.['x-death'];
  if (raw?.kind !== 'array') return [];
  const out: { queue: string; reason: string; count: number }[] = [];
  for (const v of raw.value) {
    if (v.kind !== 'table') continue;
    const get = (k: string): FieldValue | undefined =>
      Object.hasOwn(v.value, k) ? v.value[k] : undefined;
    const queue = get('queue');
    const reason = get('reason');
    const count = get('count');
    out.push({
      queue: queue?.kind === 'string' ? queue.value : '',
      reason: reason?.kind === 'string' ? reason.value : '',
      count: count?.kind === 'int' ? count.value : 0,
    });
  }
  return out;
}
