import type { TopicConfigInput } from './commands';
import { fail, ok, type KafkaResult } from './errors';
import { DEFAULT_TOPIC_CONFIG, type TopicConfig } from './types';

const LEGAL_NAME = /^[a-zA-Z0-9._-]+$/;

/** Kafka's Topic.validate: legal characters, at most 249 of them, and not "." or "..". */
export function validateTopicName(name: unknown): KafkaResult<string> {
  if (typeof name !== 'string' || name.length === 0) return fail('INVALID_TOPIC_NAME', { topic: String(name), rule: 'empty' });
  if (name === '.' || name === '..') return fail('INVALID_TOPIC_NAME', { topic: name, rule: 'dot' });
  if (name.length > 249) return fail('INVALID_TOPIC_NAME', { topic: name, rule: 'too-long', max: 249 });
  if (!LEGAL_NAME.test(name)) return fail('INVALID_TOPIC_NAME', { topic: name, rule: 'illegal-characters' });
  return ok(name);
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Merges `input` over `base`, checking each value the way Kafka's ConfigDef would (range, enum). */
export function mergeTopicConfig(base: TopicConfig, input: TopicConfigInput | undefined): KafkaResult<TopicConfig> {
  if (input === undefined) return ok(base);
  const c = { ...base };
  if (input.cleanupPolicy !== undefined) {
    if (input.cleanupPolicy !== 'delete' && input.cleanupPolicy !== 'compact' && input.cleanupPolicy !== 'compact,delete')
      return fail('INVALID_CONFIG', { config: 'cleanup.policy', value: String(input.cleanupPolicy) });
    c.cleanupPolicy = input.cleanupPolicy;
  }
  const checks: [keyof TopicConfigInput & keyof TopicConfig, string, number][] = [
    ['retentionMs', 'retention.ms', -1],
    ['retentionBytes', 'retention.bytes', -1],
    ['deleteRetentionMs', 'delete.retention.ms', 0],
    ['minInsyncReplicas', 'min.insync.replicas', 1],
  ];
  for (const [field, name, min] of checks) {
    const v = input[field];
    if (v === undefined) continue;
    if (!isInt(v) || v < min) return fail('INVALID_CONFIG', { config: name, value: String(v), min });
    (c as Record<string, unknown>)[field] = v;
  }
  return ok(c);
}

export function initialTopicConfig(partitions: number, replicationFactor: number): TopicConfig {
  return { partitions, replicationFactor, ...DEFAULT_TOPIC_CONFIG };
}

export const isCompacted = (c: TopicConfig): boolean => c.cleanupPolicy !== 'delete';
export const deletesOld = (c: TopicConfig): boolean => c.cleanupPolicy !== 'compact';
export { isInt };
