/** Public API of the Kafka + Kafka Connect engine. */
export { createKafkaCluster, tryCreateKafkaCluster } from './cluster';
export type { KafkaCluster, KafkaClusterOptions, KafkaResultMap, ResultOf } from './cluster';
export type { KafkaCommand, KafkaCommandType, OffsetSpec, TopicConfigInput } from './commands';
export type { KafkaEvent, KafkaEventType, PartitionDecision, RecordRef, RebalanceReason, DeleteReason } from './events';
export type { KafkaError, KafkaErrorCode, KafkaResult, ParamValue } from './errors';
export { COMPACTED_NULL_KEY_MESSAGE } from './errors';
export type { PollResult } from './consumer';
export type { ProduceResult } from './produce';
export type * from './snapshot';
export type { Acks, AssignorName, AutoOffsetReset, CleanupPolicy, KafkaRecord, TopicConfig, TopicPartition } from './types';
export { murmur2, partitionForKey, toPositive, utf8Encode } from './murmur2';
export { rangeAssign, roundRobinAssign, stickyAssign } from './assignors';
export { extractLines } from './files';
