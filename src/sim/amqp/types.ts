import type { AmqpError } from '../../engine/amqp/errors';
import type { AmqpEvent } from '../../engine/amqp/events';
import type { Message } from '../../engine/amqp/model';

/** Simulated travel times (ms): what makes a message visible as it moves. */
export interface Latency {
  readonly publish: number;
  readonly route: number;
  readonly deliver: number;
  readonly ack: number;
}

export const DEFAULT_LATENCY: Latency = { publish: 600, route: 500, deliver: 600, ack: 500 };
/** How long a crashed consumer stays down before its app starts again. */
export const CONSUMER_RESTART_MS = 3000;
/** How long apps wait before reconnecting after the broker restarts. */
export const RECONNECT_MS = 1500;

export type FlightKind = 'message' | 'ack' | 'nack' | 'reject' | 'return' | 'dead-letter' | 'confirm';

/** One token travelling between two nodes in simulated time (the animation reads these). */
export interface Flight {
  readonly id: number;
  readonly kind: FlightKind;
  readonly from: string;
  readonly to: string;
  /** The edge it follows, when there is one; `reverse` when it travels against the edge. */
  readonly edgeId: string | null;
  readonly reverse: boolean;
  readonly departAt: number;
  readonly arriveAt: number;
  /** The message's first id, stable through dead-lettering, for its colour. */
  readonly colorId: number;
  readonly messageId: number;
}

export type MarkKind = 'expired' | 'unroutable' | 'overflow' | 'dropped' | 'crash' | 'error';

/** Something that happens in one place (a puff at an exchange, a fade in a queue). */
export interface Mark {
  readonly id: number;
  readonly kind: MarkKind;
  readonly nodeId: string;
  readonly at: number;
  readonly colorId: number;
}

export type ClientEvent =
  | { type: 'producer-sent'; producerId: string; routingKey: string; exchange: string }
  | { type: 'producer-unconnected'; producerId: string }
  | { type: 'consumer-received'; consumerId: string; messageId: number; deliveryTag: number; redelivered: boolean }
  | {
      type: 'consumer-settled';
      consumerId: string;
      messageId: number;
      deliveryTag: number;
      action: 'ack' | 'nack' | 'reject';
      requeue: boolean;
    }
  | { type: 'consumer-processed'; consumerId: string; messageId: number; autoAck: boolean }
  | { type: 'consumer-crashed'; consumerId: string; lost: number; held: number }
  | { type: 'consumer-restarted'; consumerId: string }
  | { type: 'settle-lost'; consumerId: string; deliveryTag: number }
  | { type: 'command-failed'; nodeId: string | null; command: string; error: AmqpError }
  | { type: 'queue-recreated'; nodeId: string; queue: string }
  | { type: 'apps-reconnected' };

export type SimLogEntry = { readonly seq: number; readonly time: number } & (
  | { readonly source: 'broker'; readonly event: AmqpEvent }
  | { readonly source: 'client'; readonly event: ClientEvent }
);

/** A message a consumer holds: received, being processed, or waiting for the user's decision. */
export interface HeldDelivery {
  readonly deliveryTag: number;
  readonly channel: number;
  readonly message: Message;
  readonly queue: string;
  readonly redelivered: boolean;
  readonly colorId: number;
  readonly receivedAt: number;
}
