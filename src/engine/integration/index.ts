// Public surface of the "why a broker?" engine, for the store and the lab screen.
export type {
  EventCode,
  EventParams,
  IntegrationEvent,
  IntegrationStyle,
  ServiceTime,
  StyleCommand,
  StyleKind,
  StyleMetrics,
} from './types';
export { Workload, type Arrival, type WorkloadConfig } from './workload';
export { createStyle, type StyleSpec } from './styles/factory';
export { DEFAULT_REST, RestStyle, type RestConfig } from './styles/rest';
export { DEFAULT_SHARED_DB, SharedDbStyle, type SharedDbConfig } from './styles/shared-db';
export {
  DEFAULT_FILE_TRANSFER,
  FileTransferStyle,
  type FileTransferConfig,
} from './styles/file-transfer';
export { DEFAULT_BROKER, BrokerStyle, type BrokerConfig } from './styles/broker';
export {
  Comparison,
  runComparison,
  type ComparisonConfig,
  type LabCommand,
  type TimedCommand,
} from './runner';
export type { Sample, SamplePoint } from './series';
export { LAB_PRESETS, type LabPreset, type LabPresetId } from './presets';
export {
  EXERCISES,
  runExercise,
  checkBacklogDrains,
  checkFastAndNonBlocking,
  checkFileTransferIntact,
  checkNoOrderLost,
  type CheckFailure,
  type CheckResult,
  type Exercise,
  type ExerciseId,
  type ExerciseRun,
} from './exercises';
export {
  COMPARED_BROKERS,
  COMPARISON,
  CONCEPTS,
  SIMULATION,
  type ComparedBroker,
  type ComparisonCell,
  type ComparisonTextKey,
  type Concept,
  type Simulation,
} from './comparison';
export { comparisonEn, comparisonPtBR } from './comparison.i18n';
export { BROKER_PRESETS, type BrokerPreset } from './brokers/presets';
export type { BrokerModelId, ModelEvent } from './brokers/model';
export { SqsQueue } from './brokers/sqs';
export { PubSubTopic, PubSubSubscription } from './brokers/pubsub';
export {
  ServiceBusTopic,
  SbSubscription,
  type SbFilter,
  type SbMessage,
} from './brokers/servicebus';
export { RedisPubSub, RedisStream } from './brokers/redis';
export { JmsQueue, JmsTopic, type JmsFlavor } from './brokers/jms';
