import { describe, expect, it } from 'vitest';
import { SqsQueue } from './sqs';

describe('SQS closest model', () => {
  it('a received message is invisible for the visibility timeout, then is received again', () => {
    const q = new SqsQueue('orders', { visibilityTimeoutMs: 30_000 });
    q.send(0, 'o1');
    const [first] = q.receive(1000);
    expect(first.receiveCount).toBe(1);
    expect(q.receive(30_999)).toEqual([]);
    expect(q.counts(30_999)).toEqual({ visible: 0, inFlight: 1 });
    const [again] = q.receive(31_000);
    expect(again).toMatchObject({ messageId: first.messageId, receiveCount: 2 });
    // The old receipt handle no longer deletes it; the new one does.
    expect(q.deleteMessage(31_001, first.receiptHandle)).toBe(false);
    expect(q.deleteMessage(31_001, again.receiptHandle)).toBe(true);
    expect(q.counts(100_000)).toEqual({ visible: 0, inFlight: 0 });
  });

  it('redrives to the DLQ on the receive after maxReceiveCount receives', () => {
    const dlq = new SqsQueue('orders-dlq');
    const q = new SqsQueue('orders', { visibilityTimeoutMs: 1000, maxReceiveCount: 3 }, dlq);
    q.send(0, 'poison');
    for (let i = 0; i < 3; i++) expect(q.receive(i * 1000)).toHaveLength(1);
    expect(q.receive(3000)).toEqual([]);
    expect(q.log.take().find((e) => e.code === 'sqs-moved-to-dlq')).toMatchObject({
      at: 3000,
      params: { receiveCount: 3, dlq: 'orders-dlq' },
    });
    expect(dlq.receive(3000)).toMatchObject([{ body: 'poison', receiveCount: 1 }]);
  });

  it('visibility 0 is the closest thing to a nack', () => {
    const q = new SqsQueue('q', { visibilityTimeoutMs: 30_000 });
    q.send(0, 'x');
    const [m] = q.receive(0);
    q.changeVisibility(10, m.receiptHandle, 0);
    expect(q.receive(10)).toHaveLength(1);
  });
});
