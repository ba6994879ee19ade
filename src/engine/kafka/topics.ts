import { cleanPartition } from './cleaner';
import type { KafkaCommand } from './commands';
import { fail, ok, type KafkaResult } from './errors';
import { rebalanceSubscribers } from './groups';
import { newPartition, placeReplicas } from './replication';
import { applyRetention } from './retention';
import { emit, type Ctx, type TopicState } from './state';
import { initialTopicConfig, isCompacted, isInt, mergeTopicConfig, validateTopicName } from './topic-config';

type CreateCmd = Extract<KafkaCommand, { type: 'topic.create' }>;
type AlterCmd = Extract<KafkaCommand, { type: 'topic.alter' }>;

export interface TopicCreated {
  readonly topic: string;
  readonly replicas: readonly (readonly number[])[];
}

export function createTopic(ctx: Ctx, cmd: CreateCmd): KafkaResult<TopicCreated> {
  const name = validateTopicName(cmd.topic);
  if (!name.ok) return name;
  if (ctx.topics.has(cmd.topic)) return fail('TOPIC_ALREADY_EXISTS', { topic: cmd.topic });
  if (!isInt(cmd.partitions) || cmd.partitions < 1) return fail('INVALID_PARTITIONS', { topic: cmd.topic, partitions: String(cmd.partitions) });
  const rf = cmd.replicationFactor ?? Math.min(3, ctx.brokers.length);
  const alive = ctx.brokers.filter((b) => b.alive).length;
  if (!isInt(rf) || rf < 1 || rf > alive)
    return fail('INVALID_REPLICATION_FACTOR', { topic: cmd.topic, replicationFactor: String(rf), availableBrokers: alive });
  const config = mergeTopicConfig(initialTopicConfig(cmd.partitions, rf), cmd.config);
  if (!config.ok) return config;
  const topic: TopicState = { name: cmd.topic, config: config.value, partitions: [], ordinal: ctx.topicOrdinal++ };
  for (let p = 0; p < cmd.partitions; p++) topic.partitions.push(newPartition(topic.name, p, placeReplicas(ctx, topic.ordinal, p, rf)));
  ctx.topics.set(topic.name, topic);
  const replicas = topic.partitions.map((p) => [...p.replicas]);
  emit(ctx, { type: 'topic.created', topic: topic.name, config: topic.config, replicas });
  rebalanceSubscribers(ctx, topic.name, 'topic-created');
  return ok({ topic: topic.name, replicas });
}

/** Partitions can grow, never shrink (H.1). Growing remaps keys and rebalances subscribed groups. */
export function alterTopic(ctx: Ctx, cmd: AlterCmd): KafkaResult<{ partitions: number }> {
  const topic = ctx.topics.get(cmd.topic);
  if (topic === undefined) return fail('UNKNOWN_TOPIC_OR_PARTITION', { topic: String(cmd.topic) });
  const old = topic.partitions.length;
  const want = cmd.partitions ?? old;
  if (!isInt(want) || want < 1) return fail('INVALID_PARTITIONS', { topic: topic.name, partitions: String(want) });
  if (want < old) return fail('INVALID_PARTITIONS', { topic: topic.name, partitions: want, current: old, rule: 'cannot-decrease' });
  if (want > old && ctx.brokers.filter((b) => b.alive).length < topic.config.replicationFactor)
    return fail('INVALID_REPLICATION_FACTOR', { topic: topic.name, replicationFactor: topic.config.replicationFactor });
  const merged = mergeTopicConfig({ ...topic.config, partitions: want }, cmd.config);
  if (!merged.ok) return merged;
  const wasCompacted = isCompacted(topic.config);
  topic.config = merged.value;
  for (let p = old; p < want; p++) topic.partitions.push(newPartition(topic.name, p, placeReplicas(ctx, topic.ordinal, p, topic.config.replicationFactor)));
  emit(ctx, { type: 'topic.altered', topic: topic.name, oldPartitions: old, config: topic.config });
  for (const ps of topic.partitions) {
    applyRetention(ctx, topic, ps, true);
    if (!wasCompacted && isCompacted(topic.config)) cleanPartition(ctx, topic, ps);
  }
  if (want > old) rebalanceSubscribers(ctx, topic.name, 'partitions-changed');
  return ok({ partitions: want });
}

export function deleteTopic(ctx: Ctx, name: string): KafkaResult<Record<string, never>> {
  const topic = ctx.topics.get(name);
  if (topic === undefined) return fail('UNKNOWN_TOPIC_OR_PARTITION', { topic: String(name) });
  ctx.topics.delete(name);
  // Pending timers of the deleted topic find nothing when they fire and are ignored.
  for (const ps of topic.partitions) ps.retentionToken++;
  emit(ctx, { type: 'topic.deleted', topic: name });
  rebalanceSubscribers(ctx, name, 'topic-deleted');
  return ok({});
}

export function compactTopic(ctx: Ctx, name: string): KafkaResult<Record<string, never>> {
  const topic = ctx.topics.get(name);
  if (topic === undefined) return fail('UNKNOWN_TOPIC_OR_PARTITION', { topic: String(name) });
  if (!isCompacted(topic.config)) return fail('INVALID_CONFIG', { config: 'cleanup.policy', value: topic.config.cleanupPolicy, rule: 'not-compacted' });
  for (const ps of topic.partitions) cleanPartition(ctx, topic, ps);
  return ok({});
}
