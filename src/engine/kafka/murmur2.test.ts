import fc from 'fast-check';
import { Partitioners } from 'kafkajs';
import type { PartitionerArgs } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { murmur2, partitionForKey, toPositive, utf8Encode, utf8Length } from './murmur2';
import { harness } from './test-utils/harness';

const bytes = (s: string) => utf8Encode(s);

describe('murmur2 (Kafka UtilsTest.testMurmur2 vectors)', () => {
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
    ['', 275646681],
    ['user-1', 1404122828],
    ['user-2', -324981792],
    ['user-3', 1141442267],
  ])('murmur2(%j) = %d', (key, hash) => {
    expect(murmur2(bytes(key))).toBe(hash);
  });

  it.each([
    ['21', 0, 0, 0],
    ['foobar', 0, 2, 0],
    ['abc', 0, 3, 3],
    ['', 0, 1, 3],
    ['user-1', 2, 0, 2],
    ['user-2', 2, 0, 2],
    ['user-3', 2, 3, 5],
  ])('partition columns of %j: n=3 -> %d, n=4 -> %d, n=6 -> %d', (key, p3, p4, p6) => {
    expect([partitionForKey(key, 3), partitionForKey(key, 4), partitionForKey(key, 6)]).toEqual([p3, p4, p6]);
  });

  it('uses & 0x7fffffff, not Math.abs ("21" is p0 of 3, abs would give p2)', () => {
    expect(toPositive(-973932308)).toBe(1173551340);
    expect(Math.abs(-973932308) % 3).toBe(2);
    expect(partitionForKey('21', 3)).toBe(0);
  });

  it('encodes UTF-8 like TextEncoder, including astral and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const expected = new TextEncoder().encode(s);
        expect(Array.from(utf8Encode(s))).toEqual(Array.from(expected));
        expect(utf8Length(s)).toBe(expected.length);
      }),
    );
  });

  it("agrees with kafkajs's Java-compatible DefaultPartitioner for random keys and partition counts", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: 1, max: 64 }), (key, n) => {
        const partitioner = Partitioners.DefaultPartitioner();
        const args: PartitionerArgs = {
          topic: 't',
          partitionMetadata: Array.from({ length: n }, (_, i) => ({ partitionErrorCode: 0, partitionId: i, leader: 1, replicas: [1], isr: [1] })),
          message: { key, value: 'v' },
        };
        expect(partitionForKey(key, n)).toBe(partitioner(args));
      }),
      { numRuns: 500 },
    );
  });
});

describe('partition choice through the cluster', () => {
  it('explains a keyed choice: key user-1 hashes to partition 2 of 3', () => {
    const h = harness();
    h.must({ type: 'topic.create', topic: 'orders', partitions: 3 });
    const r = h.must({ type: 'produce', topic: 'orders', key: 'user-1', value: 'x' });
    expect(r.decision).toEqual({ reason: 'key-hash', key: 'user-1', hash: 1404122828, positive: 1404122828, partitions: 3, partition: 2 });
    const ev = h.ofType(h.drain(), 'record.appended')[0];
    expect(ev.decision).toEqual(r.decision);
    expect([ev.partition, ev.offset, ev.highWatermark]).toEqual([2, 0, 1]);
  });

  it('an explicit partition wins over the key', () => {
    const h = harness();
    h.must({ type: 'topic.create', topic: 't', partitions: 3 });
    expect(h.must({ type: 'produce', topic: 't', key: 'user-1', value: 'x', partition: 1 }).decision).toEqual({ reason: 'explicit', partition: 1 });
  });

  it('the empty key is hashed; only null is unkeyed', () => {
    const h = harness();
    h.must({ type: 'topic.create', topic: 't', partitions: 6 });
    expect(h.must({ type: 'produce', topic: 't', key: '', value: 'x' }).decision).toMatchObject({ reason: 'key-hash', partition: 3 });
    expect(h.must({ type: 'produce', topic: 't', key: null, value: 'x' }).decision.reason).toBe('sticky');
    expect(h.must({ type: 'produce', topic: 't', value: 'x' }).decision.reason).toBe('sticky');
  });

  it('adding partitions remaps keys: "abc" goes from p0 (n=3) to p3 (n=6)', () => {
    const h = harness();
    h.must({ type: 'topic.create', topic: 't', partitions: 3 });
    expect(h.must({ type: 'produce', topic: 't', key: 'abc', value: 'x' }).partition).toBe(0);
    h.must({ type: 'topic.alter', topic: 't', partitions: 6 });
    expect(h.must({ type: 'produce', topic: 't', key: 'abc', value: 'x' }).partition).toBe(3);
  });

  it('null keys stick to one partition until batch.size bytes (key + value), then draw again', () => {
    const h = harness();
    h.must({ type: 'topic.create', topic: 't', partitions: 12 });
    h.must({ type: 'producer.configure', producer: 'p', batchSize: 10 });
    const decisions = Array.from({ length: 40 }, () => h.must({ type: 'produce', topic: 't', value: 'abcd', producer: 'p' }).decision);
    // 4 bytes each: a switch after 3 records (12 >= 10) -> records 0, 3, 6, ... start new batches.
    decisions.forEach((d, i) => {
      expect(d).toMatchObject({ reason: 'sticky', switched: i % 3 === 0, batchBytes: (i % 3) * 4 });
      if (i % 3 !== 0) expect(d.partition).toBe(decisions[i - 1].partition);
    });
    expect(new Set(decisions.map((d) => d.partition)).size).toBeGreaterThan(3);
  });

  it('a short burst of small unkeyed records lands in one partition with the default batch.size', () => {
    const h = harness();
    h.must({ type: 'topic.create', topic: 't', partitions: 6 });
    const parts = new Set(Array.from({ length: 50 }, (_, i) => h.must({ type: 'produce', topic: 't', value: `m${i}` }).partition));
    expect(parts.size).toBe(1);
  });

  it('RoundRobinPartitioner ignores keys', () => {
    const h = harness();
    h.must({ type: 'topic.create', topic: 't', partitions: 3 });
    h.must({ type: 'producer.configure', producer: 'rr', partitioner: 'round-robin' });
    const parts = Array.from({ length: 6 }, () => h.must({ type: 'produce', topic: 't', key: 'same', value: 'x', producer: 'rr' }).partition);
    expect(parts).toEqual([0, 1, 2, 0, 1, 2]);
  });
});
