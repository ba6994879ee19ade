import type { PartitionDecision } from './events';
import { hashKey, toPositive } from './murmur2';
import type { Prng } from './prng';
import type { ProducerState, TopicState } from './state';

export const DEFAULT_BATCH_SIZE = 16384;

export function createProducer(id: string): ProducerState {
  return { id, batchSize: DEFAULT_BATCH_SIZE, partitioner: 'default', acks: 'all', sticky: new Map(), roundRobin: new Map() };
}

/**
 * The producer's choice, in KafkaProducer.partition order (H.2): explicit partition, custom
 * partitioner (RoundRobinPartitioner, which ignores keys), key hash over ALL partitions, and
 * otherwise the uniform sticky partitioner. `available` lists partitions that have a leader.
 */
export function choosePartition(
  producer: ProducerState,
  prng: Prng,
  topicState: TopicState,
  key: string | null,
  explicit: number | undefined,
): PartitionDecision {
  const topic = topicState.name;
  const numPartitions = topicState.partitions.length;
  if (explicit !== undefined) return { reason: 'explicit', partition: explicit };
  if (producer.partitioner === 'round-robin') {
    const n = producer.roundRobin.get(topic) ?? 0;
    producer.roundRobin.set(topic, n + 1);
    return { reason: 'round-robin', partition: n % numPartitions, partitions: numPartitions };
  }
  if (key !== null) {
    const hash = hashKey(key);
    const positive = toPositive(hash);
    return { reason: 'key-hash', key, hash, positive, partitions: numPartitions, partition: positive % numPartitions };
  }
  // [SIM] uniform sticky: stay until batch.size bytes went to the current partition, then draw
  // uniformly with the seeded PRNG among partitions with a leader (BuiltInPartitioner.nextPartition).
  let state = producer.sticky.get(topic);
  let switched = false;
  const live = availablePartitions(topicState);
  if (state === undefined || state.bytes >= producer.batchSize || !live.includes(state.partition) || state.partition >= numPartitions) {
    const pool = live.length > 0 ? live : null;
    const partition = pool === null ? prng.nextInt(numPartitions) : pool[prng.nextInt(pool.length)];
    state = { partition, bytes: 0 };
    producer.sticky.set(topic, state);
    switched = true;
  }
  return { reason: 'sticky', partition: state.partition, switched, batchBytes: state.bytes, batchSize: producer.batchSize };
}

/** Counts the record's bytes into the sticky batch once it was really appended. */
export function accountSticky(producer: ProducerState, topic: string, decision: PartitionDecision, bytes: number): void {
  if (decision.reason !== 'sticky') return;
  const state = producer.sticky.get(topic);
  if (state !== undefined && state.partition === decision.partition) state.bytes += bytes;
}

function availablePartitions(topic: TopicState): number[] {
  const out: number[] = [];
  for (const p of topic.partitions) if (p.leader !== null) out.push(p.partition);
  return out;
}
