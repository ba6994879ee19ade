import { describe, expect, it } from 'vitest';
import { Harness } from './test-utils/harness';
import type { FieldValue } from './field-values';
import { fromField } from './conformance/values';

describe('dead lettering (E.3, E.4)', () => {
  it('E.3 retry loop: x-death counts per (queue, reason), newest first', () => {
    const h = new Harness();
    h.queue('work', { 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': 'retry' });
    h.queue('retry', { 'x-message-ttl': 5000, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': 'work' });
    h.publish('', 'work', 'm');
    for (let i = 0; i < 2; i++) {
      const g = h.ok({ type: 'basic.get', channel: h.ch, queue: 'work' }).get!;
      h.ok({ type: 'basic.reject', channel: h.ch, deliveryTag: g.deliveryTag, requeue: false });
      if (i === 0) h.advance(5000);
    }
    const [msg] = h.drain('retry');
    const death = (fromField(msg.headers['x-death']) as Record<string, unknown>[]).map(({ time: _t, ...d }) => d);
    expect(death).toEqual([
      { count: 2, reason: 'rejected', queue: 'work', exchange: '', 'routing-keys': ['work'] },
      { count: 1, reason: 'expired', queue: 'retry', exchange: '', 'routing-keys': ['retry'] },
    ]);
    expect(fromField(msg.headers['x-first-death-reason'])).toBe('rejected');
    expect(msg.headers['x-last-death-queue']).toBeUndefined();
  });

  it('E.4 example 1: TTL back to itself is a cycle and is dropped', () => {
    const h = new Harness().queue('Q', { 'x-message-ttl': 1000, 'x-dead-letter-exchange': '' });
    h.publish('', 'Q', 'm');
    h.advance(1000);
    expect(h.ready('Q')).toEqual([]);
    expect(h.events('dropped').map((e) => e.reason)).toEqual(['cycle']);
  });

  it('E.4 example 3: A -> B -> A by TTL is dropped before re-entering A', () => {
    const h = new Harness();
    h.queue('A', { 'x-message-ttl': 10, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': 'B' });
    h.queue('B', { 'x-message-ttl': 10, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': 'A' });
    h.publish('', 'A', 'm');
    h.advance(10);
    expect(h.ready('B')).toEqual(['m']);
    h.advance(10);
    expect(h.ready('A')).toEqual([]);
    expect(h.events('dropped').at(-1)!.reason).toBe('cycle');
  });

  it('expiry happens only at the head (C.4 example)', () => {
    const h = new Harness().exchange('dlx', 'fanout').queue('dlq').bind('dlq', 'dlx').queue('q', { 'x-dead-letter-exchange': 'dlx' });
    h.publish('', 'q', 'A', { expiration: '60000' });
    h.publish('', 'q', 'B', { expiration: '1000' });
    h.advance(2000);
    expect(h.ready('q')).toEqual(['A', 'B']);
    h.advance(58000);
    expect(h.ready('dlq')).toEqual(['A', 'B']);
    const x = h.drain('dlq')[1].headers['x-death'] as Extract<FieldValue, { kind: 'array' }>;
    expect(fromField(x.value[0])).toMatchObject({ reason: 'expired', 'original-expiration': '1000' });
  });
});

describe('length limits (C.6)', () => {
  it('drop-head keeps the newest and dead-letters the oldest', () => {
    const h = new Harness().exchange('dlx', 'fanout').queue('dlq').bind('dlq', 'dlx');
    h.queue('q', { 'x-max-length': 2, 'x-dead-letter-exchange': 'dlx' });
    for (const b of ['m1', 'm2', 'm3']) h.publish('', 'q', b);
    expect(h.ready('q')).toEqual(['m2', 'm3']);
    expect(h.ready('dlq')).toEqual(['m1']);
  });

  it('reject-publish nacks the new message and dead-letters nothing', () => {
    const h = new Harness().queue('q', { 'x-max-length': 2, 'x-overflow': 'reject-publish' });
    const pc = h.openChannel(true);
    const confirms = ['m1', 'm2', 'm3'].map((b) => {
      const r = h.publish('', 'q', b, {}, pc);
      return r.ok ? r.confirm : 'error';
    });
    expect(confirms).toEqual(['ack', 'ack', 'nack']);
    expect(h.ready('q')).toEqual(['m1', 'm2']);
  });
});

describe('priorities and dispatch (C.9, D.1, D.4)', () => {
  it('priority example: A(1) B(3) C(2) D(3) come out B, D, C, A', () => {
    const h = new Harness().queue('q', { 'x-max-priority': 10 });
    h.publish('', 'q', 'A', { priority: 1 });
    h.publish('', 'q', 'B', { priority: 3 });
    h.publish('', 'q', 'C', { priority: 2 });
    h.publish('', 'q', 'D', { priority: 3 });
    expect(h.drain('q').map((m) => m.body)).toEqual(['B', 'D', 'C', 'A']);
  });

  it('D.1: three auto-ack consumers registered first share m1..m6 round-robin', () => {
    const h = new Harness().queue('q');
    for (const t of ['A', 'B', 'C']) h.consume('q', t, { noAck: true });
    for (let i = 1; i <= 6; i++) h.publish('', 'q', `m${i}`);
    expect(['A', 'B', 'C'].map((t) => h.deliveries(t).map((d) => d.body))).toEqual([
      ['m1', 'm4'],
      ['m2', 'm5'],
      ['m3', 'm6'],
    ]);
  });

  it('D.1: with prefetch 1 messages follow acks, not rotation', () => {
    const h = new Harness().queue('q');
    const ch: Record<string, number> = {};
    for (const t of ['A', 'B', 'C']) ch[t] = h.consume('q', t, { prefetch: 1 });
    for (let i = 1; i <= 6; i++) h.publish('', 'q', `m${i}`);
    h.ok({ type: 'basic.ack', channel: ch['C'], deliveryTag: 1 });
    h.ok({ type: 'basic.ack', channel: ch['B'], deliveryTag: 1 });
    expect(h.deliveries('C').map((d) => d.body)).toEqual(['m3', 'm4']);
    expect(h.deliveries('B').map((d) => d.body)).toEqual(['m2', 'm5']);
    expect(h.deliveries('A').map((d) => d.body)).toEqual(['m1']);
  });

  it('D.4: nack(2, multiple, requeue) puts m1, m2 back ahead of m4; m3 stays unacked', () => {
    const h = new Harness().queue('q');
    for (let i = 1; i <= 4; i++) h.publish('', 'q', `m${i}`);
    const ch = h.consume('q', 'c', { prefetch: 3 });
    h.ok({ type: 'basic.nack', channel: ch, deliveryTag: 2, multiple: true, requeue: true });
    expect(h.deliveries('c').map((d) => `${d.body}/t${d.tag}/${d.redelivered}`)).toEqual([
      'm1/t1/false',
      'm2/t2/false',
      'm3/t3/false',
      'm1/t4/true',
      'm2/t5/true',
    ]);
    expect(h.ready('q')).toEqual(['m4']);
    expect([...h.broker.state.channels.get(ch)!.unacked.keys()]).toEqual([3, 4, 5]);
  });

  it('a double ack is a 406 channel error that requeues everything unacked on the channel', () => {
    const h = new Harness().queue('q');
    for (let i = 1; i <= 3; i++) h.publish('', 'q', `m${i}`);
    const ch = h.consume('q', 'c');
    h.ok({ type: 'basic.ack', channel: ch, deliveryTag: 1 });
    const r = h.run({ type: 'basic.ack', channel: ch, deliveryTag: 1 });
    expect(r.ok ? null : [r.error.code, r.error.text, r.error.scope]).toEqual([406, 'PRECONDITION_FAILED - unknown delivery tag 1', 'channel']);
    expect(h.ready('q')).toEqual(['m2', 'm3']);
  });
});

describe('broker restart (F.2)', () => {
  it('keeps durable entities and persistent messages; unacked come back redelivered', () => {
    const h = new Harness().queue('d', {}, { durable: true }).queue('t');
    h.publish('', 'd', 'p1', { deliveryMode: 2 });
    h.publish('', 'd', 'x', { deliveryMode: 1 });
    h.publish('', 'd', 'p2', { deliveryMode: 2 });
    h.publish('', 't', 'gone', { deliveryMode: 2 });
    h.ok({ type: 'basic.get', channel: h.ch, queue: 'd' });
    h.ok({ type: 'broker.restart' });
    expect(h.broker.state.queues.has('t')).toBe(false);
    const q = h.broker.state.queues.get('d')!;
    expect(h.ready('d')).toEqual(['p1', 'p2']);
    expect(q.levels[0].at(0)!.redelivered).toBe(true);
  });
});
