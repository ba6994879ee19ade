/**
 * The broker's mutable state types. Kept as plain classes with fixed fields so V8 gives them
 * one hidden class each; a ready message costs one QueueEntry plus its (shared) Message.
 */
import type { FieldTable } from './field-values';
import type { Deque } from './deque';
import type { TopicIndex } from './routing/topic';
import type { HeadersMatcher } from './routing/headers';

export type ExchangeType = 'direct' | 'fanout' | 'topic' | 'headers';
export type QueueType = 'classic' | 'quorum';
export type Overflow = 'drop-head' | 'reject-publish' | 'reject-publish-dlx';

export interface MessageProperties {
  readonly contentType?: string;
  readonly contentEncoding?: string;
  readonly headers?: FieldTable;
  readonly deliveryMode?: number;
  readonly priority?: number;
  readonly correlationId?: string;
  readonly replyTo?: string;
  readonly expiration?: string;
  readonly messageId?: string;
  readonly timestamp?: number;
  readonly type?: string;
  readonly userId?: string;
  readonly appId?: string;
}

export const EMPTY_PROPERTIES: MessageProperties = Object.freeze({});

/** An immutable message as published (or as re-published by dead-lettering). */
export interface Message {
  readonly id: number;
  /** The exchange it was last published to (the DLX after dead-lettering). */
  readonly exchange: string;
  /** The routing key a delivery reports. */
  readonly routingKey: string;
  readonly properties: MessageProperties;
  readonly body: string;
  /** Body size in bytes (UTF-8), what x-max-length-bytes counts. */
  readonly size: number;
}

/** One queue's copy of a message: its place (seq), its clock and its delivery history. */
export class QueueEntry {
  constructor(
    readonly msg: Message,
    readonly seq: number,
    readonly expiresAt: number,
    public redelivered: boolean,
    public deliveryCount: number,
    readonly priority: number,
  ) {}
}

export interface Binding {
  readonly source: string;
  readonly destinationKind: 'queue' | 'exchange';
  readonly destination: string;
  readonly routingKey: string;
  readonly arguments: FieldTable;
  /** Identity: two bindings are the same when source, destination, key and arguments are. */
  readonly id: string;
  /** Compiled headers-exchange test, only on headers exchanges. */
  readonly headers: HeadersMatcher | null;
  /**
   * The destination queue, resolved when the binding is added. Deleting a queue removes its
   * bindings, so this never dangles; routing then needs no name lookup per binding.
   */
  queue: Queue | null;
}

export interface Exchange {
  readonly name: string;
  readonly type: ExchangeType;
  readonly durable: boolean;
  readonly autoDelete: boolean;
  readonly internal: boolean;
  readonly arguments: FieldTable;
  readonly alternateExchange: string | null;
  /** Bindings with this exchange as source. Replaced, never mutated (copy-on-write), so events can keep a reference. */
  bindings: readonly Binding[];
  /** Direct exchanges: routing key -> bindings, so routing never scans. */
  readonly byKey: Map<string, Binding[]> | null;
  readonly topic: TopicIndex<Binding> | null;
  /** Bindings with this exchange as destination. */
  readonly inbound: Set<Binding>;
  /** Per-route visit stamp, so routing needs no Set per message. */
  visit: number;
  readonly builtin: boolean;
}

export interface QueueArgs {
  readonly messageTtl: number | null;
  readonly expires: number | null;
  readonly maxLength: number | null;
  readonly maxLengthBytes: number | null;
  readonly overflow: Overflow;
  readonly deadLetterExchange: string | null;
  readonly deadLetterRoutingKey: string | null;
  readonly maxPriority: number | null;
  readonly singleActiveConsumer: boolean;
  readonly type: QueueType;
  readonly deliveryLimit: number | null;
}

export interface Consumer {
  readonly tag: string;
  readonly queue: string;
  readonly channel: Channel;
  readonly noAck: boolean;
  readonly exclusive: boolean;
  readonly priority: number;
  /** Per-consumer prefetch captured at consume time (0 = unlimited). */
  readonly prefetch: number;
  readonly arguments: FieldTable;
  unacked: number;
  /** Set when a dispatch found it full; it rejoins the tail of its level when it frees up. */
  blocked: boolean;
  readonly order: number;
}

export interface Unacked {
  readonly tag: number;
  readonly entry: QueueEntry;
  readonly queue: string;
  readonly consumer: Consumer | null;
}

export interface Channel {
  readonly id: number;
  readonly number: number;
  readonly connection: Connection;
  open: boolean;
  confirm: boolean;
  publishSeq: number;
  nextTag: number;
  /** Outstanding deliveries by tag, in tag order (Map keeps insertion order). */
  readonly unacked: Map<number, Unacked>;
  readonly consumers: Map<string, Consumer>;
  prefetchPerConsumer: number;
  prefetchGlobal: number;
  /** Unacked deliveries to consumers (not basic.get), what global prefetch counts. */
  consumerUnacked: number;
  lastQueue: string;
}

export interface Connection {
  readonly id: number;
  readonly user: string;
  open: boolean;
  readonly channels: Map<number, Channel>;
  nextChannel: number;
}

export interface Queue {
  readonly name: string;
  readonly durable: boolean;
  readonly exclusiveOwner: number | null;
  readonly autoDelete: boolean;
  readonly arguments: FieldTable;
  readonly args: QueueArgs;
  /** Ready messages. Priority queues keep one deque per level, index = priority. */
  readonly levels: Deque<QueueEntry>[];
  readyCount: number;
  readyBytes: number;
  nextSeq: number;
  /** Consumers in dispatch order: by priority level, then rotation order. */
  consumers: Consumer[];
  hadConsumer: boolean;
  /** Single-active-consumer: the one consumer allowed to receive. */
  active: Consumer | null;
  readonly inbound: Set<Binding>;
  /** Expiry instant the head timer is set for (lazy invalidation of stale timers). */
  headTimerAt: number;
  /** x-expires deadline, or Infinity while in use. */
  expiresAt: number;
  /** Route stamp so one publish enqueues at most once here. */
  visit: number;
  deleted: boolean;
  readonly declaredAt: number;
}
