import type { KafkaNode, KafkaNodeKind, KafkaScenario, KConsumer, Position } from './types';
import { KAFKA_SCENARIO_VERSION } from './types';

/** Kafka's own defaults where it has them (ConsumerConfig, TopicConfig); smaller times where waiting would bore a class. */
export const KAFKA_DEFAULTS = {
  partitions: 3,
  retentionMs: 604_800_000,
  retentionBytes: -1,
  deleteRetentionMs: 86_400_000,
  minInsyncReplicas: 1,
  batchSize: 16_384,
  autoCommitIntervalMs: 5000,
  sessionTimeoutMs: 45_000,
  maxPollRecords: 500,
  pollIntervalMs: 500,
  processingMs: 300,
  sourceBatchSize: 2000,
} as const;

export function emptyKafkaScenario(): KafkaScenario {
  return {
    version: KAFKA_SCENARIO_VERSION,
    mode: 'kafka',
    title: '',
    seed: 1,
    compare: false,
    playback: { speed: 1 },
    nodes: [],
    edges: [],
  };
}

/** A name not yet used by a node of the same kind: orders, orders-2, orders-3 ... */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** A new consumer for a group: the next free name c1, c2 ... and id. */
export function newConsumer(existing: readonly KConsumer[], overrides: Partial<KConsumer> = {}): KConsumer {
  const ids = new Set(existing.map((c) => c.id));
  let i = 1;
  while (ids.has(`c${i}`)) i++;
  const name = uniqueName(`consumer-${i}`, existing.map((c) => c.name));
  return { id: `c${i}`, name, pollIntervalMs: KAFKA_DEFAULTS.pollIntervalMs, processingMs: KAFKA_DEFAULTS.processingMs, ...overrides };
}

const BASE_NAMES: Readonly<Record<KafkaNodeKind, string>> = {
  producer: 'producer',
  topic: 'orders',
  group: 'group-a',
  brokers: 'kafka-cluster',
  connect: 'connect-cluster',
  connector: 'file-source',
  file: 'input.txt',
};

export function newKafkaNode(kind: KafkaNodeKind, id: string, position: Position, existing: readonly KafkaNode[], variant?: 'source' | 'sink'): KafkaNode {
  const names = existing.filter((n) => n.kind === kind).map((n) => n.name);
  const base = kind === 'connector' && variant === 'sink' ? 'file-sink' : kind === 'file' && variant === 'sink' ? 'file.txt' : BASE_NAMES[kind];
  const name = uniqueName(base, names);
  switch (kind) {
    case 'producer':
      return {
        id,
        kind,
        name,
        position,
        keyed: true,
        keys: ['user-1', 'user-2', 'user-3'],
        value: 'order {n} for {key}',
        headers: [],
        acks: 'all',
        partitioner: 'default',
        batchSize: KAFKA_DEFAULTS.batchSize,
        schedule: { enabled: true, ratePerSec: 1, limit: 0 },
      };
    case 'topic':
      return {
        id,
        kind,
        name,
        position,
        partitions: KAFKA_DEFAULTS.partitions,
        replicationFactor: Math.min(3, brokerCount(existing)),
        cleanupPolicy: 'delete',
        retentionMs: KAFKA_DEFAULTS.retentionMs,
        retentionBytes: KAFKA_DEFAULTS.retentionBytes,
        deleteRetentionMs: KAFKA_DEFAULTS.deleteRetentionMs,
        minInsyncReplicas: KAFKA_DEFAULTS.minInsyncReplicas,
      };
    case 'group':
      return {
        id,
        kind,
        name,
        position,
        assignor: 'range',
        autoOffsetReset: 'earliest',
        commit: 'auto',
        autoCommitIntervalMs: KAFKA_DEFAULTS.autoCommitIntervalMs,
        sessionTimeoutMs: 10_000,
        maxPollRecords: KAFKA_DEFAULTS.maxPollRecords,
        consumers: [newConsumer([])],
      };
    case 'brokers':
      return { id, kind, name, position, brokers: 3, replicationDelayMs: 0 };
    case 'connect':
      return { id, kind, name, position, workers: 2 };
    case 'connector':
      return {
        id,
        kind,
        name,
        position,
        connectorClass: variant === 'sink' ? 'FileStreamSink' : 'FileStreamSource',
        tasksMax: 1,
        batchSize: KAFKA_DEFAULTS.sourceBatchSize,
      };
    case 'file':
      return {
        id,
        kind,
        name,
        position,
        initial: '',
        writer: { enabled: variant !== 'sink', ratePerSec: 1, lines: ['hello', 'kafka', 'connect'], limit: 0 },
      };
  }
}

/** The cluster's broker count (a document without a brokers node runs one broker). */
export function brokerCount(nodes: readonly KafkaNode[]): number {
  const b = nodes.find((n) => n.kind === 'brokers');
  return b?.kind === 'brokers' ? b.brokers : 1;
}
