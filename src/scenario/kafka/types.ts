// The Kafka scenario document: what the user builds in the Kafka mode and what is saved, undone,
// shared and exported. Language-neutral and versioned, like the AMQP document (../types.ts), but
// its own type: the two modes never load each other's documents.

import type { Acks, AssignorName, AutoOffsetReset, CleanupPolicy } from '../../engine/kafka';
import type { Position } from '../types';

export type { Position };

export const KAFKA_SCENARIO_VERSION = 1;

export type KafkaNodeKind = 'producer' | 'topic' | 'group' | 'brokers' | 'connect' | 'connector' | 'file';

interface Base {
  id: string;
  /** What Kafka calls it: topic name, group.id, connector name, file path, the producer's client id. */
  name: string;
  position: Position;
}

export interface HeaderPair {
  key: string;
  value: string;
}

export interface KProducerNode extends Base {
  kind: 'producer';
  /** false: every record has a null key (unkeyed, sticky partitioner). */
  keyed: boolean;
  /** Keys to cycle through when keyed; "" is a real (empty) key. */
  keys: string[];
  /** The record value; `{n}` is replaced by the record's number (1, 2 ...) and `{key}` by its key. */
  value: string;
  headers: HeaderPair[];
  acks: Acks;
  partitioner: 'default' | 'round-robin';
  /** batch.size in bytes: when the uniform sticky partitioner moves on (null keys only). */
  batchSize: number;
  schedule: { enabled: boolean; ratePerSec: number; /** 0 = no limit */ limit: number };
}

export interface KTopicNode extends Base {
  kind: 'topic';
  partitions: number;
  replicationFactor: number;
  cleanupPolicy: CleanupPolicy;
  /** -1 = forever. */
  retentionMs: number;
  /** Per partition; -1 = no limit. */
  retentionBytes: number;
  deleteRetentionMs: number;
  minInsyncReplicas: number;
}

/** How a group's consumers commit: enable.auto.commit, commitSync() after each batch, or by hand. */
export type CommitMode = 'auto' | 'after-batch' | 'manual';

export interface KConsumer {
  /** Stable within its group; the member id Kafka sees is `name`. */
  id: string;
  name: string;
  /** Time between the end of one batch and the next poll(). */
  pollIntervalMs: number;
  /** Processing time per record. */
  processingMs: number;
}

export interface KGroupNode extends Base {
  kind: 'group';
  assignor: AssignorName;
  autoOffsetReset: AutoOffsetReset;
  commit: CommitMode;
  autoCommitIntervalMs: number;
  sessionTimeoutMs: number;
  maxPollRecords: number;
  consumers: KConsumer[];
}

export interface KBrokersNode extends Base {
  kind: 'brokers';
  brokers: number;
  /** How long followers take to copy a new record (0 = at once). */
  replicationDelayMs: number;
}

export interface KConnectNode extends Base {
  kind: 'connect';
  workers: number;
}

export type ConnectorClass = 'FileStreamSource' | 'FileStreamSink';

export interface KConnectorNode extends Base {
  kind: 'connector';
  connectorClass: ConnectorClass;
  tasksMax: number;
  /** FileStreamSource batch.size: most lines per poll. */
  batchSize: number;
}

export interface KFileNode extends Base {
  kind: 'file';
  /** What the file holds when the simulation starts. */
  initial: string;
  /** An application that appends lines to the file on a schedule. */
  writer: { enabled: boolean; ratePerSec: number; lines: string[]; /** 0 = no limit */ limit: number };
}

export type KafkaNode = KProducerNode | KTopicNode | KGroupNode | KBrokersNode | KConnectNode | KConnectorNode | KFileNode;

/**
 * produce: producer → topic; subscribe: topic → group; source-read: file → source connector;
 * source-write: source connector → topic; sink-read: topic → sink connector; sink-write: sink
 * connector → file.
 */
export type KafkaEdgeKind = 'produce' | 'subscribe' | 'source-read' | 'source-write' | 'sink-read' | 'sink-write';

export interface KafkaEdge {
  id: string;
  kind: KafkaEdgeKind;
  source: string;
  target: string;
}

export interface KafkaScenario {
  version: typeof KAFKA_SCENARIO_VERSION;
  mode: 'kafka';
  title: string;
  /** Seeds the partitioner's PRNG: the same document plays the same way every time. */
  seed: number;
  /** The side-by-side view: the first producer's messages also go through a RabbitMQ queue. */
  compare: boolean;
  playback: { speed: number };
  nodes: KafkaNode[];
  edges: KafkaEdge[];
}

export type NodeOfKind<K extends KafkaNodeKind> = Extract<KafkaNode, { kind: K }>;

/** Kinds of which a document holds at most one. */
export const SINGLETON_KINDS: readonly KafkaNodeKind[] = ['brokers', 'connect'];
