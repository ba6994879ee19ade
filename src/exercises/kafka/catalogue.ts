// The Kafka exercises (curriculum §7): a goal in words, a starting scenario, and a check the app
// runs itself over a headless run of the student's scenario. Each has a reference solution
// (tests prove it passes and that the starting scenario does not).

import { DocBuilder, consumers } from '../../scenario/kafka/presets/build';
import type { KafkaNode, KafkaScenario } from '../../scenario/kafka/types';
import { judgeKafka, type CheckLine, type KafkaCheckSpec } from './spec';

export { passed, type CheckLine } from './spec';

export interface KafkaExercise {
  readonly id: 'keys-order' | 'no-idle' | 'audit-replay' | 'no-loss' | 'fast-failover' | 'file-pipeline' | 'compaction';
  readonly start: () => KafkaScenario;
  /** The reference solution, from the starting scenario. */
  readonly solve: (doc: KafkaScenario) => KafkaScenario;
  /** What the app checks, as data: the same vocabulary an instructor's exercise uses. */
  readonly spec: KafkaCheckSpec;
}

/** Runs the student's scenario and judges it against the exercise's spec. */
export const checkKafkaExercise = (ex: Pick<KafkaExercise, 'spec'>, doc: KafkaScenario): CheckLine[] => judgeKafka(doc, ex.spec);

const patch = (doc: KafkaScenario, pick: (n: KafkaNode) => boolean, change: (n: KafkaNode) => KafkaNode): KafkaScenario => ({ ...doc, nodes: doc.nodes.map((n) => (pick(n) ? change(n) : n)) });

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
  spec: { runMs: 15_000, actions: [], expect: [{ kind: 'records', topic: 'carts', min: 12 }, { kind: 'key-one-partition', topic: 'carts' }, { kind: 'key-order', group: 'fulfilment', min: 12 }] },
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
  spec: { runMs: 8000, actions: [], expect: [{ kind: 'consumers', group: 'workers', min: 4 }, { kind: 'no-idle', group: 'workers' }, { kind: 'all-worked', group: 'workers' }] },
};

// 3. A second group reads the whole log: auto.offset.reset applies when it has no committed offset.
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
  spec: {
    runMs: 15_000,
    // The audit application starts 5 s later, when the six orders are already in the log.
    actions: [{ kind: 'start-late', at: 5000, group: 'audit' }],
    expect: [{ kind: 'read-all', group: 'audit', topic: 'orders' }, { kind: 'processed', group: 'billing', min: 6, max: 6 }],
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
  spec: { runMs: 20_000, actions: [{ kind: 'fail-leader', at: 4000, topic: 'payments', partition: 0 }], expect: [{ kind: 'none-lost' }, { kind: 'all-in-log', topic: 'payments' }] },
};

// 5. session.timeout.ms decides how long a crashed consumer's partitions wait.
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
  spec: { runMs: 15_000, actions: [{ kind: 'crash-consumer', at: 3000, group: 'processors', consumer: 1 }], expect: [{ kind: 'takeover', group: 'processors', withinMs: 5000 }] },
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
  spec: { runMs: 12_000, actions: [], expect: [{ kind: 'file-copy', from: 'input.txt', to: 'file.txt' }] },
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
  spec: { runMs: 10_000, actions: [], expect: [{ kind: 'one-per-key', topic: 'prices', min: 18 }] },
};

export const KAFKA_EXERCISES: readonly KafkaExercise[] = [keysOrder, noIdle, auditReplay, noLoss, fastFailover, filePipeline, compaction];

