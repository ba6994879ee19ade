import type { KafkaEvent } from './events';
import type { PartitionLog } from './partition-log';
import type { Prng } from './prng';
import type { TimerQueue } from './timer-queue';
import type { Acks, AssignorName, AutoOffsetReset, StoredRecord, TopicConfig } from './types';

/** Internal mutable state. Only this engine touches it; the UI reads snapshots (snapshot.ts). */

export interface BrokerState {
  readonly id: number;
  alive: boolean;
}

export interface PartitionState {
  readonly topic: string;
  readonly partition: number;
  readonly log: PartitionLog;
  readonly replicas: readonly number[];
  leader: number | null;
  isr: number[];
  /** LEO of each follower's copy; the leader's copy is `log` itself. */
  readonly followerLeo: Map<number, number>;
  hw: number;
  replicationPending: boolean;
  /** Bumped to cancel a scheduled retention check. */
  retentionToken: number;
  /** When the live retention timer fires; -1 when none is armed. */
  retentionAt: number;
  cleanerPending: boolean;
  /** acks=all records appended but not yet below the high watermark. */
  pendingAcks: StoredRecord[];
}

export interface TopicState {
  readonly name: string;
  config: TopicConfig;
  readonly partitions: PartitionState[];
  readonly ordinal: number;
}

export interface ProducerState {
  readonly id: string;
  batchSize: number;
  partitioner: 'default' | 'round-robin';
  acks: Acks;
  readonly sticky: Map<string, { partition: number; bytes: number }>;
  readonly roundRobin: Map<string, number>;
}

export interface MemberPartition {
  readonly topic: string;
  readonly partition: number;
  /** Next offset to fetch; null until resolved from the committed offset or auto.offset.reset. */
  position: number | null;
}

export interface MemberState {
  readonly id: string;
  readonly topics: readonly string[];
  readonly autoOffsetReset: AutoOffsetReset;
  readonly enableAutoCommit: boolean;
  readonly autoCommitIntervalMs: number;
  readonly sessionTimeoutMs: number;
  alive: boolean;
  /** Bumped whenever timers of an older life of this member must be ignored. */
  incarnation: number;
  /** In the order the member received them: the sticky assignors keep a prefix of this list. */
  assignment: MemberPartition[];
  /** The same entries sorted by (topic, partition): poll serves partitions in this order. */
  fetchOrder: MemberPartition[];
  /** Set for Connect sink tasks: the connector that owns this member. */
  readonly connector: string | null;
}

export interface GroupState {
  readonly id: string;
  readonly assignor: AssignorName;
  generation: number;
  readonly members: Map<string, MemberState>;
  readonly committed: Map<string, number>;
  /** group.initial.rebalance.delay.ms is running: joins wait for one common first rebalance. */
  initialRebalancePending: boolean;
}

export interface WorkerState {
  readonly id: string;
  alive: boolean;
}

export interface TaskState {
  readonly connector: string;
  readonly index: number;
  worker: string | null;
  /** Bumped when the task is stopped/restarted, cancelling its old timers. */
  incarnation: number;
  /** Source: characters consumed from the file by this running instance. */
  position: number;
}

export interface ConnectorState {
  readonly name: string;
  readonly connectorClass: 'FileStreamSource' | 'FileStreamSink';
  readonly file: string;
  readonly topics: readonly string[];
  readonly tasksMax: number;
  readonly batchSize: number;
  readonly tasks: TaskState[];
  /** Source: the last flushed source offset {position}; what a restarted task resumes from. */
  flushedPosition: number;
}

export type Timer =
  | { readonly kind: 'replicate'; readonly topic: string; readonly partition: number }
  | { readonly kind: 'retention'; readonly topic: string; readonly partition: number; readonly token: number }
  | { readonly kind: 'clean'; readonly topic: string; readonly partition: number }
  | { readonly kind: 'session-timeout'; readonly group: string; readonly member: string; readonly incarnation: number }
  | { readonly kind: 'initial-rebalance'; readonly group: string }
  | { readonly kind: 'auto-commit'; readonly group: string; readonly member: string; readonly incarnation: number }
  | { readonly kind: 'task-poll'; readonly connector: string; readonly task: number; readonly incarnation: number }
  | { readonly kind: 'offset-flush'; readonly connector: string; readonly task: number; readonly incarnation: number };

export interface KafkaOptions {
  readonly seed: number;
  readonly brokers: number;
  /** Simulated delay before followers copy a leader's new records. 0 = synchronous replication. */
  readonly replicationDelayMs: number;
  /** group.initial.rebalance.delay.ms: a new group's first rebalance waits this long for more joins. */
  readonly initialRebalanceDelayMs: number;
  /** Delay between an append to a compacted topic and the cleaner pass that compacts it. */
  readonly cleanerDelayMs: number;
  /** Connect tasks poll their file / topic at this interval. */
  readonly connectPollIntervalMs: number;
  /** Connect's offset.flush.interval.ms (source offsets and sink consumer commits). */
  readonly offsetFlushIntervalMs: number;
  /** false skips event objects entirely (benchmarks); snapshots still work. */
  readonly recordEvents: boolean;
}

export interface Ctx {
  now: number;
  readonly options: KafkaOptions;
  readonly prng: Prng;
  readonly timers: TimerQueue<Timer>;
  events: KafkaEvent[];
  readonly brokers: BrokerState[];
  readonly topics: Map<string, TopicState>;
  readonly producers: Map<string, ProducerState>;
  readonly groups: Map<string, GroupState>;
  readonly files: Map<string, string>;
  readonly workers: Map<string, WorkerState>;
  readonly connectors: Map<string, ConnectorState>;
  topicOrdinal: number;
  workerSeq: number;
}

/** Distributive Omit so `emit` can take an event without its timestamp and stay a discriminated union. */
type WithoutAt<T> = T extends unknown ? Omit<T, 'at'> : never;

export function emit(ctx: Ctx, ev: WithoutAt<KafkaEvent>): void {
  if (!ctx.options.recordEvents) return;
  (ev as { at?: number }).at = ctx.now;
  ctx.events.push(ev as KafkaEvent);
}

export function schedule(ctx: Ctx, at: number, timer: Timer): void {
  ctx.timers.push(at, timer);
}
