/**
 * Everything the engine accepts. Channels and connections are addressed by the numeric ids the
 * engine returned when it opened them.
 */
import type { FieldTable } from './field-values';
import type { MessageProperties } from './model';
import type { AmqpError } from './errors';
import type { Message } from './model';

export type AmqpCommand =
  | { type: 'connection.open'; user?: string }
  | { type: 'connection.close'; connection: number }
  | { type: 'channel.open'; connection: number; confirm?: boolean }
  | { type: 'channel.close'; channel: number }
  | { type: 'confirm.select'; channel: number }
  | {
      type: 'exchange.declare';
      channel: number;
      exchange: string;
      exchangeType?: string;
      durable?: boolean;
      autoDelete?: boolean;
      internal?: boolean;
      passive?: boolean;
      arguments?: FieldTable;
    }
  | { type: 'exchange.delete'; channel: number; exchange: string; ifUnused?: boolean }
  | { type: 'exchange.bind' | 'exchange.unbind'; channel: number; destination: string; source: string; routingKey?: string; arguments?: FieldTable }
  | {
      type: 'queue.declare';
      channel: number;
      queue: string;
      durable?: boolean;
      exclusive?: boolean;
      autoDelete?: boolean;
      passive?: boolean;
      arguments?: FieldTable;
    }
  | { type: 'queue.delete'; channel: number; queue: string; ifUnused?: boolean; ifEmpty?: boolean }
  | { type: 'queue.bind' | 'queue.unbind'; channel: number; queue: string; exchange: string; routingKey?: string; arguments?: FieldTable }
  | { type: 'queue.purge'; channel: number; queue: string }
  | {
      type: 'basic.publish';
      channel: number;
      exchange: string;
      routingKey?: string;
      mandatory?: boolean;
      immediate?: boolean;
      properties?: MessageProperties;
      body: string;
    }
  | { type: 'basic.consume'; channel: number; queue: string; consumerTag?: string; noAck?: boolean; exclusive?: boolean; arguments?: FieldTable }
  | { type: 'basic.cancel'; channel: number; consumerTag: string }
  | { type: 'basic.qos'; channel: number; prefetchCount: number; prefetchSize?: number; global?: boolean }
  | { type: 'basic.ack'; channel: number; deliveryTag: number; multiple?: boolean }
  | { type: 'basic.nack'; channel: number; deliveryTag: number; multiple?: boolean; requeue?: boolean }
  | { type: 'basic.reject'; channel: number; deliveryTag: number; requeue?: boolean }
  | { type: 'basic.recover'; channel: number; requeue?: boolean }
  | { type: 'basic.get'; channel: number; queue: string; noAck?: boolean }
  | { type: 'broker.restart' };

/** A message handed out by basic.get. */
export interface GetOk {
  readonly message: Message;
  readonly deliveryTag: number;
  readonly redelivered: boolean;
  readonly deliveryCount: number | null;
  /** Ready messages left after this one. */
  readonly messageCount: number;
}

export interface CommandOk {
  readonly ok: true;
  readonly connection?: number;
  readonly channel?: number;
  readonly queue?: string;
  readonly messageCount?: number;
  readonly consumerCount?: number;
  readonly consumerTag?: string;
  /** basic.publish on a confirm channel. */
  readonly confirm?: 'ack' | 'nack';
  /** basic.get: null when the queue was empty. */
  readonly get?: GetOk | null;
}

export interface CommandFailed {
  readonly ok: false;
  readonly error: AmqpError;
}

export type CommandResult = CommandOk | CommandFailed;
