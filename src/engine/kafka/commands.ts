import type { Acks, AssignorName, AutoOffsetReset, CleanupPolicy, Headers } from './types';

/** Topic settings a command may give; names mirror Kafka's dotted config keys in camelCase. */
export interface TopicConfigInput {
  readonly cleanupPolicy?: CleanupPolicy;
  readonly retentionMs?: number;
  readonly retentionBytes?: number;
  readonly deleteRetentionMs?: number;
  readonly minInsyncReplicas?: number;
}

export type OffsetSpec = number | 'earliest' | 'latest';

/** Everything the Kafka engine accepts. `execute` never throws: bad input comes back as an error code. */
export type KafkaCommand =
  | {
      readonly type: 'topic.create';
      readonly topic: string;
      readonly partitions: number;
      readonly replicationFactor?: number;
      readonly config?: TopicConfigInput;
    }
  | { readonly type: 'topic.alter'; readonly topic: string; readonly partitions?: number; readonly config?: TopicConfigInput }
  | { readonly type: 'topic.delete'; readonly topic: string }
  /** Run the log cleaner on a compacted topic now (it also runs by itself, see cleanerDelayMs). */
  | { readonly type: 'topic.compact'; readonly topic: string }
  | {
      readonly type: 'producer.configure';
      readonly producer: string;
      /** batch.size in bytes (key + value) before the uniform sticky partitioner switches. Default 16384. */
      readonly batchSize?: number;
      readonly partitioner?: 'default' | 'round-robin';
      readonly acks?: Acks;
    }
  | {
      readonly type: 'produce';
      readonly topic: string;
      /** null (or absent) = unkeyed; "" is a real key and is hashed. */
      readonly key?: string | null;
      readonly value: string | null;
      readonly headers?: Headers;
      readonly partition?: number;
      /** Producer id (default "producer"); it holds the sticky-partition state and its settings. */
      readonly producer?: string;
      /** Overrides the producer's acks for this record. */
      readonly acks?: Acks;
      /** CreateTime; defaults to the simulated now. */
      readonly timestamp?: number;
    }
  | {
      readonly type: 'group.join';
      readonly group: string;
      /** Member id = the consumer's display name ([SIM] H.3); members sort by it as strings. */
      readonly member: string;
      readonly topics: readonly string[];
      /** The group's assignor is fixed by its first member. Default 'range' (Kafka's default list starts with Range). */
      readonly assignor?: AssignorName;
      readonly autoOffsetReset?: AutoOffsetReset;
      readonly enableAutoCommit?: boolean;
      readonly autoCommitIntervalMs?: number;
      readonly sessionTimeoutMs?: number;
    }
  | { readonly type: 'group.leave'; readonly group: string; readonly member: string }
  /** The consumer process dies: no commit, no leave; the group notices after session.timeout.ms. */
  | { readonly type: 'consumer.crash'; readonly group: string; readonly member: string }
  | { readonly type: 'poll'; readonly group: string; readonly member: string; readonly maxRecords?: number }
  /** Without offsets: commit the member's current positions (commitSync()). */
  | {
      readonly type: 'commit';
      readonly group: string;
      readonly member: string;
      readonly offsets?: readonly { readonly topic: string; readonly partition: number; readonly offset: number }[];
    }
  | {
      readonly type: 'seek';
      readonly group: string;
      readonly member: string;
      readonly topic: string;
      readonly partition: number;
      readonly offset: OffsetSpec;
    }
  /** kafka-consumer-groups --reset-offsets: only while the group has no members. */
  | {
      readonly type: 'group.resetOffsets';
      readonly group: string;
      readonly topic: string;
      readonly partition?: number;
      readonly to: OffsetSpec;
    }
  | { readonly type: 'broker.fail'; readonly broker: number }
  | { readonly type: 'broker.recover'; readonly broker: number }
  | { readonly type: 'connect.worker.add'; readonly worker?: string }
  | { readonly type: 'connect.worker.fail'; readonly worker: string }
  | { readonly type: 'connect.worker.recover'; readonly worker: string }
  | {
      readonly type: 'connector.create';
      readonly name: string;
      readonly connectorClass: 'FileStreamSource';
      readonly file: string;
      readonly topic: string;
      readonly tasksMax?: number;
      /** Max records per source poll (FileStreamSource batch.size, default 2000). */
      readonly batchSize?: number;
    }
  | {
      readonly type: 'connector.create';
      readonly name: string;
      readonly connectorClass: 'FileStreamSink';
      readonly file: string;
      readonly topics: readonly string[];
      readonly tasksMax?: number;
    }
  | { readonly type: 'connector.delete'; readonly name: string }
  | { readonly type: 'file.append'; readonly path: string; readonly text: string };

export type KafkaCommandType = KafkaCommand['type'];
