import { scheduleCleaner } from './cleaner';
import type { KafkaCommand } from './commands';
import { COMPACTED_NULL_KEY_MESSAGE, fail, ok, type KafkaResult } from './errors';
import type { PartitionDecision } from './events';
import { utf8Length } from './murmur2';
import { accountSticky, choosePartition, createProducer } from './partitioner';
import { afterAppend } from './replication';
import { applyRetention } from './retention';
import { emit, type Ctx, type PartitionState, type ProducerState, type TopicState } from './state';
import { isCompacted, isInt } from './topic-config';
import { NO_HEADERS, type Acks, type Headers, type StoredRecord } from './types';

export interface ProduceResult {
  readonly topic: string;
  readonly partition: number;
  /** -1 with acks=0: the producer never hears back (ProducerConfig ACKS_DOC). */
  readonly offset: number;
  readonly decision: PartitionDecision;
  readonly ack: 'none' | 'acked' | 'pending';
}

export function getProducer(ctx: Ctx, id: string): ProducerState {
  let p = ctx.producers.get(id);
  if (p === undefined) {
    p = createProducer(id);
    ctx.producers.set(id, p);
  }
  return p;
}

type ProduceCmd = Extract<KafkaCommand, { type: 'produce' }>;

export function produce(ctx: Ctx, cmd: ProduceCmd): KafkaResult<ProduceResult> {
  const producer = getProducer(ctx, cmd.producer ?? 'producer');
  const topic = ctx.topics.get(cmd.topic);
  const key = cmd.key ?? null;
  if (topic === undefined) return failed(ctx, producer, cmd, 'UNKNOWN_TOPIC_OR_PARTITION', null, {});
  if (key !== null && typeof key !== 'string') return fail('INVALID_RECORD', { reason: 'key-not-string' });
  if (cmd.value !== null && typeof cmd.value !== 'string') return fail('INVALID_RECORD', { reason: 'value-not-string' });
  const n = topic.partitions.length;
  if (cmd.partition !== undefined && (!isInt(cmd.partition) || cmd.partition < 0 || cmd.partition >= n))
    return failed(ctx, producer, cmd, 'UNKNOWN_TOPIC_OR_PARTITION', null, { requested: String(cmd.partition), partitions: n });
  if (key === null && isCompacted(topic.config))
    return failed(ctx, producer, cmd, 'INVALID_RECORD', cmd.partition ?? null, { reason: 'compacted-topic-null-key', kafkaMessage: COMPACTED_NULL_KEY_MESSAGE });
  const timestamp = cmd.timestamp ?? ctx.now;
  if (!Number.isFinite(timestamp)) return fail('INVALID_RECORD', { reason: 'bad-timestamp' });
  const acks = cmd.acks ?? producer.acks;
  if (acks !== 0 && acks !== 1 && acks !== 'all') return fail('INVALID_CONFIG', { config: 'acks', value: String(acks as unknown) });

  const decision = choosePartition(producer, ctx.prng, topic, key, cmd.partition);
  const ps = topic.partitions[decision.partition];
  if (ps.leader === null) return failed(ctx, producer, cmd, 'LEADER_NOT_AVAILABLE', ps.partition, {});
  if (acks === 'all' && ps.isr.length < topic.config.minInsyncReplicas)
    return failed(ctx, producer, cmd, 'NOT_ENOUGH_REPLICAS', ps.partition, { isr: ps.isr.length, minInsyncReplicas: topic.config.minInsyncReplicas });

  const bytes = (key === null ? 0 : utf8Length(key)) + (cmd.value === null ? 0 : utf8Length(cmd.value));
  const rec = appendRecord(ctx, topic, ps, producer.id, key, cmd.value, cmd.headers ?? NO_HEADERS, timestamp, acks, bytes);
  accountSticky(producer, topic.name, decision, bytes);
  const ack = acks === 0 ? 'none' : acks === 1 || rec.offset < ps.hw ? 'acked' : 'pending';
  if (ack === 'pending') ps.pendingAcks.push(rec);
  if (ctx.options.recordEvents)
    emit(ctx, {
      type: 'record.appended',
      producer: producer.id,
      topic: topic.name,
      partition: ps.partition,
      offset: rec.offset,
      key,
      value: cmd.value,
      bytes,
      timestamp,
      decision,
      acks,
      leader: ps.leader,
      highWatermark: ps.hw,
      ack,
    });
  afterHwChange(ctx, topic, ps);
  return ok({ topic: topic.name, partition: ps.partition, offset: acks === 0 ? -1 : rec.offset, decision, ack });
}

function failed(
  ctx: Ctx,
  producer: ProducerState,
  cmd: ProduceCmd,
  code: 'UNKNOWN_TOPIC_OR_PARTITION' | 'INVALID_RECORD' | 'LEADER_NOT_AVAILABLE' | 'NOT_ENOUGH_REPLICAS',
  partition: number | null,
  params: Record<string, string | number | null>,
): KafkaResult<ProduceResult> {
  emit(ctx, { type: 'produce.failed', producer: producer.id, topic: cmd.topic, partition, code, key: cmd.key ?? null });
  return fail(code, { topic: cmd.topic, partition, ...params });
}

/** Appends on the leader and replicates (now, or later when a delay is set). Callers then run afterHwChange. */
export function appendRecord(
  ctx: Ctx,
  topic: TopicState,
  ps: PartitionState,
  producer: string,
  key: string | null,
  value: string | null,
  headers: Headers,
  timestamp: number,
  acks: Acks,
  bytes: number,
): StoredRecord {
  const rec: StoredRecord = {
    topic: topic.name,
    partition: ps.partition,
    offset: ps.log.leo,
    key,
    value,
    headers,
    timestamp,
    bytes,
    acks,
    producer,
    deleteHorizon: -1,
  };
  ps.log.append(rec);
  afterAppend(ctx, ps);
  return rec;
}

/** Retention and compaction only touch committed records, so they re-run when the HW moves. */
export function afterHwChange(ctx: Ctx, topic: TopicState, ps: PartitionState): void {
  applyRetention(ctx, topic, ps, false);
  scheduleCleaner(ctx, topic, ps);
}
