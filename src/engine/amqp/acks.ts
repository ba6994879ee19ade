/**
 * Consumer acknowledgements: ack, nack, reject, recover, and the requeue of every unacked
 * delivery when a channel closes (broker-semantics D.3-D.5, D.9).
 */
import { amqpError } from './errors';
import type { Channel, Unacked } from './model';
import type { BrokerState } from './state';
import { enforceLimits, putBack, runQueue } from './queue-core';
import { deadLetter } from './dead-letter';
import { unblockChannel } from './consumers';

/** rabbit_channel collect_acks: the exact tag must be outstanding; multiple takes all before it; 0+multiple = all. */
function collect(ch: Channel, tag: number, multiple: boolean): Unacked[] {
  if (multiple && tag === 0) return [...ch.unacked.values()];
  const hit = ch.unacked.get(tag);
  if (hit === undefined) throw amqpError(406, `unknown delivery tag ${tag}`);
  if (!multiple) return [hit];
  const out: Unacked[] = [];
  for (const u of ch.unacked.values()) if (u.tag <= tag) out.push(u);
  return out;
}

function release(ch: Channel, u: Unacked): void {
  ch.unacked.delete(u.tag);
  if (u.consumer !== null) {
    u.consumer.unacked--;
    ch.consumerUnacked--;
  }
}

export function ack(st: BrokerState, ch: Channel, tag: number, multiple: boolean): void {
  const list = collect(ch, tag, multiple);
  for (const u of list) {
    release(ch, u);
    st.emit({ type: 'acked', queue: u.queue, messageId: u.entry.msg.id, channel: ch.id, deliveryTag: u.tag });
  }
  unblockChannel(st, ch);
}

/** Returns deliveries to their queues (or dead-letters them); the queues then dispatch again. */
function settleNegative(st: BrokerState, ch: Channel, list: readonly Unacked[], requeue: boolean, kind: 'nacked' | 'rejected' | null): void {
  const touched = new Set<string>();
  for (const u of list) {
    release(ch, u);
    if (kind !== null) st.emit({ type: kind, queue: u.queue, messageId: u.entry.msg.id, channel: ch.id, deliveryTag: u.tag, requeue });
    const q = st.queues.get(u.queue);
    if (q === undefined || q.deleted) {
      st.emit({ type: 'dropped', messageId: u.entry.msg.id, queue: u.queue, reason: 'queue-deleted' });
      continue;
    }
    if (!requeue) {
      deadLetter(st, q, u.entry, 'rejected');
      continue;
    }
    const e = u.entry;
    e.redelivered = true;
    if (q.args.type === 'quorum') {
      e.deliveryCount++;
      if (q.args.deliveryLimit !== null && e.deliveryCount > q.args.deliveryLimit) {
        deadLetter(st, q, e, 'delivery_limit');
        continue;
      }
    }
    putBack(q, e);
    st.emit({ type: 'requeued', queue: q.name, messageId: e.msg.id });
    touched.add(q.name);
  }
  for (const name of touched) {
    const q = st.queues.get(name)!;
    enforceLimits(st, q);
    runQueue(st, q);
  }
  unblockChannel(st, ch);
}

export function nack(st: BrokerState, ch: Channel, tag: number, multiple: boolean, requeue: boolean): void {
  settleNegative(st, ch, collect(ch, tag, multiple), requeue, 'nacked');
}

export function reject(st: BrokerState, ch: Channel, tag: number, requeue: boolean): void {
  settleNegative(st, ch, collect(ch, tag, false), requeue, 'rejected');
}

export function recover(st: BrokerState, ch: Channel, requeue: boolean): void {
  if (!requeue) throw amqpError(540, 'requeue=false');
  settleNegative(st, ch, [...ch.unacked.values()], true, null);
}

/** Channel close: every unacked delivery goes back to its queue, redelivered=true. */
export function requeueAll(st: BrokerState, ch: Channel): void {
  if (ch.unacked.size > 0) settleNegative(st, ch, [...ch.unacked.values()], true, null);
}
