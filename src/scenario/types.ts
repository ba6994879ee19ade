// The scenario document: what the user builds and what is saved, undone, shared and exported.
// It is language-neutral and versioned; the running simulation is derived from it.

export const SCENARIO_VERSION = 1;

export interface Position {
  x: number;
  y: number;
}

export type ExchangeType = 'direct' | 'fanout' | 'topic' | 'headers';

/** A typed AMQP field value as the user enters it (headers, binding arguments). */
export type TypedValue =
  | { kind: 'string'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'void' };

export interface HeaderEntry {
  key: string;
  value: TypedValue;
}

export type XMatch = 'all' | 'any' | 'all-with-x' | 'any-with-x';

export type PayloadKind = 'json' | 'text' | 'base64';

export interface MessageTemplate {
  routingKey: string;
  headers: HeaderEntry[];
  payloadKind: PayloadKind;
  payload: string;
  mandatory: boolean;
  properties: {
    contentType?: string;
    contentEncoding?: string;
    deliveryMode?: 1 | 2;
    priority?: number;
    correlationId?: string;
    replyTo?: string;
    expiration?: string;
    messageId?: string;
    timestamp?: number;
    type?: string;
    userId?: string;
    appId?: string;
  };
}

export interface Schedule {
  enabled: boolean;
  /** Messages per simulated second. */
  ratePerSec: number;
  /** Messages sent at once each tick. */
  burst: number;
  /** Routing keys to cycle through; empty = the template's key. */
  keys: string[];
  /** Stop after this many messages (0 = no limit). */
  limit: number;
}

export type ConsumerAction =
  | { kind: 'ack' }
  | { kind: 'nack'; requeue: boolean }
  | { kind: 'reject'; requeue: boolean }
  | { kind: 'crash'; after: 'receive' | 'process' }
  | { kind: 'manual' };

export interface ProducerNode {
  id: string;
  kind: 'producer';
  position: Position;
  name: string;
  /** Application = one connection; producers of one app share it. */
  app: string;
  message: MessageTemplate;
  schedule: Schedule;
  confirm: boolean;
}

export interface ExchangeNode {
  id: string;
  kind: 'exchange';
  position: Position;
  name: string;
  type: ExchangeType;
  durable: boolean;
  autoDelete: boolean;
  internal: boolean;
  alternateExchange: string;
}

export type Overflow = 'drop-head' | 'reject-publish' | 'reject-publish-dlx';

export interface QueueArgs {
  messageTtl?: number;
  expires?: number;
  maxLength?: number;
  maxLengthBytes?: number;
  overflow?: Overflow;
  deadLetterExchange?: string;
  deadLetterRoutingKey?: string;
  maxPriority?: number;
  singleActiveConsumer?: boolean;
  queueType?: 'classic' | 'quorum';
  deliveryLimit?: number;
}

export interface QueueNode {
  id: string;
  kind: 'queue';
  position: Position;
  name: string;
  durable: boolean;
  exclusive: boolean;
  autoDelete: boolean;
  args: QueueArgs;
}

export interface ConsumerNode {
  id: string;
  kind: 'consumer';
  position: Position;
  name: string;
  app: string;
  ackMode: 'auto' | 'manual';
  prefetch: number;
  prefetchGlobal: boolean;
  processingMs: number;
  action: ConsumerAction;
  priority: number;
  exclusive: boolean;
}

export type ScenarioNode = ProducerNode | ExchangeNode | QueueNode | ConsumerNode;
export type NodeKind = ScenarioNode['kind'];

export interface PublishEdge {
  id: string;
  kind: 'publish';
  source: string;
  target: string;
}

export interface BindingEdge {
  id: string;
  kind: 'binding';
  source: string;
  target: string;
  key: string;
  xMatch: XMatch;
  args: HeaderEntry[];
}

export interface SubscriptionEdge {
  id: string;
  kind: 'subscription';
  source: string;
  target: string;
}

export type ScenarioEdge = PublishEdge | BindingEdge | SubscriptionEdge;
export type EdgeKind = ScenarioEdge['kind'];

export interface Scenario {
  version: typeof SCENARIO_VERSION;
  mode: 'amqp';
  title: string;
  nodes: ScenarioNode[];
  edges: ScenarioEdge[];
  playback: { speed: number };
}
