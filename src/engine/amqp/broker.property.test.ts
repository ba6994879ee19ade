import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBroker } from './broker';
import type { AmqpCommand, CommandOk } from './commands';
import type { AmqpEvent } from './events';
import { toTable } from './conformance/values';
import { readyEntries } from './queue-core';

// Random topologies, messages, consumer behaviour and faults (channel closes, restarts).
const QUEUES = ['q0', 'q1', 'q2', 'q3'];
const KEYS = ['a', 'b', 'a.b', 'c'];

const queueArgs = fc.record(
  {
    'x-max-length': fc.integer({ min: 0, max: 6 }),
    'x-overflow': fc.constantFrom('drop-head', 'reject-publish', 'reject-publish-dlx'),
    'x-message-ttl': fc.integer({ min: 0, max: 200 }),
    'x-dead-letter-exchange': fc.constantFrom('', 'dlx', 'missing'),
    'x-max-priority': fc.integer({ min: 1, max: 3 }),
  },
  { requiredKeys: [] },
);

const op = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('publish' as const), x: fc.constantFrom('', '', 'direct', 'topic', 'fanout', 'dlx'), rk: fc.constantFrom(...KEYS, ...QUEUES, ...QUEUES), p: fc.integer({ min: 0, max: 5 }), exp: fc.option(fc.integer({ min: 0, max: 40 })) }) },
  fc.record({ k: fc.constant('consume' as const), q: fc.constantFrom(...QUEUES), noAck: fc.boolean(), prefetch: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ k: fc.constant('settle' as const), how: fc.constantFrom('ack', 'nack', 'reject', 'ackAll'), requeue: fc.boolean(), pick: fc.nat() }),
  fc.record({ k: fc.constant('get' as const), q: fc.constantFrom(...QUEUES), noAck: fc.boolean() }),
  fc.record({ k: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ k: fc.constant('closeChannel' as const), pick: fc.nat() }),
  fc.record({ k: fc.constant('purge' as const), q: fc.constantFrom(...QUEUES) }),
);

const scenario = fc.record({
  queues: fc.array(queueArgs, { minLength: 4, maxLength: 4 }),
  durable: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  bindings: fc.array(fc.record({ x: fc.constantFrom('direct', 'topic', 'fanout', 'dlx'), q: fc.constantFrom(...QUEUES), key: fc.constantFrom(...KEYS, '#', '*.b') }), { minLength: 3, maxLength: 8 }),
  ops: fc.array(op, { minLength: 10, maxLength: 60 }),
  restartAt: fc.option(fc.nat({ max: 40 })),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function play(s: Scenario): { events: AmqpEvent[]; broker: ReturnType<typeof createBroker> } {
  const b = createBroker({ seed: 7 });
  const events: AmqpEvent[] = [];
  const exec = (c: AmqpCommand): CommandOk | null => {
    const r = b.execute(c);
    events.push(...b.takeEvents());
    return r.ok ? r : null;
  };
  let conn = exec({ type: 'connection.open' })!.connection!;
  let admin = exec({ type: 'channel.open', connection: conn })!.channel!;
  let pub = exec({ type: 'channel.open', connection: conn, confirm: true })!.channel!;
  for (const [x, t] of [['direct', 'direct'], ['topic', 'topic'], ['fanout', 'fanout'], ['dlx', 'fanout']] as const) {
    exec({ type: 'exchange.declare', channel: admin, exchange: x, exchangeType: t, durable: true });
  }
  QUEUES.forEach((q, i) => exec({ type: 'queue.declare', channel: admin, queue: q, durable: s.durable[i], arguments: toTable(s.queues[i]) }));
  for (const bd of s.bindings) exec({ type: 'queue.bind', channel: admin, queue: bd.q, exchange: bd.x, routingKey: bd.key });
  let channels: number[] = [];
  const reopen = (): void => {
    conn = exec({ type: 'connection.open' })!.connection!;
    admin = exec({ type: 'channel.open', connection: conn })!.channel!;
    pub = exec({ type: 'channel.open', connection: conn, confirm: true })!.channel!;
    channels = [];
  };
  s.ops.forEach((o, i) => {
    if (s.restartAt === i) {
      exec({ type: 'broker.restart' });
      reopen();
    }
    if (b.state.channels.get(admin) === undefined) admin = exec({ type: 'channel.open', connection: conn })!.channel!;
    if (b.state.channels.get(pub) === undefined) pub = exec({ type: 'channel.open', connection: conn, confirm: true })!.channel!;
    channels = channels.filter((c) => b.state.channels.has(c));
    switch (o.k) {
      case 'publish':
        exec({ type: 'basic.publish', channel: pub, exchange: o.x, routingKey: o.rk, body: `m${i}`, properties: { priority: o.p, deliveryMode: 2, ...(o.exp === null ? {} : { expiration: String(o.exp) }) } });
        break;
      case 'consume': {
        const ch = exec({ type: 'channel.open', connection: conn })!.channel!;
        exec({ type: 'basic.qos', channel: ch, prefetchCount: o.prefetch });
        if (exec({ type: 'basic.consume', channel: ch, queue: o.q, noAck: o.noAck, consumerTag: `c${i}` })) channels.push(ch);
        break;
      }
      case 'settle': {
        const withUnacked = [...channels, admin].filter((c) => (b.state.channels.get(c)?.unacked.size ?? 0) > 0);
        if (withUnacked.length === 0) break;
        const ch = withUnacked[o.pick % withUnacked.length];
        const tags = [...b.state.channels.get(ch)!.unacked.keys()];
        const tag = tags[o.pick % tags.length];
        if (o.how === 'ack') exec({ type: 'basic.ack', channel: ch, deliveryTag: tag });
        else if (o.how === 'nack') exec({ type: 'basic.nack', channel: ch, deliveryTag: tag, multiple: true, requeue: o.requeue });
        else if (o.how === 'reject') exec({ type: 'basic.reject', channel: ch, deliveryTag: tag, requeue: o.requeue });
        else exec({ type: 'basic.ack', channel: ch, deliveryTag: 0, multiple: true });
        break;
      }
      case 'get':
        exec({ type: 'basic.get', channel: admin, queue: o.q, noAck: o.noAck });
        break;
      case 'wait': {
        const t = b.now() + o.ms;
        for (let n = b.nextDueAt(); n !== null && n <= t; n = b.nextDueAt()) b.advanceTo(n);
        b.advanceTo(t);
        events.push(...b.takeEvents());
        break;
      }
      case 'closeChannel':
        if (channels.length > 0) exec({ type: 'channel.close', channel: channels[o.pick % channels.length] });
        break;
      case 'purge':
        exec({ type: 'queue.purge', channel: admin, queue: o.q });
        break;
    }
  });
  return { events, broker: b };
}

describe('broker properties', () => {
  it('every queued copy is accounted for exactly once, and no queue gets one publish twice', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { events, broker } = play(s);
        const enqueued = new Map<string, number>();
        const settled = new Map<string, number>();
        const key = (m: number, q: string): string => `${m}@${q}`;
        for (const e of events) {
          if (e.type === 'enqueued') enqueued.set(key(e.messageId, e.queue), (enqueued.get(key(e.messageId, e.queue)) ?? 0) + 1);
          const done =
            e.type === 'acked' ||
            (e.type === 'delivered' && e.noAck) ||
            e.type === 'dead-lettered' ||
            (e.type === 'dropped' && e.queue !== null && e.reason !== 'cycle');
          if (done) {
            const k = key(e.type === 'delivered' ? e.message.id : e.messageId, e.queue!);
            settled.set(k, (settled.get(k) ?? 0) + 1);
          }
        }
        for (const n of enqueued.values()) expect(n).toBe(1);
        const present = new Map<string, number>();
        for (const q of broker.state.queues.values()) for (const e of readyEntries(q)) present.set(key(e.msg.id, q.name), 1);
        for (const ch of broker.state.channels.values()) for (const u of ch.unacked.values()) present.set(key(u.entry.msg.id, u.queue), 1);
        for (const k of enqueued.keys()) expect([k, (settled.get(k) ?? 0) + (present.get(k) ?? 0)]).toEqual([k, 1]);
        const readyCount = [...broker.state.queues.values()].reduce((n, q) => n + q.readyCount, 0);
        expect(readyCount).toBe([...broker.state.queues.values()].reduce((n, q) => n + readyEntries(q).length, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('every published message is routed to its queues, returned, or dropped as unroutable: exactly one', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { events } = play(s);
        const fate = new Map<number, string[]>();
        const note = (id: number, what: string) => fate.set(id, [...(fate.get(id) ?? []), what]);
        const routedTo = new Map<number, number>();
        const copies = new Map<number, number>();
        const seenPairs = new Set<string>();
        for (const e of events) {
          if (e.type === 'published') fate.set(e.message.id, []);
          else if (e.type === 'routed' && fate.has(e.messageId)) {
            if (e.queues.length > 0) note(e.messageId, 'routed');
            routedTo.set(e.messageId, e.queues.length);
          } else if (e.type === 'returned' && fate.has(e.message.id)) note(e.message.id, 'returned');
          else if (e.type === 'dropped' && e.reason === 'unroutable' && fate.has(e.messageId)) note(e.messageId, 'unroutable');
          // Each queue a message was routed to either took its copy or refused it at once (overflow:
          // reject-publish drops it, reject-publish-dlx dead-letters it); what happens to a copy
          // later (expiry, head drop) is not a second fate.
          // The first thing that happens to a copy decides: enqueued, or refused (dropped or
          // dead-lettered without ever being enqueued, e.g. reject-publish-dlx to a missing DLX).
          const fateEvent = e.type === 'enqueued' || e.type === 'dropped' || e.type === 'dead-lettered' || e.type === 'expired';
          if (fateEvent && routedTo.has(e.messageId) && e.queue !== null) {
            const pair = `${e.messageId}@${e.queue}`;
            if (!seenPairs.has(pair)) {
              seenPairs.add(pair);
              copies.set(e.messageId, (copies.get(e.messageId) ?? 0) + 1);
            }
          }
        }
        for (const [id, what] of fate) expect([id, what.length]).toEqual([id, 1]);
        for (const [id, n] of routedTo) if (n > 0) expect([id, copies.get(id) ?? 0]).toEqual([id, n]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: same commands and seed give identical events', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const strip = (es: AmqpEvent[]): string => JSON.stringify(es.map((e) => ({ ...e, hops: undefined, message: 'message' in e ? e.message.id : undefined, binding: undefined })));
        expect(strip(play(s).events)).toBe(strip(play(s).events));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps per-queue FIFO order when no priority, requeue or expiry applies', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('q0', 'q1'), { maxLength: 30 }), (targets) => {
        const b = createBroker();
        const conn = (b.execute({ type: 'connection.open' }) as CommandOk).connection!;
        const ch = (b.execute({ type: 'channel.open', connection: conn }) as CommandOk).channel!;
        for (const q of ['q0', 'q1']) b.execute({ type: 'queue.declare', channel: ch, queue: q });
        targets.forEach((q, i) => b.execute({ type: 'basic.publish', channel: ch, exchange: '', routingKey: q, body: String(i) }));
        for (const q of ['q0', 'q1']) {
          const bodies = readyEntries(b.state.queues.get(q)!).map((e) => Number(e.msg.body));
          expect(bodies).toEqual([...bodies].sort((x, y) => x - y));
        }
      }),
    );
  });
});
