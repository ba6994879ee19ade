import { describe, expect, it } from 'vitest';
import { JmsQueue, JmsTopic } from './jms';

describe('JMS closest models (ActiveMQ, IBM MQ)', () => {
  it('queue: messages wait for a consumer, each goes to one; rollback redelivers, then dead-letters', () => {
    const q = new JmsQueue('ORDERS', 'activemq');
    q.send(0, 'a');
    q.send(0, 'b');
    expect(q.depth).toBe(2);
    const m = q.receive(1) as NonNullable<ReturnType<JmsQueue['receive']>>;
    expect(m.body).toBe('a');
    for (let i = 0; i < 6; i++) {
      q.rollback(2, m.id);
      expect(q.receive(3)?.id).toBe(m.id);
    }
    q.rollback(4, m.id);
    expect(q.deadLetters.map((x) => x.id)).toEqual([m.id]);
    expect(q.deadLetterDestination).toBe('ActiveMQ.DLQ');
    expect(q.receive(5)?.body).toBe('b');
  });

  it('IBM MQ backs out to the backout queue', () => {
    const q = new JmsQueue('ORDERS', 'ibmmq', 1);
    q.send(0, 'a');
    const m = q.receive(0);
    q.rollback(1, m?.id ?? '');
    q.receive(2);
    q.rollback(3, m?.id ?? '');
    expect(q.deadLetters).toHaveLength(1);
    expect(q.deadLetterDestination).toBe('ORDERS.BOQ');
  });

  it('topic: a non-durable subscriber misses what is published while it is away; a durable one keeps persistent messages only', () => {
    const t = new JmsTopic('PRICES');
    t.subscribe(0, 'app-b', 'plain', false);
    t.subscribe(0, 'app-c', 'durable', true);
    t.disconnect(1, 'app-b', 'plain');
    t.disconnect(1, 'app-c', 'durable');
    t.publish(2, 'p1', true);
    t.publish(3, 'np', false);
    expect(t.take('app-c', 'durable')).toEqual([]); // offline: cannot take yet
    t.subscribe(4, 'app-b', 'plain', false);
    t.subscribe(4, 'app-c', 'durable', true);
    expect(t.take('app-b', 'plain')).toEqual([]);
    expect(t.take('app-c', 'durable').map((m) => m.body)).toEqual(['p1']);
    t.publish(5, 'live', false);
    expect(t.take('app-b', 'plain').map((m) => m.body)).toEqual(['live']);
  });
});
