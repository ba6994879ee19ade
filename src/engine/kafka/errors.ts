/**
 * Typed failures. Codes follow Kafka's error names where Kafka has one, so the UI can show the
 * real name next to the translated explanation; params carry the data, never prose.
 */
export type KafkaErrorCode =
  | 'INVALID_COMMAND'
  | 'INVALID_TIME'
  | 'INVALID_TOPIC_NAME'
  | 'TOPIC_ALREADY_EXISTS'
  | 'UNKNOWN_TOPIC_OR_PARTITION'
  | 'INVALID_PARTITIONS'
  | 'INVALID_REPLICATION_FACTOR'
  | 'INVALID_CONFIG'
  | 'INVALID_RECORD'
  | 'NOT_ENOUGH_REPLICAS'
  | 'LEADER_NOT_AVAILABLE'
  | 'UNKNOWN_BROKER'
  | 'BROKER_STATE'
  | 'UNKNOWN_GROUP'
  | 'UNKNOWN_MEMBER_ID'
  | 'MEMBER_ALREADY_EXISTS'
  | 'MEMBER_NOT_ACTIVE'
  | 'PARTITION_NOT_ASSIGNED'
  | 'INVALID_OFFSET'
  | 'NO_OFFSET_FOR_PARTITION'
  | 'OFFSET_OUT_OF_RANGE'
  | 'GROUP_NOT_EMPTY'
  | 'INCONSISTENT_GROUP_PROTOCOL'
  | 'UNKNOWN_WORKER'
  | 'WORKER_ALREADY_EXISTS'
  | 'UNKNOWN_CONNECTOR'
  | 'CONNECTOR_ALREADY_EXISTS'
  | 'UNKNOWN_FILE';

export type ParamValue = string | number | boolean | null;

export interface KafkaError {
  readonly code: KafkaErrorCode;
  readonly params: Readonly<Record<string, ParamValue>>;
}

export type KafkaResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: KafkaError };

export const ok = <T>(value: T): KafkaResult<T> => ({ ok: true, value });
export const fail = <T = never>(code: KafkaErrorCode, params: Record<string, ParamValue> = {}): KafkaResult<T> => ({
  ok: false,
  error: { code, params },
});

/** Kafka's exact text for a null key sent to a compacted topic (LogValidator), kept as data. */
export const COMPACTED_NULL_KEY_MESSAGE = 'Compacted topic cannot accept message without key';
