// Judges a run against a check's expectations. Every failure says what actually happened to which
// message, as an i18n key and parameters: "`notas.vendas.filial` reached `compras`; it should reach
// only `filial`", never just "wrong".

import type { QueueDeletedReason } from '../engine/amqp/events';
import type { HeaderEntry, Scenario } from '../scenario/types';
import type { RunRecord } from './run';
import { traceMessages, xDeath, type MessageTrace } from './trace';
import type { CheckSpec, Expectation, ExerciseKey, Failure, FailureParam, MsgRef, TestMessage } from './types';

function headerText(h: readonly HeaderEntry[]): string {
  return h.map((e) => `${e.key}=${e.value.kind === 'void' ? '' : String(e.value.value)}`).join(', ');
}

/** How feedback names each test message: its label, key or headers; "message n" when those repeat. */
export function messageLabels(messages: readonly TestMessage[]): (string | null)[] {
  const raw = messages.map((m) => m.label ?? (m.routingKey ? m.routingKey : m.headers?.length ? headerText(m.headers) : null));
  return raw.map((l) => (l !== null && raw.filter((x) => x === l).length === 1 ? l : null));
}

const seconds = (ms: number) => (Math.round(ms / 100) / 10).toString();

export function judge(spec: CheckSpec, run: RunRecord): Failure[] {
  const labels = messageLabels(spec.messages);
  const ref = (i: number): MsgRef => ({ msg: i + 1, label: labels[i] ?? null });
  const traces = traceMessages(run);
  const failures: Failure[] = [];
  const fail = (code: ExerciseKey, params: Record<string, FailureParam>) => failures.push({ code, params });
  const doc = run.doc;

  // Messages that never reached the broker explain every later failure about them: say so once.
  const unsent = new Set<number>();
  run.sends.forEach((s, i) => {
    if (s.kind === 'sent' && run.messageIds[i] !== null) return;
    unsent.add(i);
    if (s.kind === 'no-producer') fail('ex.fail.producer.absent', { producer: s.name });
    else if (s.kind === 'no-exchange-edge') fail('ex.fail.not-sent.no-edge', { producer: s.producer });
    else if (s.kind === 'refused') fail('ex.fail.not-sent.refused', { msg: ref(i), code: s.code, text: s.text });
    else fail('ex.fail.not-sent.lost', { msg: ref(i) });
  });
  for (const i of run.skippedActions) {
    const a = spec.actions[i];
    if (a.kind !== 'restart-broker') fail('ex.fail.action.no-consumer', { consumer: a.consumer });
  }
  const dedupe = new Set(failures.map((f) => JSON.stringify(f)));

  for (const e of spec.expect) {
    if ('msg' in e && unsent.has(e.msg)) continue;
    const before = failures.length;
    judgeOne(e, { spec, run, traces, ref, fail, doc });
    // "not-lost" and "handled" can both blame one message the same way: keep one line.
    for (const f of failures.splice(before)) {
      const k = JSON.stringify(f);
      if (!dedupe.has(k)) {
        dedupe.add(k);
        failures.push(f);
      }
    }
  }
  return failures;
}

interface Ctx {
  spec: CheckSpec;
  run: RunRecord;
  traces: MessageTrace[];
  ref: (i: number) => MsgRef;
  fail: (code: ExerciseKey, params: Record<string, FailureParam>) => void;
  doc: Scenario;
}

function judgeOne(e: Expectation, c: Ctx): void {
  const { fail, ref, traces } = c;
  switch (e.kind) {
    case 'route': {
      const t = traces[e.msg];
      const got = new Set(t.routedTo);
      const want = new Set(e.queues);
      const extra = [...got].filter((q) => !want.has(q));
      const missing = e.queues.filter((q) => !got.has(q));
      if (got.size === 0 && want.size > 0) {
        fail('ex.fail.route.unroutable', { msg: ref(e.msg), expected: e.queues });
        return;
      }
      for (const q of missing) fail('ex.fail.route.missing', { msg: ref(e.msg), queue: q });
      for (const q of extra)
        if (want.size === 0) fail('ex.fail.route.extra-none', { msg: ref(e.msg), queue: q });
        else fail('ex.fail.route.extra', { msg: ref(e.msg), queue: q, expected: e.queues });
      return;
    }
    case 'returned': {
      const t = traces[e.msg];
      if (t.returned && c.doc.nodes.some((n) => n.id === t.returnedTo && n.name === e.producer)) return;
      if (t.routedTo.length > 0) fail('ex.fail.returned.routed', { msg: ref(e.msg), producer: e.producer, queue: t.routedTo[0] });
      else fail('ex.fail.returned.dropped', { msg: ref(e.msg), producer: e.producer });
      return;
    }
    case 'dead-letter': {
      const t = traces[e.msg];
      const deaths = t.deaths.filter((d) => d.from === e.from && d.reason === e.reason);
      if (deaths.some((d) => d.routedTo.includes(e.queue))) return;
      const dlDrop = t.drops.find((d) => d.queue === e.from && (d.reason === 'no-dlx' || d.reason === 'dlx-missing'));
      const queueNode = c.doc.nodes.find((n) => n.kind === 'queue' && n.name === e.from);
      const dlx = queueNode?.kind === 'queue' ? (queueNode.args.deadLetterExchange ?? null) : null;
      if (deaths.length > 0) {
        const routed = deaths.flatMap((d) => d.routedTo);
        if (routed.length > 0) fail('ex.fail.dead-letter.elsewhere', { msg: ref(e.msg), queue: e.queue, got: [...new Set(routed)] });
        else
          fail('ex.fail.dead-letter.unrouted', {
            msg: ref(e.msg),
            exchange: deaths[0].exchange === '' ? { word: 'ex.word.default-exchange' } : deaths[0].exchange,
            queue: e.queue,
          });
      } else if (dlDrop?.reason === 'dlx-missing') {
        fail('ex.fail.dead-letter.dlx-missing', { msg: ref(e.msg), from: e.from, exchange: dlx ?? '' });
      } else if (dlDrop) {
        fail('ex.fail.dead-letter.no-dlx', { msg: ref(e.msg), from: e.from, reason: e.reason });
      } else {
        fail('ex.fail.dead-letter.never', { msg: ref(e.msg), from: e.from, reason: e.reason });
      }
      return;
    }
    case 'death-count': {
      const t = traces[e.msg];
      const entry = xDeath(t.latest).find((d) => d.queue === e.queue && d.reason === e.reason);
      const count = entry?.count ?? 0;
      if (count < e.min) fail('ex.fail.death-count', { msg: ref(e.msg), queue: e.queue, reason: e.reason, count, min: e.min });
      return;
    }
    case 'deliveries': {
      const ds = traces[e.msg].deliveries.filter((d) => d.queue === e.queue);
      if (e.min !== undefined && ds.length < e.min) fail('ex.fail.deliveries.few', { msg: ref(e.msg), queue: e.queue, count: ds.length, min: e.min });
      if (e.max !== undefined && ds.length > e.max) fail('ex.fail.deliveries.many', { msg: ref(e.msg), queue: e.queue, count: ds.length, max: e.max });
      if (e.minGapMs !== undefined)
        for (let i = 1; i < ds.length; i++) {
          const gap = ds[i].time - ds[i - 1].time;
          if (gap < e.minGapMs) {
            fail('ex.fail.deliveries.gap', { msg: ref(e.msg), queue: e.queue, gap: seconds(gap), min: seconds(e.minGapMs) });
            break;
          }
        }
      return;
    }
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
          if (t.waitingIn.length > 0) fail('ex.fail.handled.waiting', { msg: ref(i), queue: t.waitingIn[0] });
          else lost(c, t, i);
          return;
        }
        const done = Math.min(...t.handled.map((h) => h.time));
        if (e.within !== undefined && done > e.within)
          fail('ex.fail.handled.late', { msg: ref(i), time: seconds(done), within: seconds(e.within) });
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
          if (drop) fail('ex.fail.holds.missing-why', { msg: ref(i), queue: e.queue, why: { word: `ex.word.drop.${drop.reason}` } });
          else fail('ex.fail.holds.missing', { msg: ref(i), queue: e.queue });
        } else if (!want.has(i) && inside) fail('ex.fail.holds.extra', { msg: ref(i), queue: e.queue });
      });
      return;
    }
    case 'queue-gone':
      if (c.run.snapshot.queues.some((q) => q.name === e.queue)) fail('ex.fail.queue-gone.still', { queue: e.queue });
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
      if (held > e.max) fail('ex.fail.in-flight', { consumer: e.consumer, count: held, max: e.max });
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
    case 'expired': {
      const t = traces[e.msg];
      const x = t.expired.find((d) => d.queue === e.queue);
      const entered = t.enqueued.find((d) => d.queue === e.queue);
      if (!x || !entered) {
        fail('ex.fail.expired.never', { msg: ref(e.msg), queue: e.queue });
        return;
      }
      const after = x.time - entered.time;
      if (after < e.minMs) fail('ex.fail.expired.early', { msg: ref(e.msg), queue: e.queue, after: seconds(after), min: seconds(e.minMs) });
      else if (after > e.maxMs) fail('ex.fail.expired.late', { msg: ref(e.msg), queue: e.queue, after: seconds(after), max: seconds(e.maxMs) });
      return;
    }
    case 'payload': {
      const m = traces[e.msg].published;
      if (!m) return;
      if (e.form === 'empty') {
        if (m.size > 0) fail('ex.fail.payload.not-empty', { msg: ref(e.msg), size: m.size });
        return;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(m.body);
      } catch {
        fail('ex.fail.payload.not-json', { msg: ref(e.msg) });
        return;
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        fail('ex.fail.payload.not-object', { msg: ref(e.msg) });
        return;
      }
      for (const f of e.fields ?? []) if (!Object.hasOwn(parsed, f)) fail('ex.fail.payload.missing-field', { msg: ref(e.msg), field: f });
      return;
    }
    case 'property': {
      const m = traces[e.msg].published;
      if (!m) return;
      const value = m.properties[e.name];
      if (value === e.value) return;
      if (value === undefined) fail('ex.fail.property.missing', { msg: ref(e.msg), name: PROPERTY_NAMES[e.name], expected: e.value });
      else fail('ex.fail.property.wrong', { msg: ref(e.msg), name: PROPERTY_NAMES[e.name], value, expected: e.value });
      return;
    }
    case 'exchange-type': {
      const x = c.doc.nodes.find((n) => n.kind === 'exchange' && n.name === e.exchange);
      if (x?.kind !== 'exchange') fail('ex.fail.exchange.absent', { exchange: e.exchange });
      else if (x.type !== e.type) fail('ex.fail.exchange-type', { exchange: e.exchange, type: x.type, expected: e.type });
      return;
    }
    case 'via-default': {
      const p = c.doc.nodes.find((n) => n.kind === 'producer' && n.name === e.producer);
      if (!p) {
        fail('ex.fail.producer.absent', { producer: e.producer });
        return;
      }
      const edge = c.doc.edges.find((x) => x.kind === 'publish' && x.source === p.id);
      const target = edge && c.doc.nodes.find((n) => n.id === edge.target);
      if (!target) fail('ex.fail.not-sent.no-edge', { producer: e.producer });
      else if (target.kind === 'exchange') fail('ex.fail.via-default', { producer: e.producer, exchange: target.name });
      return;
    }
    case 'exchange-binding':
      if (!bindingBetween(c.doc, e.source, 'exchange', e.destination))
        fail('ex.fail.exchange-binding.missing', { source: e.source, destination: e.destination });
      return;
    case 'no-binding':
      if (bindingBetween(c.doc, e.source, 'queue', e.destination) || bindingBetween(c.doc, e.source, 'exchange', e.destination))
        fail('ex.fail.no-binding', { source: e.source, destination: e.destination });
      return;
    case 'queue-flag': {
      const q = c.doc.nodes.find((n) => n.kind === 'queue' && n.name === e.queue);
      if (q?.kind !== 'queue') fail('ex.fail.queue.absent', { queue: e.queue });
      else if (q[e.flag] !== e.value)
        fail(e.value ? 'ex.fail.queue-flag.on' : 'ex.fail.queue-flag.off', { queue: e.queue, flag: FLAG_NAMES[e.flag] });
      return;
    }
  }
}

const PROPERTY_NAMES = { contentType: 'content_type', type: 'type', deliveryMode: 'delivery_mode' } as const;
const FLAG_NAMES = { durable: 'durable', exclusive: 'exclusive', autoDelete: 'auto-delete' } as const;

function bindingBetween(doc: Scenario, source: string, kind: 'queue' | 'exchange', destination: string): boolean {
  const src = doc.nodes.find((n) => n.kind === 'exchange' && n.name === source);
  const dst = doc.nodes.find((n) => n.kind === kind && n.name === destination);
  return !!src && !!dst && doc.edges.some((e) => e.kind === 'binding' && e.source === src.id && e.target === dst.id);
}

/** Why a message that is nowhere and was handled by no one was lost, as specifically as the log allows. */
function lost(c: Ctx, t: MessageTrace, i: number): void {
  const msg = c.ref(i);
  if (t.lostUnderAutoAck) {
    const consumer = c.doc.nodes.find((n) => n.id === t.lostWithConsumer)?.name;
    if (consumer) c.fail('ex.fail.lost.auto-ack', { msg, consumer });
    else c.fail('ex.fail.lost.auto-ack-unknown', { msg });
    return;
  }
  const drop = t.drops.at(-1);
  if (drop?.queue) c.fail('ex.fail.lost.dropped-in', { msg, queue: drop.queue, why: { word: `ex.word.drop.${drop.reason}` } });
  else if (drop) c.fail('ex.fail.lost.dropped', { msg, why: { word: `ex.word.drop.${drop.reason}` } });
  else c.fail('ex.fail.lost.unknown', { msg });
}

function queueGone(c: Ctx, queue: string): void {
  let reason: QueueDeletedReason | null = null;
  for (const e of c.run.log) if (e.source === 'broker' && e.event.type === 'queue-deleted' && e.event.queue === queue) reason = e.event.reason;
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
    if (ev.type === 'consumer-received' && ev.consumerId === consumerId) max = Math.max(max, ++held);
    else if (ev.type === 'consumer-settled' && ev.consumerId === consumerId) held = Math.max(0, held - 1);
    else if (ev.type === 'consumer-processed' && ev.consumerId === consumerId && ev.autoAck) held = Math.max(0, held - 1);
    else if (ev.type === 'consumer-crashed' && ev.consumerId === consumerId) held = 0;
  }
  return max;
}
