import { describe, expect, it } from 'vitest';
import { errorCode, harness } from './test-utils/harness';

/** H.6: followers copy 100 ms after an append; the leader of p0 is broker 1 (deterministic placement). */
function cluster() {
  const h = harness({ brokers: 3, replicationDelayMs: 100 });
  const created = h.must({ type: 'topic.create', topic: 't', partitions: 1, replicationFactor: 3 });
  expect(created.replicas).toEqual([[1, 2, 3]]);
  h.drain();
  return h;
}

describe('acks and leader failure', () => {
  it('acks=1: the leader acknowledges at once; if it fails before followers copy, the record is lost', () => {
    const h = cluster();
    const r = h.must({ type: 'produce', topic: 't', key: 'k', value: 'v', acks: 1 });
    expect([r.offset, r.ack]).toEqual([0, 'acked']);
    expect(h.partition('t', 0)).toMatchObject({ logEndOffset: 1, highWatermark: 0 });
    h.cluster.advanceTo(50);
    h.must({ type: 'broker.fail', broker: 1 });
    const ev = h.drain();
    expect(h.ofType(ev, 'leader.elected')[0]).toMatchObject({ leader: 2, previousLeader: 1, isr: [2, 3], reason: 'leader-failed' });
    expect(h.ofType(ev, 'records.lost')[0]).toMatchObject({
      oldLeader: 1,
      newLeader: 2,
      newLogEndOffset: 0,
      reason: 'leader-failed-before-replication',
      records: [{ offset: 0, key: 'k', value: 'v', acks: 1 }],
    });
    expect(h.partition('t', 0)).toMatchObject({ leader: 2, logEndOffset: 0, records: [] });
  });

  it('acks=all: the record is acknowledged only once the ISR has it, and survives the leader failure', () => {
    const h = cluster();
    const r = h.must({ type: 'produce', topic: 't', key: 'k', value: 'v', acks: 'all' });
    expect(r.ack).toBe('pending');
    h.cluster.advanceTo(50);
    h.must({ type: 'broker.fail', broker: 1 });
    const ev = h.drain();
    expect(h.ofType(ev, 'records.lost')).toEqual([]);
    expect(h.ofType(ev, 'record.retried')).toMatchObject([{ oldOffset: 0, newOffset: 0 }]);
    h.cluster.advanceTo(200);
    expect(h.ofType(h.drain(), 'record.acked')).toMatchObject([{ offset: 0, at: 100 }]);
    h.must({ type: 'group.join', group: 'g', member: 'c', topics: ['t'], autoOffsetReset: 'earliest' });
    expect(h.values('g', 'c')).toEqual(['v']);
  });

  it('once followers have copied, a leader failure loses nothing even with acks=1', () => {
    const h = cluster();
    h.must({ type: 'produce', topic: 't', value: 'v', acks: 1 });
    h.cluster.advanceTo(100);
    expect(h.ofType(h.drain(), 'partition.hw.advanced')).toMatchObject([{ from: 0, to: 1, at: 100 }]);
    h.must({ type: 'broker.fail', broker: 1 });
    expect(h.ofType(h.drain(), 'records.lost')).toEqual([]);
    expect(h.partition('t', 0)).toMatchObject({ leader: 2, logEndOffset: 1, highWatermark: 1 });
  });

  it('consumers see only records below the high watermark', () => {
    const h = cluster();
    h.must({ type: 'group.join', group: 'g', member: 'c', topics: ['t'], autoOffsetReset: 'earliest' });
    h.must({ type: 'produce', topic: 't', value: 'v', acks: 1 });
    expect(h.values('g', 'c')).toEqual([]);
    h.cluster.advanceTo(100);
    expect(h.values('g', 'c')).toEqual(['v']);
  });

  it('min.insync.replicas: acks=all fails with NOT_ENOUGH_REPLICAS when the ISR is too small; acks=1 still works', () => {
    const h = harness({ brokers: 3 });
    h.must({ type: 'topic.create', topic: 't', partitions: 1, replicationFactor: 2, config: { minInsyncReplicas: 2 } });
    h.must({ type: 'broker.fail', broker: 2 });
    expect(h.partition('t', 0).isr).toEqual([1]);
    expect(errorCode(h.cluster.execute({ type: 'produce', topic: 't', value: 'x', acks: 'all' }))).toBe('NOT_ENOUGH_REPLICAS');
    expect(h.cluster.execute({ type: 'produce', topic: 't', value: 'x', acks: 1 }).ok).toBe(true);
    h.must({ type: 'broker.recover', broker: 2 });
    expect(h.partition('t', 0).isr).toEqual([1, 2]);
    expect(h.cluster.execute({ type: 'produce', topic: 't', value: 'y', acks: 'all' }).ok).toBe(true);
  });

  it('when every ISR member is down the partition is offline until the last leader returns', () => {
    const h = harness({ brokers: 2 });
    h.must({ type: 'topic.create', topic: 't', partitions: 1, replicationFactor: 2 });
    h.must({ type: 'produce', topic: 't', value: 'a', acks: 'all' });
    h.must({ type: 'broker.fail', broker: 2 });
    h.must({ type: 'broker.fail', broker: 1 });
    expect(h.partition('t', 0).leader).toBeNull();
    expect(errorCode(h.cluster.execute({ type: 'produce', topic: 't', value: 'b', partition: 0 }))).toBe('LEADER_NOT_AVAILABLE');
    h.must({ type: 'broker.recover', broker: 1 });
    expect(h.partition('t', 0)).toMatchObject({ leader: 1, logEndOffset: 1 });
    expect(errorCode(h.cluster.execute({ type: 'broker.fail', broker: 9 }))).toBe('UNKNOWN_BROKER');
  });

  it('acks=0 returns offset -1', () => {
    const h = cluster();
    expect(h.must({ type: 'produce', topic: 't', value: 'x', acks: 0 })).toMatchObject({ offset: -1, ack: 'none' });
  });

  it('a recovered follower catches up after the replication delay and rejoins the ISR', () => {
    const h = cluster();
    h.must({ type: 'broker.fail', broker: 3 });
    h.must({ type: 'produce', topic: 't', value: 'a', acks: 'all' });
    h.cluster.advanceTo(100);
    expect(h.partition('t', 0)).toMatchObject({ isr: [1, 2], highWatermark: 1 });
    h.must({ type: 'broker.recover', broker: 3 });
    h.cluster.advanceTo(200);
    expect(h.partition('t', 0)).toMatchObject({ isr: [1, 2, 3], followerLogEndOffsets: { 2: 1, 3: 1 } });
    expect(h.ofType(h.drain(), 'isr.expanded')).toMatchObject([{ broker: 3, isr: [1, 2, 3], at: 200 }]);
  });
});
