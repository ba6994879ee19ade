import { describe, expect, it } from 'vitest';
import { RedisPubSub, RedisStream } from './redis';

describe('Redis closest models', () => {
  it('pub/sub: a message published while nobody listens is gone for good', () => {
    const r = new RedisPubSub();
    expect(r.publish(0, 'orders', 'm1')).toBe(0);
    r.subscribe(1, 'B', 'orders');
    expect(r.publish(2, 'orders', 'm2')).toBe(1);
    r.unsubscribe(3, 'B', 'orders');
    r.publish(4, 'orders', 'm3');
    r.subscribe(5, 'B', 'orders');
    expect(r.take('B')).toEqual(['m2']);
  });

  it("streams: entries wait for a consumer group, stay pending until XACK, and a crashed consumer's are claimed", () => {
    const s = new RedisStream('orders');
    s.xgroupCreate(0, 'billing', '$');
    s.xadd(10, { order: '1' });
    s.xadd(10, { order: '2' });
    const got = s.xreadgroup(20, 'billing', 'b1', 10, '>');
    expect(got.map((e) => e.id)).toEqual(['10-0', '10-1']);
    expect(s.xack(30, 'billing', ['10-0'])).toBe(1);
    // b1 crashes holding 10-1: it is still pending, and nothing new is there for '>'.
    expect(s.xreadgroup(40, 'billing', 'b2', 10, '>')).toEqual([]);
    expect(s.xpending(40, 'billing')).toEqual([
      { id: '10-1', consumer: 'b1', idleMs: 20, deliveries: 1 },
    ]);
    // b1 could re-read its own pending entries with id 0; here b2 claims them instead.
    expect(s.xautoclaim(60_020, 'billing', 'b2', 60_000, 10).map((e) => e.id)).toEqual(['10-1']);
    expect(s.xpending(60_020, 'billing')[0]).toMatchObject({ consumer: 'b2', deliveries: 2 });
    expect(s.xreadgroup(60_030, 'billing', 'b2', 10, '0').map((e) => e.id)).toEqual(['10-1']);
    s.xack(60_040, 'billing', ['10-1']);
    expect(s.xpending(60_040, 'billing')).toEqual([]);
    // Reading did not remove anything: the stream can be replayed.
    expect(s.xrange()).toHaveLength(2);
  });

  it('streams keep entries added while no consumer runs; a group from 0 reads history', () => {
    const s = new RedisStream('orders');
    s.xadd(1, { order: '1' });
    s.xgroupCreate(2, 'late', '0');
    expect(s.xreadgroup(3, 'late', 'c', 10, '>')).toHaveLength(1);
  });
});
