import { describe, expect, it } from 'vitest';
import { rangeAssign, roundRobinAssign, stickyAssign, type Assignment, type AssignorMember } from './assignors';
import { harness } from './test-utils/harness';

const fmt = (a: Assignment, multiTopic: boolean) =>
  Object.fromEntries([...a].map(([m, tps]) => [m, tps.map((tp) => (multiTopic ? `${tp.topic}p${tp.partition}` : tp.partition))]));
const members = (ids: string[], topics: string[]): AssignorMember[] => ids.map((id) => ({ id, topics, owned: [] }));

describe('H.3 table: orders with 4 partitions, c1..c3', () => {
  const ms = members(['c1', 'c2', 'c3'], ['orders']);
  const sizes = new Map([['orders', 4]]);
  it('Range', () => expect(fmt(rangeAssign(ms, sizes), false)).toEqual({ c1: [0, 1], c2: [2], c3: [3] }));
  it('RoundRobin', () => expect(fmt(roundRobinAssign(ms, sizes), false)).toEqual({ c1: [0, 3], c2: [1], c3: [2] }));
  it('Sticky from scratch = RoundRobin', () => expect(fmt(stickyAssign(ms, sizes), false)).toEqual({ c1: [0, 3], c2: [1], c3: [2] }));
});

describe('H.3 table: same, 5 members -> c5 idle', () => {
  const ms = members(['c1', 'c2', 'c3', 'c4', 'c5'], ['orders']);
  const sizes = new Map([['orders', 4]]);
  const expected = { c1: [0], c2: [1], c3: [2], c4: [3], c5: [] };
  it('Range', () => expect(fmt(rangeAssign(ms, sizes), false)).toEqual(expected));
  it('RoundRobin', () => expect(fmt(roundRobinAssign(ms, sizes), false)).toEqual(expected));
  it('Sticky', () => expect(fmt(stickyAssign(ms, sizes), false)).toEqual(expected));
});

describe('H.3 table: topics a and b with 3 partitions each, c1..c4', () => {
  const ms = members(['c1', 'c2', 'c3', 'c4'], ['a', 'b']);
  const sizes = new Map([
    ['a', 3],
    ['b', 3],
  ]);
  it('Range leaves c4 idle although there are 6 partitions', () =>
    expect(fmt(rangeAssign(ms, sizes), true)).toEqual({ c1: ['ap0', 'bp0'], c2: ['ap1', 'bp1'], c3: ['ap2', 'bp2'], c4: [] }));
  it('RoundRobin', () =>
    expect(fmt(roundRobinAssign(ms, sizes), true)).toEqual({ c1: ['ap0', 'bp1'], c2: ['ap1', 'bp2'], c3: ['ap2'], c4: ['bp0'] }));
  it('Sticky is balanced 2/2/1/1', () =>
    expect(Object.values(fmt(stickyAssign(ms, sizes), true)).map((x) => x.length)).toEqual([2, 2, 1, 1]));
});

describe('H.3 table: javadoc C0, C1, C2 with t0..t3 of 2 partitions each', () => {
  const topics = ['t0', 't1', 't2', 't3'];
  const sizes = new Map(topics.map((t) => [t, 2]));
  const initial = { C0: ['t0p0', 't1p1', 't3p0'], C1: ['t0p1', 't2p0', 't3p1'], C2: ['t1p0', 't2p1'] };
  it('RoundRobin and Sticky agree', () => {
    const ms = members(['C0', 'C1', 'C2'], topics);
    expect(fmt(roundRobinAssign(ms, sizes), true)).toEqual(initial);
    expect(fmt(stickyAssign(ms, sizes), true)).toEqual(initial);
  });
  it('C1 leaves: RoundRobin reshuffles, Sticky only moves C1 partitions', () => {
    const ms = members(['C0', 'C2'], topics);
    expect(fmt(roundRobinAssign(ms, sizes), true)).toEqual({ C0: ['t0p0', 't1p0', 't2p0', 't3p0'], C2: ['t0p1', 't1p1', 't2p1', 't3p1'] });
    const owned = (names: string[]) => names.map((n) => ({ topic: n.slice(0, 2), partition: Number(n.slice(3)) }));
    const sticky = stickyAssign(
      [
        { id: 'C0', topics, owned: owned(initial.C0) },
        { id: 'C2', topics, owned: owned(initial.C2) },
      ],
      sizes,
    );
    expect(fmt(sticky, true)).toEqual({ C0: ['t0p0', 't1p1', 't3p0', 't2p0'], C2: ['t1p0', 't2p1', 't0p1', 't3p1'] });
  });
  it('members sort by id as strings: "c10" < "c2"', () => {
    const ms = members(['c2', 'c10'], ['orders']);
    expect(fmt(rangeAssign(ms, new Map([['orders', 3]])), false)).toEqual({ c10: [0, 1], c2: [2] });
  });
});

describe('through the cluster: rebalances', () => {
  const topics = ['t0', 't1', 't2', 't3'];
  function javadocGroup(assignor: 'roundrobin' | 'cooperative-sticky') {
    // group.initial.rebalance.delay.ms lets the three start together, as in the javadoc.
    const h = harness({ initialRebalanceDelayMs: 3000 });
    for (const t of topics) h.must({ type: 'topic.create', topic: t, partitions: 2 });
    for (const m of ['C0', 'C1', 'C2']) h.must({ type: 'group.join', group: 'g', member: m, topics, assignor });
    expect(h.assignment('g')).toEqual({ C0: [], C1: [], C2: [] });
    h.cluster.advanceTo(3000);
    return h;
  }

  it('eager RoundRobin: everyone revokes everything on every rebalance', () => {
    const h = javadocGroup('roundrobin');
    expect(h.assignment('g')).toEqual({ C0: ['t0p0', 't1p1', 't3p0'], C1: ['t0p1', 't2p0', 't3p1'], C2: ['t1p0', 't2p1'] });
    h.drain();
    h.must({ type: 'group.leave', group: 'g', member: 'C1' });
    const ev = h.drain();
    expect(h.ofType(ev, 'group.partitions.revoked').map((e) => e.member)).toEqual(['C1', 'C0', 'C2']);
    expect(h.assignment('g')).toEqual({ C0: ['t0p0', 't1p0', 't2p0', 't3p0'], C2: ['t0p1', 't1p1', 't2p1', 't3p1'] });
  });

  it('cooperative sticky: C1 leaving is one rebalance in which C0 and C2 revoke nothing', () => {
    const h = javadocGroup('cooperative-sticky');
    expect(h.assignment('g')).toEqual({ C0: ['t0p0', 't1p1', 't3p0'], C1: ['t0p1', 't2p0', 't3p1'], C2: ['t1p0', 't2p1'] });
    h.drain();
    h.must({ type: 'group.leave', group: 'g', member: 'C1' });
    const ev = h.drain();
    expect(h.ofType(ev, 'group.rebalance.started')).toHaveLength(1);
    expect(h.ofType(ev, 'group.partitions.revoked').map((e) => e.member)).toEqual(['C1']);
    const added = Object.fromEntries(h.ofType(ev, 'group.partitions.assigned').map((e) => [e.member, e.added.map((tp) => `${tp.topic}p${tp.partition}`)]));
    expect(added).toEqual({ C0: ['t2p0'], C2: ['t0p1', 't3p1'] });
    expect(h.assignment('g')).toEqual({ C0: ['t0p0', 't1p1', 't3p0', 't2p0'], C2: ['t1p0', 't2p1', 't0p1', 't3p1'] });
  });

  it('cooperative sticky: when C3 joins, rebalance 1 revokes t2p0 (C0) and t3p1 (C2), rebalance 2 gives them to C3', () => {
    const h = javadocGroup('cooperative-sticky');
    h.must({ type: 'group.leave', group: 'g', member: 'C1' });
    h.drain();
    h.must({ type: 'group.join', group: 'g', member: 'C3', topics, assignor: 'cooperative-sticky' });
    const ev = h.drain();
    const starts = h.ofType(ev, 'group.rebalance.started');
    expect(starts.map((e) => e.reason)).toEqual(['member-joined', 'cooperative-follow-up']);
    const [g1, g2] = starts.map((e) => e.generation);
    const revoked = h.ofType(ev, 'group.partitions.revoked').map((e) => [e.generation, e.member, e.partitions.map((tp) => `${tp.topic}p${tp.partition}`)]);
    expect(revoked).toEqual([
      [g1, 'C0', ['t2p0']],
      [g1, 'C2', ['t3p1']],
    ]);
    const gained = h
      .ofType(ev, 'group.partitions.assigned')
      .filter((e) => e.added.length > 0)
      .map((e) => [e.generation, e.member, e.added.map((tp) => `${tp.topic}p${tp.partition}`)]);
    expect(gained).toEqual([[g2, 'C3', ['t2p0', 't3p1']]]);
    expect(h.assignment('g')).toEqual({ C0: ['t0p0', 't1p1', 't3p0'], C2: ['t1p0', 't2p1', 't0p1'], C3: ['t2p0', 't3p1'] });
  });

  it('a crash is detected only after session.timeout.ms of simulated time', () => {
    const h = harness();
    h.must({ type: 'topic.create', topic: 'orders', partitions: 4 });
    h.must({ type: 'group.join', group: 'g', member: 'c1', topics: ['orders'], sessionTimeoutMs: 10000 });
    h.must({ type: 'group.join', group: 'g', member: 'c2', topics: ['orders'], sessionTimeoutMs: 10000 });
    expect(h.must({ type: 'consumer.crash', group: 'g', member: 'c2' }).detectedAt).toBe(10000);
    h.cluster.advanceTo(9999);
    expect(h.assignment('g')).toEqual({ c1: ['ordersp0', 'ordersp1'], c2: ['ordersp2', 'ordersp3'] });
    h.cluster.advanceTo(10000);
    expect(h.assignment('g')).toEqual({ c1: ['ordersp0', 'ordersp1', 'ordersp2', 'ordersp3'] });
    expect(h.ofType(h.drain(), 'group.member.left').map((e) => [e.member, e.reason, e.at])).toEqual([['c2', 'session-timeout', 10000]]);
  });

  it('adding partitions to a subscribed topic rebalances the group', () => {
    const h = harness();
    h.must({ type: 'topic.create', topic: 'orders', partitions: 2 });
    h.must({ type: 'group.join', group: 'g', member: 'c1', topics: ['orders'] });
    h.must({ type: 'group.join', group: 'g', member: 'c2', topics: ['orders'] });
    h.must({ type: 'topic.alter', topic: 'orders', partitions: 4 });
    expect(h.assignment('g')).toEqual({ c1: ['ordersp0', 'ordersp1'], c2: ['ordersp2', 'ordersp3'] });
    expect(h.cluster.execute({ type: 'topic.alter', topic: 'orders', partitions: 3 })).toMatchObject({ ok: false, error: { code: 'INVALID_PARTITIONS' } });
  });
});
