/** Shared data shapes of the Kafka engine. Everything the UI receives is readonly. */

export type Acks = 0 | 1 | 'all';
export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';
export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';
export type AutoOffsetReset = 'earliest' | 'latest' | 'none';
export type Headers = Readonly<Record<string, string>>;

export const NO_HEADERS: Headers = Object.freeze({});

/** A record as stored in a partition log and as returned by poll (same object: no copy per fetch). */
export interface KafkaRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Headers;
  readonly timestamp: number;
}

/** Engine-private extras of a stored record. */
export interface StoredRecord extends KafkaRecord {
  offset: number;
  /** UTF-8 bytes of key + value: what batch.size and retention.bytes count. */
  readonly bytes: number;
  readonly acks: Acks;
  readonly producer: string;
  /** KIP-534 delete horizon of a tombstone, set by the first cleaner pass that sees it; -1 before. */
  deleteHorizon: number;
}

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

export const tpKey = (topic: string, partition: number): string => `${topic}/${partition}`;

export interface TopicConfig {
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly cleanupPolicy: CleanupPolicy;
  /** -1 = forever. Applied per record ([SIM]: Kafka deletes whole segments). */
  readonly retentionMs: number;
  /** Per partition; -1 = no limit. Applied per record ([SIM]). */
  readonly retentionBytes: number;
  readonly deleteRetentionMs: number;
  readonly minInsyncReplicas: number;
}

export const DEFAULT_TOPIC_CONFIG: Omit<TopicConfig, 'partitions' | 'replicationFactor'> = {
  cleanupPolicy: 'delete',
  retentionMs: 604_800_000,
  retentionBytes: -1,
  deleteRetentionMs: 86_400_000,
  minInsyncReplicas: 1,
};
