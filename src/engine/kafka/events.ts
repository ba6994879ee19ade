import type { Acks, AssignorName, AutoOffsetReset, TopicConfig, TopicPartition } from './types';

/** Why the producer picked a partition (H.2), with the numbers the UI needs to explain it. */
export type PartitionDecision =
  | { readonly reason: 'explicit'; readonly partition: number }
  | {
      readonly reason: 'key-hash';
      readonly key: string;
      /** Signed murmur2 of the UTF-8 key, as Kafka's Utils.murmur2 returns it. */
      readonly hash: number;
      /** hash & 0x7fffffff */
      readonly positive: number;
      readonly partitions: number;
      readonly partition: number;
    }
  | {
      readonly reason: 'sticky';
      readonly partition: number;
      /** true when this record started a new sticky batch on a freshly drawn partition. */
      readonly switched: boolean;
      readonly batchBytes: number;
      readonly batchSize: number;
    }
  | { readonly reason: 'round-robin'; readonly partition: number; readonly partitions: number };

export interface RecordRef {
  readonly offset: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly acks: Acks;
  readonly producer: string;
}

export type RebalanceReason =
  | 'member-joined'
  | 'member-left'
  | 'session-timeout'
  | 'partitions-changed'
  | 'topic-deleted'
  | 'topic-created'
  | 'cooperative-follow-up';

export type DeleteReason = 'retention-time' | 'retention-size' | 'compaction-superseded' | 'compaction-tombstone-expired';

type E<T extends string, P> = { readonly type: T; readonly at: number } & P;

export type KafkaEvent =
  | E<'topic.created', { topic: string; config: TopicConfig; replicas: readonly (readonly number[])[] }>
  | E<'topic.altered', { topic: string; oldPartitions: number; config: TopicConfig }>
  | E<'topic.deleted', { topic: string }>
  | E<
      'record.appended',
      {
        producer: string;
        topic: string;
        partition: number;
        offset: number;
        key: string | null;
        value: string | null;
        bytes: number;
        timestamp: number;
        decision: PartitionDecision;
        acks: Acks;
        leader: number;
        highWatermark: number;
        /** acks=0: 'none' (the producer learns offset -1); acks=1: 'acked'; acks=all: 'acked' or 'pending' until the ISR has it. */
        ack: 'none' | 'acked' | 'pending';
      }
    >
  | E<'produce.failed', { producer: string; topic: string; partition: number | null; code: string; key: string | null }>
  | E<'record.acked', { producer: string; topic: string; partition: number; offset: number }>
  | E<'record.deleted', { topic: string; partition: number; offset: number; key: string | null; reason: DeleteReason; supersededBy?: number }>
  | E<'partition.replicated', { topic: string; partition: number; broker: number; fromOffset: number; toOffset: number }>
  /** The high watermark moved: records below it are committed and visible to consumers. */
  | E<'partition.hw.advanced', { topic: string; partition: number; from: number; to: number }>
  | E<'isr.shrunk', { topic: string; partition: number; broker: number; isr: readonly number[] }>
  | E<'isr.expanded', { topic: string; partition: number; broker: number; isr: readonly number[] }>
  | E<'broker.failed', { broker: number }>
  | E<'broker.recovered', { broker: number }>
  | E<
      'leader.elected',
      { topic: string; partition: number; leader: number; previousLeader: number | null; isr: readonly number[]; reason: 'leader-failed' | 'broker-recovered' }
    >
  | E<'partition.offline', { topic: string; partition: number; lastLeader: number }>
  /**
   * Records the old leader had but the new leader never copied. acks=1 records were already
   * acknowledged, so the producer believes them written: that is the data loss acks=all prevents.
   */
  | E<
      'records.lost',
      {
        topic: string;
        partition: number;
        oldLeader: number;
        newLeader: number;
        newLogEndOffset: number;
        records: readonly RecordRef[];
        reason: 'leader-failed-before-replication';
      }
    >
  /** acks=all records that were never acknowledged are re-sent by the producer to the new leader. */
  | E<'record.retried', { producer: string; topic: string; partition: number; oldOffset: number; newOffset: number }>
  | E<'group.member.joined', { group: string; member: string; topics: readonly string[] }>
  | E<'group.rebalance.delayed', { group: string; until: number }>
  | E<'group.member.left', { group: string; member: string; reason: 'leave' | 'session-timeout' | 'did-not-rejoin' | 'replaced' }>
  | E<'consumer.crashed', { group: string; member: string; sessionTimeoutMs: number; detectedAt: number }>
  | E<
      'group.rebalance.started',
      { group: string; generation: number; assignor: AssignorName; protocol: 'eager' | 'cooperative'; reason: RebalanceReason; members: readonly string[] }
    >
  | E<'group.partitions.revoked', { group: string; generation: number; member: string; partitions: readonly TopicPartition[] }>
  | E<
      'group.partitions.assigned',
      { group: string; generation: number; member: string; added: readonly TopicPartition[]; assignment: readonly TopicPartition[] }
    >
  | E<
      'group.rebalance.completed',
      { group: string; generation: number; assignment: Readonly<Record<string, readonly TopicPartition[]>>; idle: readonly string[] }
    >
  | E<
      'consumer.position.set',
      {
        group: string;
        member: string;
        topic: string;
        partition: number;
        offset: number;
        source: 'committed' | 'reset';
        policy: AutoOffsetReset;
        reason: 'committed-offset' | 'no-committed-offset' | 'committed-out-of-range' | 'position-out-of-range';
      }
    >
  | E<
      'consumer.fetched',
      {
        group: string;
        member: string;
        count: number;
        ranges: readonly { topic: string; partition: number; fromOffset: number; toOffset: number; count: number }[];
      }
    >
  | E<'offset.committed', { group: string; member: string | null; topic: string; partition: number; offset: number; auto: boolean }>
  | E<'consumer.seeked', { group: string; member: string; topic: string; partition: number; offset: number }>
  | E<'connect.worker.added', { worker: string }>
  | E<'connect.worker.failed', { worker: string }>
  | E<'connect.connector.created', { connector: string; connectorClass: string; tasks: number }>
  | E<'connect.connector.deleted', { connector: string }>
  | E<'connect.task.assigned', { connector: string; task: number; worker: string; reason: 'created' | 'rebalance' }>
  | E<'connect.task.moved', { connector: string; task: number; from: string; to: string; reason: 'worker-failed' | 'rebalance' }>
  | E<'connect.task.unassigned', { connector: string; task: number; from: string }>
  | E<'connect.source.started', { connector: string; task: number; file: string; position: number }>
  | E<'connect.source.line.read', { connector: string; task: number; file: string; line: string; position: number; topic: string }>
  | E<'connect.source.offset.flushed', { connector: string; file: string; position: number }>
  | E<'connect.sink.line.written', { connector: string; task: number; file: string; line: string; topic: string; partition: number; offset: number }>
  | E<'file.appended', { path: string; text: string; size: number; by: 'user' | 'connector'; connector: string | null }>;

export type KafkaEventType = KafkaEvent['type'];
