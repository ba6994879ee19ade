// Every cap a loaded Kafka document must respect, in one place so the inspector, the link codec
// and the draft loader agree. Sizes are UTF-8 bytes unless the name says otherwise.

export const KAFKA_LIMITS = {
  nodes: 200,
  edges: 800,
  idChars: 64,
  /** Kafka's own limit for topic names (Topic.MAX_NAME_LENGTH); used for every name. */
  name: 249,
  title: 255,
  keys: 64,
  keyBytes: 1024,
  valueBytes: 16 * 1024,
  headers: 32,
  headerBytes: 1024,
  consumers: 32,
  writerLines: 200,
  lineBytes: 4096,
  fileBytes: 64 * 1024,
} as const;

export const KAFKA_RANGES = {
  coordinate: { min: -1_000_000, max: 1_000_000 },
  seed: { min: 0, max: 2_147_483_647 },
  speed: { min: 0.01, max: 1000 },
  partitions: { min: 1, max: 12 },
  replicationFactor: { min: 1, max: 5 },
  brokers: { min: 1, max: 5 },
  workers: { min: 1, max: 5 },
  tasksMax: { min: 1, max: 8 },
  /** -1 = forever, as Kafka writes it. */
  retentionMs: { min: -1, max: Number.MAX_SAFE_INTEGER },
  retentionBytes: { min: -1, max: Number.MAX_SAFE_INTEGER },
  deleteRetentionMs: { min: 0, max: Number.MAX_SAFE_INTEGER },
  minInsyncReplicas: { min: 1, max: 5 },
  batchSize: { min: 0, max: 1_048_576 },
  sourceBatchSize: { min: 1, max: 100_000 },
  ratePerSec: { min: 0, max: 100 },
  limit: { min: 0, max: 1_000_000 },
  intervalMs: { min: 1, max: 3_600_000 },
  processingMs: { min: 0, max: 3_600_000 },
  replicationDelayMs: { min: 0, max: 60_000 },
  maxPollRecords: { min: 1, max: 10_000 },
} as const;

/** Kafka's Topic.validate: letters, digits, `.`, `_` and `-`, not `.` or `..`. */
export function isLegalTopicName(name: string): boolean {
  return name.length > 0 && name.length <= KAFKA_LIMITS.name && name !== '.' && name !== '..' && /^[a-zA-Z0-9._-]+$/.test(name);
}
