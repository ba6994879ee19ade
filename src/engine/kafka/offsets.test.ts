import { describe, expect, it } from 'vitest';
import { errorCode, harness } from './test-utils/harness';

/** H.4 worked example: p0 holds offsets 0-9 (LEO 10), retention later moves the log start to 7. */
function h4() {
  const h = harness({ brokers: 1 });
  h.must({ type: 'topic.create', topic: 'p', partitions: 1, config: { retentionMs: 10000 } });
  for (let i = 0; i < 7; i++) h.must({ type: 'produce', topic: 'p', value: `v${i}` });
  h.cluster.advanceTo(5000);
  for (let i = 7; i < 10; i++) h.must({ type: 'produce', topic: 'p', value: `v${i}` });
  return h;
}

describe('H.4 positions, committed offsets and auto.offset.reset', () => {
  it('latest reads nothing until offset 10 is written; earliest reads 0-9', () => {
    const h = h4();
    h.must({ type: 'group.join', group: 'L', member: 'l', topics: ['p'], autoOffsetReset: 'latest' });
    expect(h.values('L', 'l')).toEqual([]);
    h.must({ type: 'group.join', group: 'E', member: 'e', topics: ['p'], autoOffsetReset: 'earliest' });
    expect(h.values('E', 'e')).toEqual(['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9']);
    h.must({ type: 'produce', topic: 'p', value: 'v10' });
    expect(h.values('L', 'l')).toEqual(['v10']);
    const set = h.ofType(h.drain(), 'consumer.position.set');
    expect(set.map((e) => [e.group, e.offset, e.reason])).toEqual([
      ['L', 10, 'no-committed-offset'],
      ['E', 0, 'no-committed-offset'],
    ]);
  });

  it('processes 0-4, commits 5, crashes: the next owner starts at 5', () => {
    const h = h4();
    h.must({ type: 'group.join', group: 'G', member: 'a', topics: ['p'], autoOffsetReset: 'earliest', enableAutoCommit: false, sessionTimeoutMs: 1000 });
    expect(h.values('G', 'a', 5)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
    expect(h.must({ type: 'commit', group: 'G', member: 'a' }).offsets).toEqual([{ topic: 'p', partition: 0, offset: 5 }]);
    h.must({ type: 'group.join', group: 'G', member: 'b', topics: ['p'], autoOffsetReset: 'earliest', enableAutoCommit: false });
    h.must({ type: 'consumer.crash', group: 'G', member: 'a' });
    expect(h.values('G', 'b')).toEqual([]); // a still owns p0 until its session times out
    h.cluster.advanceTo(6000);
    expect(h.values('G', 'b')).toEqual(['v5', 'v6', 'v7', 'v8', 'v9']);
    const g = h.cluster.groups().find((x) => x.id === 'G')!;
    expect(g.partitions).toEqual([{ topic: 'p', partition: 0, committed: 5, logEndOffset: 10, lag: 5, owner: 'b' }]);
  });

  it('committed 5 is out of range once retention moved the log start to 7: earliest -> 7, latest -> LEO', () => {
    const h = h4();
    for (const group of ['GE', 'GL']) {
      h.must({ type: 'group.join', group, member: 'first', topics: ['p'], autoOffsetReset: 'earliest', enableAutoCommit: false });
      h.values(group, 'first', 5);
      h.must({ type: 'commit', group, member: 'first' });
      h.must({ type: 'group.leave', group, member: 'first' });
    }
    h.cluster.advanceTo(10000);
    expect(h.partition('p', 0)).toMatchObject({ logStartOffset: 7, logEndOffset: 10 });
    const deleted = h.ofType(h.drain(), 'record.deleted');
    expect(deleted.map((e) => [e.offset, e.reason, e.at])).toEqual([0, 1, 2, 3, 4, 5, 6].map((o) => [o, 'retention-time', 10000]));
    h.must({ type: 'group.join', group: 'GE', member: 'e', topics: ['p'], autoOffsetReset: 'earliest' });
    h.must({ type: 'group.join', group: 'GL', member: 'l', topics: ['p'], autoOffsetReset: 'latest' });
    expect(h.values('GE', 'e')).toEqual(['v7', 'v8', 'v9']);
    expect(h.values('GL', 'l')).toEqual([]);
    expect(h.ofType(h.drain(), 'consumer.position.set').map((e) => [e.group, e.offset, e.reason])).toEqual([
      ['GE', 7, 'committed-out-of-range'],
      ['GL', 10, 'committed-out-of-range'],
    ]);
  });

  it("auto.offset.reset=none fails the poll with a typed error instead of guessing", () => {
    const h = h4();
    h.must({ type: 'group.join', group: 'N', member: 'n', topics: ['p'], autoOffsetReset: 'none' });
    const r = h.cluster.execute({ type: 'poll', group: 'N', member: 'n' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_OFFSET_FOR_PARTITION', params: { topic: 'p', partition: 0 } } });
  });

  it('a committed offset within range is where the next owner resumes (committed = next offset to read)', () => {
    const h = h4();
    h.must({ type: 'group.join', group: 'G', member: 'a', topics: ['p'], autoOffsetReset: 'earliest', enableAutoCommit: false });
    h.values('G', 'a', 3);
    h.must({ type: 'commit', group: 'G', member: 'a', offsets: [{ topic: 'p', partition: 0, offset: 3 }] });
    h.must({ type: 'group.leave', group: 'G', member: 'a' });
    h.must({ type: 'group.join', group: 'G', member: 'b', topics: ['p'], autoOffsetReset: 'latest' });
    expect(h.values('G', 'b', 2)).toEqual(['v3', 'v4']);
  });
});

describe('commits, crashes, replay, groups', () => {
  function topic3() {
    const h = harness({ brokers: 1 });
    h.must({ type: 'topic.create', topic: 't', partitions: 3 });
    for (let i = 0; i < 9; i++) h.must({ type: 'produce', topic: 't', value: `m${i}`, partition: i % 3 });
    return h;
  }

  it('poll returns records in partition order, each partition in offset order, and respects maxRecords', () => {
    const h = topic3();
    h.must({ type: 'group.join', group: 'g', member: 'c', topics: ['t'], autoOffsetReset: 'earliest' });
    const first = h.poll('g', 'c', 4).map((r) => `${r.partition}@${r.offset}`);
    expect(first).toEqual(['0@0', '0@1', '0@2', '1@0']);
    expect(h.poll('g', 'c').map((r) => `${r.partition}@${r.offset}`)).toEqual(['1@1', '1@2', '2@0', '2@1', '2@2']);
  });

  it('auto-commit: a crash redelivers what was polled since the last auto-commit', () => {
    const h = harness({ brokers: 1 });
    h.must({ type: 'topic.create', topic: 't', partitions: 1 });
    for (let i = 0; i < 6; i++) h.must({ type: 'produce', topic: 't', value: `m${i}` });
    h.must({ type: 'group.join', group: 'g', member: 'a', topics: ['t'], autoOffsetReset: 'earliest', autoCommitIntervalMs: 5000, sessionTimeoutMs: 3000 });
    h.must({ type: 'group.join', group: 'g', member: 'b', topics: ['t'], autoOffsetReset: 'earliest' });
    const owner = h.assignment('g').a.length === 1 ? 'a' : 'b';
    const other = owner === 'a' ? 'b' : 'a';
    expect(h.values('g', owner, 3)).toEqual(['m0', 'm1', 'm2']);
    h.cluster.advanceTo(5000); // auto-commit: 3
    expect(h.values('g', owner, 3)).toEqual(['m3', 'm4', 'm5']);
    h.must({ type: 'consumer.crash', group: 'g', member: owner });
    h.cluster.advanceTo(9000);
    expect(h.values('g', other)).toEqual(['m3', 'm4', 'm5']);
    const commits = h.ofType(h.drain(), 'offset.committed').filter((e) => e.member === owner);
    expect(commits.map((e) => [e.offset, e.auto, e.at])).toEqual([[3, true, 5000]]);
  });

  it('seek replays the same records; several groups read independently', () => {
    const h = topic3();
    h.must({ type: 'group.join', group: 'g1', member: 'c', topics: ['t'], autoOffsetReset: 'earliest' });
    h.must({ type: 'group.join', group: 'g2', member: 'c', topics: ['t'], autoOffsetReset: 'earliest' });
    const once = h.poll('g1', 'c');
    expect(h.poll('g2', 'c')).toEqual(once);
    expect(once).toHaveLength(9);
    h.must({ type: 'seek', group: 'g1', member: 'c', topic: 't', partition: 1, offset: 1 });
    expect(h.poll('g1', 'c')).toEqual(once.filter((r) => r.partition === 1 && r.offset >= 1));
    h.must({ type: 'seek', group: 'g1', member: 'c', topic: 't', partition: 0, offset: 'earliest' });
    expect(h.values('g1', 'c')).toEqual(['m0', 'm3', 'm6']);
  });

  it('extra members stay idle; every partition has at most one owner', () => {
    const h = topic3();
    for (const m of ['c1', 'c2', 'c3', 'c4']) h.must({ type: 'group.join', group: 'g', member: m, topics: ['t'] });
    expect(h.assignment('g')).toEqual({ c1: ['tp0'], c2: ['tp1'], c3: ['tp2'], c4: [] });
    const done = h.ofType(h.drain(), 'group.rebalance.completed').at(-1)!;
    expect(done.idle).toEqual(['c4']);
  });

  it('reports bad input as typed errors', () => {
    const h = topic3();
    expect(errorCode(h.cluster.execute({ type: 'poll', group: 'nope', member: 'x' }))).toBe('UNKNOWN_GROUP');
    h.must({ type: 'group.join', group: 'g', member: 'c', topics: ['t'] });
    expect(errorCode(h.cluster.execute({ type: 'group.join', group: 'g', member: 'c', topics: ['t'] }))).toBe('MEMBER_ALREADY_EXISTS');
    expect(errorCode(h.cluster.execute({ type: 'seek', group: 'g', member: 'c', topic: 't', partition: 7, offset: 0 }))).toBe('PARTITION_NOT_ASSIGNED');
    expect(errorCode(h.cluster.execute({ type: 'seek', group: 'g', member: 'c', topic: 't', partition: 0, offset: -1 }))).toBe('INVALID_OFFSET');
    expect(errorCode(h.cluster.execute({ type: 'poll', group: 'g', member: 'c', maxRecords: 0 }))).toBe('INVALID_CONFIG');
    expect(errorCode(h.cluster.execute({ type: 'group.resetOffsets', group: 'g', topic: 't', to: 0 }))).toBe('GROUP_NOT_EMPTY');
    expect(errorCode(h.cluster.execute({ type: 'group.join', group: 'g2', member: 'c', topics: ['t'], sessionTimeoutMs: -5 }))).toBe('INVALID_CONFIG');
    expect(errorCode(h.cluster.advanceTo(-1))).toBe('INVALID_TIME');
  });

  it('deleting a subscribed topic rebalances the group and drops its committed offsets', () => {
    const h = topic3();
    h.must({ type: 'topic.create', topic: 'u', partitions: 1 });
    h.must({ type: 'group.join', group: 'g', member: 'c', topics: ['t', 'u'], autoOffsetReset: 'earliest' });
    h.poll('g', 'c');
    h.must({ type: 'commit', group: 'g', member: 'c' });
    h.must({ type: 'topic.delete', topic: 't' });
    expect(h.assignment('g')).toEqual({ c: ['up0'] });
    expect(h.cluster.groups()[0].partitions.map((p) => p.topic)).toEqual(['u']);
  });
});
