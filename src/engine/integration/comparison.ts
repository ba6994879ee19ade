// The eight brokers of the notes mapped onto the concepts of broker-semantics section I.
// Pure data: every cell is a key the UI translates (texts in comparison.i18n.ts).
import type { BrokerModelId } from './brokers/model';

export const COMPARED_BROKERS = [
  'rabbitmq',
  'kafka',
  'pubsub',
  'sqs',
  'servicebus',
  'redis',
  'activemq',
  'ibmmq',
] as const;
export type ComparedBroker = (typeof COMPARED_BROKERS)[number];

export const CONCEPTS = [
  'model',
  'delivery',
  'ack',
  'inFlightTimeout',
  'negativeAck',
  'dlq',
  'ordering',
  'replay',
  'durability',
  'offlineSubscriber',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** How the lab shows a broker: simulated in full, or by a labelled closest model. */
export type Simulation =
  | { readonly kind: 'native' }
  | { readonly kind: 'closest-model'; readonly models: readonly BrokerModelId[] };

export const COMPARISON = {
  rabbitmq: {
    model: 'model.exchange-to-queue',
    delivery: 'delivery.push-consume-or-get',
    ack: 'ack.basic-ack',
    inFlightTimeout: 'timeout.consumer-ack-timeout',
    negativeAck: 'nack.nack-reject-requeue',
    dlq: 'dlq.dlx-delivery-limit',
    ordering: 'order.per-queue',
    replay: 'replay.streams-only',
    durability: 'durability.durable-queue-persistent-message',
    offlineSubscriber: 'offline.durable-queue-keeps',
  },
  kafka: {
    model: 'model.partitioned-log',
    delivery: 'delivery.pull',
    ack: 'ack.commit-offset',
    inFlightTimeout: 'timeout.max-poll-interval',
    negativeAck: 'nack.none-seek',
    dlq: 'dlq.none-built-in',
    ordering: 'order.per-partition',
    replay: 'replay.offsets-retention',
    durability: 'durability.replicated-log',
    offlineSubscriber: 'offline.committed-offsets',
  },
  pubsub: {
    model: 'model.topic-subscriptions',
    delivery: 'delivery.push-or-pull',
    ack: 'ack.ack-id',
    inFlightTimeout: 'timeout.ack-deadline',
    negativeAck: 'nack.modify-ack-deadline-zero',
    dlq: 'dlq.dead-letter-topic',
    ordering: 'order.ordering-keys',
    replay: 'replay.seek-snapshot',
    durability: 'durability.managed',
    offlineSubscriber: 'offline.subscription-keeps',
  },
  sqs: {
    model: 'model.queue',
    delivery: 'delivery.pull',
    ack: 'ack.delete-message',
    inFlightTimeout: 'timeout.visibility',
    negativeAck: 'nack.visibility-zero',
    dlq: 'dlq.redrive-max-receive-count',
    ordering: 'order.fifo-message-group',
    replay: 'replay.none',
    durability: 'durability.managed',
    offlineSubscriber: 'offline.queue-keeps',
  },
  servicebus: {
    model: 'model.queue-or-topic-subscriptions',
    delivery: 'delivery.peek-lock-receive',
    ack: 'ack.complete',
    inFlightTimeout: 'timeout.lock-duration',
    negativeAck: 'nack.abandon-or-dead-letter',
    dlq: 'dlq.max-delivery-count-subqueue',
    ordering: 'order.sessions',
    replay: 'replay.none',
    durability: 'durability.managed',
    offlineSubscriber: 'offline.subscription-keeps',
  },
  redis: {
    model: 'model.pubsub-and-streams',
    delivery: 'delivery.push-pubsub-pull-streams',
    ack: 'ack.xack',
    inFlightTimeout: 'timeout.none-pel-claim',
    negativeAck: 'nack.none-leave-pending',
    dlq: 'dlq.manual',
    ordering: 'order.per-stream',
    replay: 'replay.streams-xrange',
    durability: 'durability.optional-persistence',
    offlineSubscriber: 'offline.pubsub-lost-streams-kept',
  },
  activemq: {
    model: 'model.jms-queue-and-topic',
    delivery: 'delivery.jms-listener-or-receive',
    ack: 'ack.jms-acknowledge-or-commit',
    inFlightTimeout: 'timeout.session-transaction',
    negativeAck: 'nack.rollback-recover',
    dlq: 'dlq.activemq-max-redeliveries',
    ordering: 'order.per-queue-message-groups',
    replay: 'replay.none',
    durability: 'durability.persistent-delivery-mode',
    offlineSubscriber: 'offline.durable-subscription',
  },
  ibmmq: {
    model: 'model.jms-queue-and-topic',
    delivery: 'delivery.jms-listener-or-receive',
    ack: 'ack.jms-acknowledge-or-commit',
    inFlightTimeout: 'timeout.session-transaction',
    negativeAck: 'nack.rollback-recover',
    dlq: 'dlq.ibmmq-backout-queue',
    ordering: 'order.per-queue',
    replay: 'replay.none',
    durability: 'durability.persistent-delivery-mode',
    offlineSubscriber: 'offline.durable-subscription',
  },
} as const satisfies Record<ComparedBroker, Record<Concept, string>>;

export type ComparisonCell = (typeof COMPARISON)[ComparedBroker][Concept];

export const SIMULATION: Readonly<Record<ComparedBroker, Simulation>> = {
  rabbitmq: { kind: 'native' },
  kafka: { kind: 'native' },
  pubsub: { kind: 'closest-model', models: ['pubsub'] },
  sqs: { kind: 'closest-model', models: ['sqs'] },
  servicebus: { kind: 'closest-model', models: ['servicebus'] },
  redis: { kind: 'closest-model', models: ['redis-pubsub', 'redis-streams'] },
  activemq: { kind: 'closest-model', models: ['jms-queue', 'jms-topic-durable'] },
  ibmmq: { kind: 'closest-model', models: ['jms-queue', 'jms-topic-durable'] },
};

/** Every key the UI needs a text for: concept headings, broker names, cells, model labels. */
export type ComparisonTextKey =
  | `concept.${Concept}`
  | `broker.${ComparedBroker}`
  | ComparisonCell
  | `closest-model.${BrokerModelId}`
  | 'closest-model.label';
