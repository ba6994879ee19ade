// The Kafka mode's ready-made scenarios, one per idea of the course notes (curriculum §6). Each
// builds a fresh document, so loading one never shares state with another. A preset's title is its
// id: the UI shows it in the user's language.

import type { KafkaScenario } from '../types';
import { DocBuilder, consumers } from './build';

export type KafkaPresetId =
  | 'partitions-keys'
  | 'ordering'
  | 'idle-consumer'
  | 'rebalance'
  | 'replay'
  | 'retention'
  | 'compaction'
  | 'replication'
  | 'connect-pipeline'
  | 'queue-vs-log';

export interface KafkaPreset {
  readonly id: KafkaPresetId;
  readonly build: () => KafkaScenario;
}

function partitionsAndKeys(): KafkaScenario {
  const b = new DocBuilder('partitions-keys');
  b.node('brokers', 0, 300, { brokers: 3 });
  const p = b.node('producer', 0, 120, { keys: ['user-1', 'user-2', 'user-3', 'user-4', 'abc'], value: 'click {n} by {key}', schedule: { enabled: true, ratePerSec: 1.5, limit: 0 } });
  const t = b.node('topic', 270, 60, { name: 'clicks', partitions: 3, replicationFactor: 1 });
  const g = b.node('group', 680, 80, { name: 'analytics', consumers: consumers(1, { processingMs: 150 }) });
  b.edge('produce', p, t);
  b.edge('subscribe', t, g);
  return b.build();
}

function ordering(): KafkaScenario {
  const b = new DocBuilder('ordering');
  b.node('brokers', 0, 300, { brokers: 3 });
  const p = b.node('producer', 0, 120, { name: 'bank', keys: ['account-1', 'account-2', 'account-3'], value: '{key} step {n}', schedule: { enabled: true, ratePerSec: 2, limit: 24 } });
  const t = b.node('topic', 270, 60, { name: 'transactions', partitions: 3, replicationFactor: 1 });
  const g = b.node('group', 680, 40, { name: 'ledger', consumers: consumers(3, { processingMs: 400 }) });
  b.edge('produce', p, t);
  b.edge('subscribe', t, g);
  return b.build();
}

function idleConsumer(): KafkaScenario {
  const b = new DocBuilder('idle-consumer');
  b.node('brokers', 0, 300, { brokers: 3 });
  const p = b.node('producer', 0, 120, { keys: ['order-1', 'order-2', 'order-3', 'order-4'], value: 'job {n} of {key}', schedule: { enabled: true, ratePerSec: 2, limit: 0 } });
  const t = b.node('topic', 270, 80, { name: 'jobs', partitions: 2, replicationFactor: 1 });
  const g = b.node('group', 680, 40, { name: 'workers', consumers: consumers(3, { processingMs: 250 }) });
  b.edge('produce', p, t);
  b.edge('subscribe', t, g);
  return b.build();
}

function rebalance(): KafkaScenario {
  const b = new DocBuilder('rebalance');
  b.node('brokers', 0, 300, { brokers: 3 });
  const p = b.node('producer', 0, 140, { keys: ['sensor-1', 'sensor-2', 'sensor-3', 'sensor-4'], value: 'reading {n} of {key}', schedule: { enabled: true, ratePerSec: 3, limit: 0 } });
  const t = b.node('topic', 270, 60, { name: 'events', partitions: 4, replicationFactor: 1 });
  const g = b.node('group', 680, 60, { name: 'processors', sessionTimeoutMs: 6000, consumers: consumers(2, { processingMs: 200 }) });
  b.edge('produce', p, t);
  b.edge('subscribe', t, g);
  return b.build();
}

function replay(): KafkaScenario {
  const b = new DocBuilder('replay');
  b.node('brokers', 0, 300, { brokers: 3 });
  const p = b.node('producer', 0, 120, { keys: ['order-1', 'order-2'], value: 'order event {n}', schedule: { enabled: true, ratePerSec: 2, limit: 8 } });
  const t = b.node('topic', 270, 80, { name: 'orders', partitions: 2, replicationFactor: 1 });
  const g = b.node('group', 680, 40, { name: 'billing', commit: 'after-batch', consumers: consumers(1, { processingMs: 200 }) });
  b.edge('produce', p, t);
  b.edge('subscribe', t, g);
  return b.build();
}

function retention(): KafkaScenario {
  const b = new DocBuilder('retention');
  b.node('brokers', 0, 300, { brokers: 3 });
  const p = b.node('producer', 0, 120, { keyed: false, value: 'reading {n}', schedule: { enabled: true, ratePerSec: 1, limit: 0 } });
  const t = b.node('topic', 270, 80, { name: 'metrics', partitions: 1, replicationFactor: 1, retentionMs: 8000 });
  const g = b.node('group', 680, 80, { name: 'dashboard', consumers: consumers(1, { processingMs: 100 }) });
  b.edge('produce', p, t);
  b.edge('subscribe', t, g);
  return b.build();
}

function compaction(): KafkaScenario {
  const b = new DocBuilder('compaction');
  b.node('brokers', 0, 300, { brokers: 3 });
  const p = b.node('producer', 0, 120, { name: 'thermostats', keys: ['room-1', 'room-2', 'room-3'], value: '{key}: {n}°', schedule: { enabled: true, ratePerSec: 2, limit: 0 } });
  const t = b.node('topic', 270, 80, { name: 'temperatures', partitions: 1, replicationFactor: 1, cleanupPolicy: 'compact', deleteRetentionMs: 5000 });
  const g = b.node('group', 680, 80, { name: 'display', consumers: consumers(1, { processingMs: 100 }) });
  b.edge('produce', p, t);
  b.edge('subscribe', t, g);
  return b.build();
}

function replication(): KafkaScenario {
  const b = new DocBuilder('replication');
  b.node('brokers', 680, 40, { brokers: 3, replicationDelayMs: 1500 });
  const fast = b.node('producer', 0, 20, { name: 'acks-1', acks: 1, keys: ['p'], value: 'payment {n}', schedule: { enabled: true, ratePerSec: 1, limit: 0 } });
  const safe = b.node('producer', 0, 190, { name: 'acks-all', acks: 'all', keys: ['p'], value: 'payment {n}', schedule: { enabled: true, ratePerSec: 1, limit: 0 } });
  const t1 = b.node('topic', 270, 0, { name: 'payments-fast', partitions: 1, replicationFactor: 3 });
  const t2 = b.node('topic', 270, 170, { name: 'payments-safe', partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 });
  b.edge('produce', fast, t1);
  b.edge('produce', safe, t2);
  return b.build();
}

function connectPipeline(): KafkaScenario {
  const b = new DocBuilder('connect-pipeline');
  b.node('connect', 440, 260, { workers: 2 });
  b.node('brokers', 0, 260, { brokers: 1 });
  const input = b.node('file', 0, 40, { name: 'input.txt', initial: 'first line\nsecond line\n', writer: { enabled: true, ratePerSec: 0.5, lines: ['hello', 'kafka', 'connect', 'world'], limit: 0 } });
  const source = b.node('connector', 230, 60, { name: 'file-source' }, 'source');
  const topic = b.node('topic', 440, 40, { name: 'connect-test', partitions: 1, replicationFactor: 1 });
  const sink = b.node('connector', 810, 60, { name: 'file-sink' }, 'sink');
  const out = b.node('file', 1020, 40, { name: 'file.txt', writer: { enabled: false, ratePerSec: 1, lines: [], limit: 0 } });
  b.edge('source-read', input, source);
  b.edge('source-write', source, topic);
  b.edge('sink-read', topic, sink);
  b.edge('sink-write', sink, out);
  return b.build();
}

function queueVsLog(): KafkaScenario {
  const b = new DocBuilder('queue-vs-log');
  b.node('brokers', 0, 300, { brokers: 1 });
  const p = b.node('producer', 0, 100, { name: 'shop', keys: ['order-1', 'order-2', 'order-3'], value: 'order {n}', schedule: { enabled: true, ratePerSec: 1, limit: 6 } });
  const t = b.node('topic', 270, 60, { name: 'orders', partitions: 1, replicationFactor: 1 });
  const g = b.node('group', 680, 60, { name: 'billing', consumers: consumers(1, { processingMs: 300 }) });
  b.edge('produce', p, t);
  b.edge('subscribe', t, g);
  return b.build({ compare: true });
}

export const KAFKA_PRESETS: readonly KafkaPreset[] = [
  { id: 'partitions-keys', build: partitionsAndKeys },
  { id: 'ordering', build: ordering },
  { id: 'idle-consumer', build: idleConsumer },
  { id: 'rebalance', build: rebalance },
  { id: 'replay', build: replay },
  { id: 'retention', build: retention },
  { id: 'compaction', build: compaction },
  { id: 'replication', build: replication },
  { id: 'connect-pipeline', build: connectPipeline },
  { id: 'queue-vs-log', build: queueVsLog },
];

/** What the Kafka mode opens on when there is no saved draft. */
export const firstKafkaScenario = partitionsAndKeys;
