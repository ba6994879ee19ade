// The Kafka exercises (curriculum §7): a goal in words, a starting scenario, and a check the app
// runs itself over a headless run of the student's scenario. Each has a reference solution
// (tests prove it passes and that the starting scenario does not).

import type { MessageKey } from '../../i18n/en';
import type { Params } from '../../i18n/translate';
import { DocBuilder, consumers } from '../../scenario/kafka/presets/build';
import type { KafkaNode, KafkaScenario } from '../../scenario/kafka/types';
import { memberKey } from '../../sim/kafka/sync';
import { clientEvents, engineEvents, runHeadless, type RunResult, type ScriptStep } from './run';

export interface CheckLine {
  readonly key: MessageKey;
  readonly params?: Params;
  readonly ok: boolean;
}

export interface KafkaExercise {
  readonly id: 'keys-order' | 'no-idle' | 'audit-replay' | 'no-loss' | 'fast-failover' | 'file-pipeline' | 'compaction';
  readonly start: () => KafkaScenario;
  /** The reference solution, from the starting scenario. */
  readonly solve: (doc: KafkaScenario) => KafkaScenario;
  readonly check: (doc: KafkaScenario) => CheckLine[];
}

const line = (key: MessageKey, ok: boolean, params?: Params): CheckLine => (params ? { key, params, ok } : { key, ok });
const patch = (doc: KafkaScenario, pick: (n: KafkaNode) => boolean, change: (n: KafkaNode) => KafkaNode): KafkaScenario => ({ ...doc, nodes: doc.nodes.map((n) => (pick(n) ? change(n) : n)) });
const byName = (doc: KafkaScenario, kind: KafkaNode['kind'], name: string) => doc.nodes.find((n) => n.kind === kind && n.name === name);

// 1. Same key, same partition, same order.
const keysOrder: KafkaExercise = {
  id: 'keys-order',
  start: () => {
    const b = new DocBuilder('exercise:keys-order');
    b.node('brokers', 0, 300, { brokers: 1 });
    const p = b.node('producer', 0, 120, { name: 'checkout', keys: ['alice', 'bob'], value: '{key} step {n}', partitioner: 'round-robin', schedule: { enabled: true, ratePerSec: 2, limit: 12 } });
    const t = b.node('topic', 270, 60, { name: 'carts', partitions: 3, replicationFactor: 1 });
    const g = b.node('group', 680, 60, { name: 'fulfilment', consumers: consumers(3, { processingMs: 300 }) });
    b.edge('produce', p, t);
    b.edge('subscribe', t, g);
    return b.build();
  },
  solve: (doc) => patch(doc, (n) => n.kind === 'producer', (n) => (n.kind === 'producer' ? { ...n, partitioner: 'default', keyed: true } : n)),
  check: (doc) => {
    const r = runHeadless(doc, 15_000);
    const appended = engineEvents(r.log, 'record.appended');
    const parts = new Map<string, Set<number>>();
    for (const a of appended) parts.set(a.key ?? 'null', (parts.get(a.key ?? 'null') ?? new Set()).add(a.partition));
    const processed = clientEvents(r.log, 'consumer-processed');
    const order = new Map<string, number[]>();
    for (const p of processed) order.set(p.key ?? 'null', [...(order.get(p.key ?? 'null') ?? []), Number(/(\d+)\s*$/.exec(p.value ?? '')?.[1] ?? 0)]);
    const inOrder = [...order.values()].every((l) => l.every((v, i) => i === 0 || l[i - 1] < v));
    return [
      line('kafka.check.sent', appended.length >= 12, { n: appended.length, want: 12 }),
      line('kafka.check.onePartitionPerKey', appended.length > 0 && [...parts.values()].every((s) => s.size === 1)),
      line('kafka.check.inOrder', processed.length >= 12 && inOrder),
    ];
  },
};

// 2. Members beyond the partition count stay idle.
const noIdle: KafkaExercise = {
  id: 'no-idle',
  start: () => {
    const b = new DocBuilder('exercise:no-idle');
    b.node('brokers', 0, 300, { brokers: 1 });
    const p = b.node('producer', 0, 120, { keys: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], value: 'task {n}', schedule: { enabled: true, ratePerSec: 4, limit: 0 } });
    const t = b.node('topic', 270, 60, { name: 'tasks', partitions: 2, replicationFactor: 1 });
    const g = b.node('group', 680, 40, { name: 'workers', consumers: consumers(4, { processingMs: 200 }) });
    b.edge('produce', p, t);
    b.edge('subscribe', t, g);
    return b.build();
  },
  solve: (doc) => patch(doc, (n) => n.kind === 'topic', (n) => (n.kind === 'topic' ? { ...n, partitions: 4 } : n)),
  check: (doc) => {
    const r = runHeadless(doc, 8000);
    const group = doc.nodes.find((n) => n.kind === 'group');
    const g = group ? r.sim.engine.groups().find((x) => x.id === group.name) : undefined;
    const members = g?.members ?? [];
    const busy = new Set(clientEvents(r.log, 'consumer-processed').map((e) => e.consumer));
    const count = group?.kind === 'group' ? group.consumers.length : 0;
    return [
      line('kafka.check.fourConsumers', count >= 4, { n: count }),
      line('kafka.check.noIdle', members.length >= 4 && members.every((m) => m.assignment.length > 0)),
      line('kafka.check.allWorked', group?.kind === 'group' && group.consumers.every((c) => busy.has(c.id))),
    ];
  },
};

// 3. A second group reads the whole log: auto.offset.reset applies when it has no committed offset.
const AUDIT_JOINS_AT = 5000;
const auditReplay: KafkaExercise = {
  id: 'audit-replay',
  start: () => {
    const b = new DocBuilder('exercise:audit-replay');
    b.node('brokers', 0, 300, { brokers: 1 });
    const p = b.node('producer', 0, 120, { name: 'shop', keys: ['order-1', 'order-2', 'order-3'], value: 'order {n}', schedule: { enabled: true, ratePerSec: 2, limit: 6 } });
    const t = b.node('topic', 270, 60, { name: 'orders', partitions: 1, replicationFactor: 1 });
    const g1 = b.node('group', 680, 20, { name: 'billing', consumers: consumers(1, { processingMs: 200 }) });
    const g2 = b.node('group', 680, 220, { name: 'audit', autoOffsetReset: 'latest', consumers: consumers(1, { processingMs: 200 }) });
    b.edge('produce', p, t);
    b.edge('subscribe', t, g1);
    b.edge('subscribe', t, g2);
    return b.build();
  },
  solve: (doc) => patch(doc, (n) => n.kind === 'group' && n.name === 'audit', (n) => (n.kind === 'group' ? { ...n, autoOffsetReset: 'earliest' } : n)),
  check: (doc) => {
    // The audit application starts 5 s later, when the six orders are already in the log.
    const audit = byName(doc, 'group', 'audit');
    const early = { ...doc, nodes: doc.nodes.filter((n) => n !== audit), edges: doc.edges.filter((e) => e.target !== audit?.id) };
    const script: ScriptStep[] = [{ at: AUDIT_JOINS_AT, act: (sim) => sim.setDocument(doc) }];
    const r = runHeadless(early, 15_000, script);
    const read = new Set(clientEvents(r.log, 'consumer-processed').filter((e) => e.group === audit?.id).map((e) => `${e.partition}@${e.offset}`));
    const billing = clientEvents(r.log, 'consumer-processed').filter((e) => doc.nodes.find((n) => n.id === e.group)?.name === 'billing').length;
    return [
      line('kafka.check.auditExists', audit !== undefined),
      line('kafka.check.auditReadAll', read.size >= 6, { n: read.size, want: 6 }),
      line('kafka.check.billingUnchanged', billing === 6, { n: billing }),
    ];
  },
};

// 4. acks=all: an acknowledged record survives a leader failure.
const noLoss: KafkaExercise = {
  id: 'no-loss',
  start: () => {
    const b = new DocBuilder('exercise:no-loss');
    b.node('brokers', 680, 40, { brokers: 3, replicationDelayMs: 1500 });
    const p = b.node('producer', 0, 120, { name: 'payments-api', acks: 1, keys: ['p'], value: 'payment {n}', schedule: { enabled: true, ratePerSec: 2, limit: 20 } });
    const t = b.node('topic', 270, 80, { name: 'payments', partitions: 1, replicationFactor: 3 });
    b.edge('produce', p, t);
    return b.build();
  },
  solve: (doc) => patch(doc, (n) => n.kind === 'producer', (n) => (n.kind === 'producer' ? { ...n, acks: 'all' } : n)),
  check: (doc) => {
    const failLeader: ScriptStep = {
      at: 4000,
      act: (sim) => {
        const leader = sim.engine.topics()[0]?.partitions[0]?.leader;
        if (leader !== null && leader !== undefined) sim.failBroker(leader);
      },
    };
    const r = runHeadless(doc, 20_000, [failLeader]);
    const lost = engineEvents(r.log, 'records.lost').reduce((n, e) => n + e.records.length, 0);
    const sent = clientEvents(r.log, 'producer-sent').length;
    const values = new Set((r.sim.engine.topics()[0]?.partitions[0]?.records ?? []).map((x) => x.value));
    return [
      line('kafka.check.brokerFailed', engineEvents(r.log, 'broker.failed').length === 1),
      line('kafka.check.noneLost', lost === 0, { n: lost }),
      line('kafka.check.allInLog', sent > 0 && values.size >= sent, { n: values.size, want: sent }),
    ];
  },
};

// 5. session.timeout.ms decides how long a crashed consumer's partitions wait.
const CRASH_AT = 3000;
const fastFailover: KafkaExercise = {
  id: 'fast-failover',
  start: () => {
    const b = new DocBuilder('exercise:fast-failover');
    b.node('brokers', 0, 300, { brokers: 1 });
    const p = b.node('producer', 0, 120, { keys: ['sensor-1', 'sensor-2', 'sensor-3', 'sensor-4'], value: 'reading {n} of {key}', schedule: { enabled: true, ratePerSec: 4, limit: 0 } });
    const t = b.node('topic', 270, 60, { name: 'events', partitions: 4, replicationFactor: 1 });
    const g = b.node('group', 680, 60, { name: 'processors', consumers: consumers(2, { processingMs: 150 }) });
    b.edge('produce', p, t);
    b.edge('subscribe', t, g);
    return b.build();
  },
  solve: (doc) => patch(doc, (n) => n.kind === 'group', (n) => (n.kind === 'group' ? { ...n, sessionTimeoutMs: 4000 } : n)),
  check: (doc) => {
    const group = doc.nodes.find((n) => n.kind === 'group');
    const victim = group?.kind === 'group' ? group.consumers[0] : undefined;
    const crash: ScriptStep = { at: CRASH_AT, act: (sim) => group && victim && sim.crashConsumer(group.id, victim.id) };
    const r = runHeadless(doc, 15_000, [crash]);
    const crashed = r.sim.consumers.get(group && victim ? memberKey(group.id, victim.id) : '')?.crashed === true;
    const takeover = r.log.find((e) => e.time >= CRASH_AT && e.source === 'engine' && e.event.type === 'group.rebalance.completed' && !(victim && victim.name in e.event.assignment) && Object.values(e.event.assignment).flat().length > 0);
    const after = takeover ? takeover.time - CRASH_AT : null;
    return [
      line('kafka.check.crashed', crashed),
      line('kafka.check.takenOver', after !== null && after <= 5000, { s: after === null ? '—' : (after / 1000).toFixed(1) }),
    ];
  },
};

// 6. Kafka Connect: file → source → topic → sink → file.txt.
const filePipeline: KafkaExercise = {
  id: 'file-pipeline',
  start: () => {
    const b = new DocBuilder('exercise:file-pipeline');
    b.node('brokers', 0, 300, { brokers: 1 });
    b.node('connect', 440, 260, { workers: 2 });
    b.node('file', 0, 40, { name: 'input.txt', initial: 'apple\nbanana\ncherry\n', writer: { enabled: false, ratePerSec: 1, lines: [], limit: 0 } });
    b.node('topic', 440, 40, { name: 'fruit', partitions: 1, replicationFactor: 1 });
    b.node('file', 1020, 40, { name: 'file.txt', writer: { enabled: false, ratePerSec: 1, lines: [], limit: 0 } });
    return b.build();
  },
  solve: (doc) => {
    const id = (name: string) => doc.nodes.find((n) => n.name === name)!.id;
    return {
      ...doc,
      nodes: [
        ...doc.nodes,
        { id: 'x1', kind: 'connector', name: 'file-source', position: { x: 230, y: 60 }, connectorClass: 'FileStreamSource', tasksMax: 1, batchSize: 2000 },
        { id: 'x2', kind: 'connector', name: 'file-sink', position: { x: 810, y: 60 }, connectorClass: 'FileStreamSink', tasksMax: 1, batchSize: 2000 },
      ],
      edges: [
        ...doc.edges,
        { id: 'x3', kind: 'source-read', source: id('input.txt'), target: 'x1' },
        { id: 'x4', kind: 'source-write', source: 'x1', target: id('fruit') },
        { id: 'x5', kind: 'sink-read', source: id('fruit'), target: 'x2' },
        { id: 'x6', kind: 'sink-write', source: 'x2', target: id('file.txt') },
      ],
    };
  },
  check: (doc) => {
    const r: RunResult = runHeadless(doc, 12_000);
    const out = r.sim.engine.files().find((f) => f.path === 'file.txt')?.content ?? '';
    const input = r.sim.engine.files().find((f) => f.path === 'input.txt')?.content ?? '';
    const viaTopic = engineEvents(r.log, 'connect.sink.line.written').every((e) => e.topic !== '') && engineEvents(r.log, 'connect.source.line.read').length > 0;
    return [
      line('kafka.check.throughKafka', viaTopic),
      line('kafka.check.fileCopied', input !== '' && out === input, { lines: out.split('\n').filter(Boolean).length }),
    ];
  },
};

// 7. Compaction keeps the latest value of each key.
const compaction: KafkaExercise = {
  id: 'compaction',
  start: () => {
    const b = new DocBuilder('exercise:compaction');
    b.node('brokers', 0, 300, { brokers: 1 });
    const p = b.node('producer', 0, 120, { name: 'pricing', keys: ['apple', 'pear', 'plum'], value: '{key} costs {n}', schedule: { enabled: true, ratePerSec: 3, limit: 18 } });
    const t = b.node('topic', 270, 60, { name: 'prices', partitions: 1, replicationFactor: 1 });
    b.edge('produce', p, t);
    return b.build();
  },
  solve: (doc) => patch(doc, (n) => n.kind === 'topic', (n) => (n.kind === 'topic' ? { ...n, cleanupPolicy: 'compact' } : n)),
  check: (doc) => {
    const r = runHeadless(doc, 10_000);
    const topic = doc.nodes.find((n) => n.kind === 'topic');
    const p = r.sim.engine.topics().find((x) => x.name === topic?.name)?.partitions[0];
    const keys = (p?.records ?? []).filter((x) => x.offset < (p?.highWatermark ?? 0)).map((x) => x.key);
    const latest = (p?.records ?? []).every((rec) => !(p?.records ?? []).some((o) => o.key === rec.key && o.offset > rec.offset));
    return [
      line('kafka.check.priceCount', keys.length > 0 && new Set(keys).size === keys.length, { n: keys.length }),
      line('kafka.check.latestKept', keys.length > 0 && latest && (p?.logEndOffset ?? 0) >= 18),
    ];
  },
};

export const KAFKA_EXERCISES: readonly KafkaExercise[] = [keysOrder, noIdle, auditReplay, noLoss, fastFailover, filePipeline, compaction];

export function passed(lines: readonly CheckLine[]): boolean {
  return lines.length > 0 && lines.every((l) => l.ok);
}
