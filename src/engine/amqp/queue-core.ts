/**
 * Queue mechanics: the ready list (FIFO by seq, one level per priority), enqueue with overflow,
 * expiry at the head only (broker-semantics C.4), and dispatch to consumers by priority,
 * round-robin and prefetch (D.1, D.2).
 */
import { QueueEntry, type Consumer, type Message, type Queue } from './model';
import type { BrokerState } from './state';
import { deadLetter } from './dead-letter';

export function headEntry(q: Queue): QueueEntry | undefined {
  const lv = q.levels;
  if (lv.length === 1) return lv[0].peekFront();
  for (let p = lv.length - 1; p >= 0; p--) {
    const e = lv[p].peekFront();
    if (e !== undefined) return e;
  }
  return undefined;
}

export function popHead(q: Queue): QueueEntry | undefined {
  const lv = q.levels;
  for (let p = lv.length - 1; p >= 0; p--) {
    if (lv[p].length > 0) {
      const e = lv[p].shift()!;
      q.readyCount--;
      q.readyBytes -= e.msg.size;
      return e;
    }
  }
  return undefined;
}

function pushReady(q: Queue, e: QueueEntry): void {
  q.levels[e.priority].push(e);
  q.readyCount++;
  q.readyBytes += e.msg.size;
}

/** Puts a returned message back: classic queues at its original place (by seq), quorum (3.10) at the tail. */
export function putBack(q: Queue, e: QueueEntry): void {
  const d = q.levels[e.priority];
  q.readyCount++;
  q.readyBytes += e.msg.size;
  if (q.args.type === 'quorum') return d.push(e);
  let lo = 0;
  let hi = d.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.at(mid)!.seq < e.seq) lo = mid + 1;
    else hi = mid;
  }
  d.insertAt(lo, e);
}

/** Messages that are ready, in the order a consumer would get them (for snapshots and tests). */
export function readyEntries(q: Queue): QueueEntry[] {
  const out: QueueEntry[] = [];
  for (let p = q.levels.length - 1; p >= 0; p--) out.push(...q.levels[p].toArray());
  return out;
}

export function canAccept(c: Consumer): boolean {
  if (c.noAck) return true;
  const ch = c.channel;
  return (c.prefetch === 0 || c.unacked < c.prefetch) && (ch.prefetchGlobal === 0 || ch.consumerUnacked < ch.prefetchGlobal);
}

/** Round-robin: the consumer that just received goes to the tail of its priority level. */
export function moveToTail(q: Queue, c: Consumer): void {
  const cs = q.consumers;
  if (cs.length < 2) return;
  const i = cs.indexOf(c);
  if (i < 0) return;
  let j = i;
  while (j + 1 < cs.length && cs[j + 1].priority === c.priority) j++;
  if (j === i) return;
  cs.splice(i, 1);
  cs.splice(j, 0, c);
}

function pickConsumer(q: Queue): Consumer | undefined {
  if (q.args.singleActiveConsumer) {
    const a = q.active;
    return a !== null && canAccept(a) ? a : undefined;
  }
  const cs = q.consumers;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (canAccept(c)) return c;
    c.blocked = true;
  }
  return undefined;
}

function deliver(st: BrokerState, q: Queue, c: Consumer, e: QueueEntry): void {
  const ch = c.channel;
  const tag = ch.nextTag++;
  if (!c.noAck) {
    ch.unacked.set(tag, { tag, entry: e, queue: q.name, consumer: c });
    c.unacked++;
    ch.consumerUnacked++;
  }
  st.emit({
    type: 'delivered',
    queue: q.name,
    channel: ch.id,
    consumerTag: c.tag,
    deliveryTag: tag,
    redelivered: e.redelivered,
    noAck: c.noAck,
    message: e.msg,
    deliveryCount: q.args.type === 'quorum' ? e.deliveryCount : null,
  });
  if (!q.args.singleActiveConsumer) moveToTail(q, c);
}

/** Removes expired messages while they are at the head; never looks past the head. */
export function dropExpiredHeads(st: BrokerState, q: Queue): void {
  for (let e = headEntry(q); e !== undefined && e.expiresAt <= st.now; e = headEntry(q)) {
    popHead(q);
    st.emit({ type: 'expired', queue: q.name, messageId: e.msg.id });
    deadLetter(st, q, e, 'expired');
  }
}

function scheduleHeadTimer(st: BrokerState, q: Queue): void {
  const e = headEntry(q);
  if (e === undefined || e.expiresAt === Infinity || q.headTimerAt === e.expiresAt) return;
  q.headTimerAt = e.expiresAt;
  st.schedule(e.expiresAt, { kind: 'head-expiry', queue: q, at: e.expiresAt });
}

/** Delivers ready messages to consumers that can take them; call after any change to the queue. */
export function runQueue(st: BrokerState, q: Queue): void {
  if (q.deleted) return;
  for (;;) {
    dropExpiredHeads(st, q);
    if (q.readyCount === 0) break;
    const c = pickConsumer(q);
    if (c === undefined) break;
    deliver(st, q, c, popHead(q)!);
  }
  scheduleHeadTimer(st, q);
}

function overLimit(q: Queue): boolean {
  const a = q.args;
  return (a.maxLength !== null && q.readyCount > a.maxLength) || (a.maxLengthBytes !== null && q.readyBytes > a.maxLengthBytes);
}

/** drop-head: removes from the head until within limits, dead-lettering with reason maxlen. */
export function enforceLimits(st: BrokerState, q: Queue): void {
  if (q.args.overflow !== 'drop-head') return;
  while (q.readyCount > 0 && overLimit(q)) {
    const e = popHead(q)!;
    deadLetter(st, q, e, 'maxlen', 'overflow');
  }
}

function parseExpiration(msg: Message): number | null {
  const exp = msg.properties.expiration;
  return exp === undefined ? null : Number(exp);
}

/**
 * Offers a new message to a queue. Returns false when the queue refuses it (reject-publish*),
 * which makes the publisher's confirm a nack.
 */
export function enqueue(st: BrokerState, q: Queue, msg: Message): boolean {
  const a = q.args;
  if (a.overflow !== 'drop-head') {
    const full =
      (a.maxLength !== null && q.readyCount + 1 > a.maxLength) || (a.maxLengthBytes !== null && q.readyBytes + msg.size > a.maxLengthBytes);
    if (full) {
      const e = new QueueEntry(msg, q.nextSeq++, Infinity, false, 0, 0);
      if (a.overflow === 'reject-publish-dlx') deadLetter(st, q, e, 'maxlen', 'overflow');
      else st.emit({ type: 'dropped', messageId: msg.id, queue: q.name, reason: 'overflow' });
      return false;
    }
  }
  let ttl = a.messageTtl;
  const exp = parseExpiration(msg);
  if (exp !== null) ttl = ttl === null ? exp : Math.min(ttl, exp);
  const priority = a.maxPriority === null ? 0 : Math.min(msg.properties.priority ?? 0, a.maxPriority);
  const e = new QueueEntry(msg, q.nextSeq++, ttl === null ? Infinity : st.now + ttl, false, 0, priority);
  st.emit({ type: 'enqueued', messageId: msg.id, queue: q.name, seq: e.seq });
  if (q.readyCount === 0) {
    const c = pickConsumer(q);
    if (c !== undefined) {
      deliver(st, q, c, e);
      return true;
    }
  }
  pushReady(q, e);
  enforceLimits(st, q);
  runQueue(st, q);
  return true;
}
