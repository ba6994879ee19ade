import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKafkaCluster } from './cluster';
import type { KafkaCommand } from './commands';
import type { AssignorName, KafkaRecord } from './types';

const MEMBERS = ['c1', 'c2', 'c3', 'c10'];

type Op =
  | { op: 'produce'; key: string | null }
  | { op: 'join'; member: string }
  | { op: 'leave'; member: string }
  | { op: 'poll'; member: string; max: number }
  | { op: 'grow' }
  | { op: 'tick'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('produce' as const), key: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', ''), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('join' as const), member: fc.constantFrom(...MEMBERS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('leave' as const), member: fc.constantFrom(...MEMBERS) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('poll' as const), member: fc.constantFrom(...MEMBERS), max: fc.integer({ min: 1, max: 7 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('grow' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 2000 }) }) },
);

function run(seed: number, assignor: AssignorName, ops: Op[]) {
  const cluster = createKafkaCluster({ seed, brokers: 3, replicationDelayMs: 0 });
  const exec = <C extends KafkaCommand>(cmd: C) => cluster.execute(cmd);
  exec({ type: 'topic.create', topic: 't', partitions: 3 });
  exec({ type: 'producer.configure', producer: 'producer', batchSize: 20 });
  const produced: string[] = [];
  const consumed: KafkaRecord[] = [];
  const pollAndCommit = (member: string, max: number) => {
    const r = exec({ type: 'poll', group: 'g', member, maxRecords: max });
    if (!r.ok) return 0;
    consumed.push(...r.value.records);
    // Manual commit right after processing: committed = last processed + 1.
    exec({ type: 'commit', group: 'g', member });
    return r.value.records.length;
  };
  let partitions = 3;
  let n = 0;
  for (const o of ops) {
    if (o.op === 'produce') {
      const value = `v${n++}`;
      if (exec({ type: 'produce', topic: 't', key: o.key, value }).ok) produced.push(value);
    } else if (o.op === 'join')
      exec({ type: 'group.join', group: 'g', member: o.member, topics: ['t'], assignor, autoOffsetReset: 'earliest', enableAutoCommit: false });
    else if (o.op === 'leave') exec({ type: 'group.leave', group: 'g', member: o.member });
    else if (o.op === 'poll') pollAndCommit(o.member, o.max);
    else if (o.op === 'grow' && partitions < 8) exec({ type: 'topic.alter', topic: 't', partitions: ++partitions });
    else if (o.op === 'tick') cluster.advanceTo(cluster.now + o.ms);
  }
  // Drain: make sure someone is in the group, then poll every member until nothing comes back.
  exec({ type: 'group.join', group: 'g', member: 'drainer', topics: ['t'], assignor, autoOffsetReset: 'earliest', enableAutoCommit: false });
  for (;;) {
    const members = cluster.groups().find((g) => g.id === 'g')!.members.map((m) => m.id);
    let got = 0;
    for (const m of members) got += pollAndCommit(m, 50);
    if (got === 0) break;
  }
  return { cluster, produced, consumed };
}

describe('properties', () => {
  it('with nothing failing, every produced record is consumed exactly once across the group, across rebalances', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom<AssignorName>('range', 'roundrobin', 'sticky', 'cooperative-sticky'), fc.array(opArb, { minLength: 20, maxLength: 120 }), (seed, assignor, ops) => {
        const { produced, consumed } = run(seed, assignor, ops);
        expect(consumed.map((r) => r.value).sort()).toEqual([...produced].sort());
      }),
      { numRuns: 150 },
    );
  });

  it("each partition's order is preserved: consumption follows offsets and production order per partition", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom<AssignorName>('range', 'cooperative-sticky'), fc.array(opArb, { minLength: 20, maxLength: 120 }), (seed, assignor, ops) => {
        const { cluster, consumed } = run(seed, assignor, ops);
        const byPartition = new Map<number, KafkaRecord[]>();
        for (const r of consumed) byPartition.set(r.partition, [...(byPartition.get(r.partition) ?? []), r]);
        for (const [p, recs] of byPartition) {
          const offsets = recs.map((r) => r.offset);
          expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
          // Values were produced as v0, v1, ...: within a partition they must come in that order.
          const seq = recs.map((r) => Number(r.value!.slice(1)));
          expect(seq).toEqual([...seq].sort((a, b) => a - b));
          expect(offsets).toEqual(cluster.topics()[0].partitions[p].records.map((r) => r.offset));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('replay from an offset gives the same records again', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(opArb, { minLength: 20, maxLength: 80 }), fc.nat(), (seed, ops, pick) => {
        const { cluster, consumed } = run(seed, 'range', ops);
        if (consumed.length === 0) return;
        const from = consumed[pick % consumed.length];
        const g = cluster.groups().find((x) => x.id === 'g')!;
        const owner = g.members.find((m) => m.assignment.some((a) => a.partition === from.partition))!.id;
        cluster.execute({ type: 'seek', group: 'g', member: owner, topic: 't', partition: from.partition, offset: from.offset });
        const again = cluster.execute({ type: 'poll', group: 'g', member: owner, maxRecords: 10_000 });
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        const expected = consumed.filter((r) => r.partition === from.partition && r.offset >= from.offset);
        expect(again.value.records.filter((r) => r.partition === from.partition)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('same seed + same commands => same events', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom<AssignorName>('roundrobin', 'cooperative-sticky'), fc.array(opArb, { minLength: 20, maxLength: 80 }), (seed, assignor, ops) => {
        const a = run(seed, assignor, ops).cluster.takeEvents();
        const b = run(seed, assignor, ops).cluster.takeEvents();
        expect(a).toEqual(b);
      }),
      { numRuns: 50 },
    );
  });
});
