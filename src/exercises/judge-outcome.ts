// Expectations about what the system did with all the test messages: nothing lost, everything
// handled (in time), what queues hold at the end, delivery order, how consumers shared the work.

import type { QueueDeletedReason } from '../engine/amqp/events';
import type { Ctx } from './judge';
import type { RunRecord } from './run';
import type { MessageTrace } from './trace';
import type { Expectation } from './types';

type OutcomeExpectation = Extract<
  Expectation,
  {
    kind:
      | 'not-lost'
      | 'handled'
      | 'holds'
      | 'queue-gone'
      | 'delivery-order'
      | 'max-in-flight'
      | 'min-handled';
  }
>;

const seconds = (ms: number) => (Math.round(ms / 100) / 10).toString();

export function judgeOutcome(e: OutcomeExpectation, c: Ctx): void {
  const { fail, ref, traces } = c;
  switch (e.kind) {
    case 'not-lost':
      traces.forEach((t, i) => {
        if (t.id === null || t.handled.length > 0 || t.waitingIn.length > 0 || t.returned) return;
        lost(c, t, i);
      });
      return;
    case 'handled':
      traces.forEach((t, i) => {
        if (t.id === null) return;
        if (t.handled.length === 0) {
          if (t.waitingIn.length > 0)
            fail('ex.fail.handled.waiting', { msg: ref(i), queue: t.waitingIn[0] });
          else lost(c, t, i);
          return;
        }
        const done = Math.min(...t.handled.map((h) => h.time));
        if (e.within !== undefined && done > e.within)
          fail('ex.fail.handled.late', {
            msg: ref(i),
            time: seconds(done),
            within: seconds(e.within),
          });
      });
      return;
    case 'holds': {
      const q = c.run.snapshot.queues.find((x) => x.name === e.queue);
      if (!q) {
        queueGone(c, e.queue);
        return;
      }
      const want = new Set(e.msgs);
      traces.forEach((t, i) => {
        const inside = q.ready.some((r) => t.family.has(r.message.id));
        if (want.has(i) && !inside) {
          const drop = t.drops.at(-1);
          if (drop)
            fail('ex.fail.holds.missing-why', {
              msg: ref(i),
              queue: e.queue,
              why: { word: `ex.word.drop.${drop.reason}` },
            });
          else fail('ex.fail.holds.missing', { msg: ref(i), queue: e.queue });
        } else if (!want.has(i) && inside)
          fail('ex.fail.holds.extra', { msg: ref(i), queue: e.queue });
      });
      return;
    }
    case 'queue-gone':
      if (c.run.snapshot.queues.some((q) => q.name === e.queue))
        fail('ex.fail.queue-gone.still', { queue: e.queue });
      return;
    case 'delivery-order': {
      const first = new Map<number, number>();
      for (const i of e.msgs) {
        const d = traces[i].deliveries.find((x) => x.queue === e.queue);
        if (d) first.set(i, d.time);
      }
      const got = [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)! || a - b);
      if (got.length === e.msgs.length && got.every((m, k) => m === e.msgs[k])) return;
      fail('ex.fail.order', { queue: e.queue, got: got.map(ref), expected: e.msgs.map(ref) });
      return;
    }
    case 'max-in-flight': {
      const node = c.doc.nodes.find((n) => n.kind === 'consumer' && n.name === e.consumer);
      if (!node) {
        fail('ex.fail.consumer.absent', { consumer: e.consumer });
        return;
      }
      const held = maxInFlight(c.run, node.id);
      if (held > e.max)
        fail('ex.fail.in-flight', { consumer: e.consumer, count: held, max: e.max });
      return;
    }
    case 'min-handled': {
      const node = c.doc.nodes.find((n) => n.kind === 'consumer' && n.name === e.consumer);
      if (!node) {
        fail('ex.fail.consumer.absent', { consumer: e.consumer });
        return;
      }
      const count = traces.filter((t) => t.handled.some((h) => h.consumer === node.id)).length;
      if (count < e.min) fail('ex.fail.min-handled', { consumer: e.consumer, count, min: e.min });
      return;
    }
  }
}

function lost(c: Ctx, t: MessageTrace, i: number): void {
  const msg = c.ref(i);
  if (t.lostUnderAutoAck) {
    const consumer = c.doc.nodes.find((n) => n.id === t.lostWithConsumer)?.name;
    if (consumer) c.fail('ex.fail.lost.auto-ack', { msg, consumer });
    else c.fail('ex.fail.lost.auto-ack-unknown', { msg });
    return;
  }
  const drop = t.drops.at(-1);
  if (drop?.queue)
    c.fail('ex.fail.lost.dropped-in', {
      msg,
      queue: drop.queue,
      why: { word: `ex.word.drop.${drop.reason}` },
    });
  else if (drop)
    c.fail('ex.fail.lost.dropped', { msg, why: { word: `ex.word.drop.${drop.reason}` } });
  else c.fail('ex.fail.lost.unknown', { msg });
}

function queueGone(c: Ctx, queue: string): void {
  let reason: QueueDeletedReason | null = null;
  for (const e of c.run.log)
    if (e.source === 'broker' && e.event.type === 'queue-deleted' && e.event.queue === queue)
      reason = e.event.reason;
  if (reason) c.fail('ex.fail.queue.gone', { queue, why: { word: `ex.word.deleted.${reason}` } });
  else c.fail('ex.fail.queue.absent', { queue });
}

/** The most messages a consumer held at once: received and not yet settled or processed. */
function maxInFlight(run: RunRecord, consumerId: string): number {
  let held = 0;
  let max = 0;
  for (const e of run.log) {
    if (e.source !== 'client') continue;
    const ev = e.event;
    if (ev.type === 'consumer-received' && ev.consumerId === consumerId)
      max = Math.max(max, ++held);
    else if (ev.type === 'consumer-settled' && ev.consumerId === consumerId)
      held = Math.max(0, held - 1);
    else if (ev.type === 'consumer-processed' && ev.consumerId === consumerId && ev.autoAck)
      held = Math.max(0, held - 1);
    else if (ev.type === 'consumer-crashed' && ev.consumerId === consumerId) held = 0;
  }
  return max;
}
