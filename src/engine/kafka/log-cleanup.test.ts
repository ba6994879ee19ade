import { describe, expect, it } from 'vitest';
import { COMPACTED_NULL_KEY_MESSAGE } from './errors';
import { harness } from './test-utils/harness';

describe('H.5 log compaction', () => {
  function h5() {
    const h = harness({ brokers: 1, cleanerDelayMs: 1000 });
    h.must({ type: 'topic.create', topic: 'c', partitions: 1, config: { cleanupPolicy: 'compact', deleteRetentionMs: 5000 } });
    for (const [key, value] of [
      ['k1', 'A'],
      ['k2', 'B'],
      ['k1', 'C'],
      ['k2', null],
      ['k3', 'D'],
    ] as const)
      h.must({ type: 'produce', topic: 'c', key, value });
    return h;
  }
  const live = (h: ReturnType<typeof harness>) => h.partition('c', 0).records.map((r) => `${r.key}:${r.value ?? 'null'}@${r.offset}`);

  it('keeps the latest value per key with offset gaps, then drops the tombstone after delete.retention.ms', () => {
    const h = h5();
    h.cluster.advanceTo(1000); // first cleaner pass
    expect(live(h)).toEqual(['k1:C@2', 'k2:null@3', 'k3:D@4']);
    h.cluster.advanceTo(5999);
    expect(live(h)).toEqual(['k1:C@2', 'k2:null@3', 'k3:D@4']);
    h.cluster.advanceTo(6000); // delete horizon = 1000 + 5000
    expect(live(h)).toEqual(['k1:C@2', 'k3:D@4']);
    expect(h.partition('c', 0)).toMatchObject({ logStartOffset: 0, logEndOffset: 5, highWatermark: 5 });
    const deleted = h.ofType(h.drain(), 'record.deleted').map((e) => [e.offset, e.reason, e.supersededBy ?? null, e.at]);
    expect(deleted).toEqual([
      [0, 'compaction-superseded', 2, 1000],
      [1, 'compaction-superseded', 3, 1000],
      [3, 'compaction-tombstone-expired', null, 6000],
    ]);
  });

  it('a reader starting at offset 0 begins at offset 2', () => {
    const h = h5();
    h.cluster.advanceTo(6000);
    h.must({ type: 'group.join', group: 'g', member: 'r', topics: ['c'], autoOffsetReset: 'earliest' });
    expect(h.poll('g', 'r').map((r) => r.offset)).toEqual([2, 4]);
  });

  it("refuses null keys with Kafka's message; the empty key is accepted", () => {
    const h = h5();
    const r = h.cluster.execute({ type: 'produce', topic: 'c', key: null, value: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_RECORD', params: { kafkaMessage: COMPACTED_NULL_KEY_MESSAGE } } });
    expect(COMPACTED_NULL_KEY_MESSAGE).toBe('Compacted topic cannot accept message without key');
    expect(h.cluster.execute({ type: 'produce', topic: 'c', key: '', value: 'x' }).ok).toBe(true);
  });

  it('topic.compact runs the cleaner on demand', () => {
    const h = h5();
    h.must({ type: 'topic.compact', topic: 'c' });
    expect(live(h)).toEqual(['k1:C@2', 'k2:null@3', 'k3:D@4']);
  });
});

describe('retention per record ([SIM])', () => {
  it('retention.bytes per partition drops the oldest records, moving the log start', () => {
    const h = harness({ brokers: 1 });
    h.must({ type: 'topic.create', topic: 't', partitions: 1, config: { retentionBytes: 10 } });
    for (let i = 0; i < 5; i++) h.must({ type: 'produce', topic: 't', value: `abc${i}` });
    expect(h.partition('t', 0)).toMatchObject({ logStartOffset: 3, logEndOffset: 5, bytes: 8 });
    expect(h.ofType(h.drain(), 'record.deleted').map((e) => [e.offset, e.reason])).toEqual([
      [0, 'retention-size'],
      [1, 'retention-size'],
      [2, 'retention-size'],
    ]);
  });

  it('retention.ms deletes each record when it expires; -1 keeps forever; offsets never renumber', () => {
    const h = harness({ brokers: 1 });
    h.must({ type: 'topic.create', topic: 't', partitions: 1, config: { retentionMs: 1000 } });
    h.must({ type: 'topic.create', topic: 'forever', partitions: 1, config: { retentionMs: -1 } });
    h.must({ type: 'produce', topic: 't', value: 'a' });
    h.must({ type: 'produce', topic: 'forever', value: 'a' });
    h.cluster.advanceTo(500);
    h.must({ type: 'produce', topic: 't', value: 'b' });
    expect(h.cluster.nextDueAt()).toBe(1000);
    h.cluster.advanceTo(1000);
    expect(h.partition('t', 0).records.map((r) => r.offset)).toEqual([1]);
    h.cluster.advanceTo(1500);
    expect(h.partition('t', 0)).toMatchObject({ logStartOffset: 2, logEndOffset: 2, records: [] });
    expect(h.must({ type: 'produce', topic: 't', value: 'c' }).offset).toBe(2);
    h.cluster.advanceTo(1_000_000);
    expect(h.partition('forever', 0).records).toHaveLength(1);
  });

  it('rejects bad topic definitions with typed errors', () => {
    const h = harness();
    const code = (cmd: Parameters<typeof h.cluster.execute>[0]) => {
      const r = h.cluster.execute(cmd);
      return r.ok ? null : r.error.code;
    };
    expect(code({ type: 'topic.create', topic: 't', partitions: -1 })).toBe('INVALID_PARTITIONS');
    expect(code({ type: 'topic.create', topic: 't', partitions: 1.5 })).toBe('INVALID_PARTITIONS');
    expect(code({ type: 'topic.create', topic: 'bad name', partitions: 1 })).toBe('INVALID_TOPIC_NAME');
    expect(code({ type: 'topic.create', topic: 't', partitions: 1, replicationFactor: 4 })).toBe('INVALID_REPLICATION_FACTOR');
    expect(code({ type: 'topic.create', topic: 't', partitions: 1, config: { retentionMs: -2 } })).toBe('INVALID_CONFIG');
    expect(code({ type: 'topic.create', topic: 't', partitions: 1, config: { cleanupPolicy: 'nope' as never } })).toBe('INVALID_CONFIG');
    expect(code({ type: 'produce', topic: 'missing', value: 'x' })).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    h.must({ type: 'topic.create', topic: 't', partitions: 2 });
    expect(code({ type: 'topic.create', topic: 't', partitions: 2 })).toBe('TOPIC_ALREADY_EXISTS');
    expect(code({ type: 'topic.alter', topic: 't', partitions: 1 })).toBe('INVALID_PARTITIONS');
    expect(code({ type: 'produce', topic: 't', value: 'x', partition: 2 })).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect(code({ type: 'nonsense' } as never)).toBe('INVALID_COMMAND');
  });
});
