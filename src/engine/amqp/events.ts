/**
 * Everything the engine reports, as plain data with codes and parameters (never prose: the UI
 * translates). Events carry `seq` (numeric, total order) and `time` (simulated ms).
 */
import type { Binding, Message } from './model';

export type DropReason =
  | 'unroutable'
  | 'overflow'
  | 'cycle'
  | 'queue-deleted'
  | 'dlx-missing'
  | 'no-dlx'
  | 'purged'
  | 'restart'
  | 'not-persistent';

export type DeathReason = 'rejected' | 'expired' | 'maxlen' | 'delivery_limit';

export type QueueDeletedReason = 'explicit' | 'auto-delete' | 'expires' | 'exclusive-owner-gone' | 'restart';
export type ExchangeDeletedReason = 'explicit' | 'auto-delete' | 'restart';

/** One exchange visited while routing: the bindings it had (shared, immutable) and which matched. */
export interface RouteHop {
  readonly exchange: string;
  readonly bindings: readonly Binding[];
  readonly matched: readonly Binding[];
  /** True when this exchange was reached as another exchange's alternate exchange. */
  readonly viaAlternate: boolean;
}

export type AmqpEventBody =
  | { type: 'published'; channel: number; message: Message; mandatory: boolean }
  | { type: 'routed'; messageId: number; hops: readonly RouteHop[]; queues: readonly string[] }
  | { type: 'enqueued'; messageId: number; queue: string; seq: number }
  | {
      type: 'delivered';
      queue: string;
      channel: number;
      consumerTag: string | null;
      deliveryTag: number;
      redelivered: boolean;
      /** Auto-ack delivery (no-ack consumer or basic.get no-ack): settled as it is sent. */
      noAck: boolean;
      message: Message;
      /** Quorum queues: previous returns, reported as header x-delivery-count. */
      deliveryCount: number | null;
    }
  | { type: 'acked'; queue: string; messageId: number; channel: number; deliveryTag: number }
  | { type: 'nacked' | 'rejected'; queue: string; messageId: number; channel: number; deliveryTag: number; requeue: boolean }
  | { type: 'requeued'; queue: string; messageId: number }
  | { type: 'expired'; queue: string; messageId: number }
  | { type: 'dead-lettered'; queue: string; messageId: number; reason: DeathReason; exchange: string; newMessageId: number }
  | { type: 'returned'; channel: number; message: Message; replyCode: number; replyText: string; exchange: string; routingKey: string }
  | { type: 'dropped'; messageId: number; queue: string | null; reason: DropReason }
  | { type: 'confirm'; channel: number; seqNo: number; ack: boolean }
  | { type: 'channel-closed'; channel: number; connection: number; code: number; text: string; byServer: boolean }
  | { type: 'connection-closed'; connection: number; code: number; text: string; byServer: boolean }
  | { type: 'queue-declared'; queue: string }
  | { type: 'queue-deleted'; queue: string; reason: QueueDeletedReason; messages: number }
  | { type: 'exchange-declared'; exchange: string }
  | { type: 'exchange-deleted'; exchange: string; reason: ExchangeDeletedReason }
  | { type: 'binding-added' | 'binding-removed'; binding: Binding }
  | { type: 'consumer-added'; channel: number; consumerTag: string; queue: string }
  | { type: 'consumer-cancelled'; channel: number; consumerTag: string; queue: string; byServer: boolean }
  | { type: 'broker-restarted' };

export type AmqpEvent = AmqpEventBody & { readonly seq: number; readonly time: number };
