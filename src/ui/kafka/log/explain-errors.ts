import type { KafkaErrorCode } from '../../../engine/kafka';
import type { Phrase } from './explain';

const CODES: readonly KafkaErrorCode[] = [
  'INVALID_COMMAND',
  'INVALID_TIME',
  'INVALID_TOPIC_NAME',
  'TOPIC_ALREADY_EXISTS',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'INVALID_PARTITIONS',
  'INVALID_REPLICATION_FACTOR',
  'INVALID_CONFIG',
  'INVALID_RECORD',
  'NOT_ENOUGH_REPLICAS',
  'LEADER_NOT_AVAILABLE',
  'UNKNOWN_BROKER',
  'BROKER_STATE',
  'UNKNOWN_GROUP',
  'UNKNOWN_MEMBER_ID',
  'MEMBER_ALREADY_EXISTS',
  'MEMBER_NOT_ACTIVE',
  'PARTITION_NOT_ASSIGNED',
  'INVALID_OFFSET',
  'NO_OFFSET_FOR_PARTITION',
  'OFFSET_OUT_OF_RANGE',
  'GROUP_NOT_EMPTY',
  'INCONSISTENT_GROUP_PROTOCOL',
  'UNKNOWN_WORKER',
  'WORKER_ALREADY_EXISTS',
  'UNKNOWN_CONNECTOR',
  'CONNECTOR_ALREADY_EXISTS',
  'UNKNOWN_FILE',
];

/** The Kafka error name stays as Kafka writes it; the sentence says what it means. */
export function explainError(code: string): Phrase {
  const known = CODES.find((c) => c === code);
  return known ? { key: `kafka.code.${known}` } : { key: 'kafka.code.other', params: { code } };
}
