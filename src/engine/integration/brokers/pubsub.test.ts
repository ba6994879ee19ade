import { describe, expect, it } from 'vitest';
import { PubSubTopic } from './pubsub';

describe('Pub/Sub closest model', () => {
  it('a topic with no subscription loses its messages; a later subscription does not see them', () => {
    const t = new PubSubTopic('orders');
    t.publish(0, 'lost');
    const sub = t.createSubscription('billing');
    t.publish(10, 'kept');
    expect(sub.pull(20, 10).map((m) => m.data)).toEqual(['kept']);
    expect(t.log.take().map((e) => e.code)).toContain('pubsub-no-subscription-dropped');
  });

  it('each subscription gets its own copy and acks independently', () => {
    const t = new PubSubTopic('orders');
    const a = t.createSubscription('a');
    const b = t.createSubscription('b');
    t.publish(0, 'm');
    const [ma] = a.pull(0);
    expect(a.ack(5, ma.ackId)).toBe(true);
    expect(a.backlog).toBe(0);
    expect(b.backlog).toBe(1);
  });

  it('redelivers when the ack deadline lapses; a late ack is ignored', () => {
    const t = new PubSubTopic('orders');
    const s = t.createSubscription('s', { ackDeadlineMs: 10_000 });
    t.publish(0, 'm');
    const [m1] = s.pull(0);
    expect(s.pull(9_999)).toEqual([]);
    const [m2] = s.pull(10_000);
    expect(m2).toMatchObject({ messageId: m1.messageId, deliveryAttempt: 2 });
    expect(s.ack(10_001, m1.ackId)).toBe(false);
    expect(s.ack(10_001, m2.ackId)).toBe(true);
  });

  it('nack (deadline 0) counts as an attempt; past maxDeliveryAttempts it goes to the dead-letter topic', () => {
    const dlt = new PubSubTopic('orders-dead');
    const dead = dlt.createSubscription('inspect');
    const t = new PubSubTopic('orders');
    const s = t.createSubscription('s', {
      ackDeadlineMs: 10_000,
      maxDeliveryAttempts: 5,
      deadLetterTopic: dlt,
    });
    t.publish(0, 'poison');
    for (let i = 1; i <= 5; i++) {
      const [m] = s.pull(i);
      expect(m.deliveryAttempt).toBe(i);
      s.modifyAckDeadline(i, m.ackId, 0);
    }
    expect(s.pull(6)).toEqual([]);
    expect(dead.pull(6).map((m) => m.data)).toEqual(['poison']);
  });
});
