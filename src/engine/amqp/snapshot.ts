/**
 * Read-only, plain-data views of the broker for the UI and tests. Built on demand; the engine
 * never keeps them.
 */
import type { Binding, ExchangeType, Message, QueueArgs } from './model';
import type { BrokerState } from './state';
import { readyEntries } from './queue-core';

export interface ReadyMessageView {
  readonly message: Message;
  readonly seq: number;
  readonly redelivered: boolean;
  readonly expiresAt: number | null;
  readonly priority: number;
  readonly deliveryCount: number;
}

export interface QueueView {
  readonly name: string;
  readonly durable: boolean;
  readonly exclusiveOwner: number | null;
  readonly autoDelete: boolean;
  readonly args: QueueArgs;
  readonly ready: readonly ReadyMessageView[];
  readonly readyBytes: number;
  readonly unacked: number;
  readonly consumers: readonly { readonly tag: string; readonly channel: number; readonly priority: number; readonly active: boolean }[];
}

export interface ExchangeView {
  readonly name: string;
  readonly type: ExchangeType;
  readonly durable: boolean;
  readonly autoDelete: boolean;
  readonly internal: boolean;
  readonly alternateExchange: string | null;
  readonly builtin: boolean;
}

export interface ChannelView {
  readonly id: number;
  readonly number: number;
  readonly connection: number;
  readonly confirm: boolean;
  readonly prefetchPerConsumer: number;
  readonly prefetchGlobal: number;
  readonly unacked: readonly { readonly tag: number; readonly queue: string; readonly messageId: number; readonly consumerTag: string | null }[];
  readonly consumers: readonly { readonly tag: string; readonly queue: string; readonly noAck: boolean; readonly prefetch: number; readonly unacked: number }[];
}

export interface BrokerSnapshot {
  readonly now: number;
  readonly exchanges: readonly ExchangeView[];
  readonly bindings: readonly Binding[];
  readonly queues: readonly QueueView[];
  readonly connections: readonly { readonly id: number; readonly user: string; readonly channels: readonly ChannelView[] }[];
}

export function takeSnapshot(st: BrokerState): BrokerSnapshot {
  const unackedByQueue = new Map<string, number>();
  for (const ch of st.channels.values()) for (const u of ch.unacked.values()) unackedByQueue.set(u.queue, (unackedByQueue.get(u.queue) ?? 0) + 1);
  return {
    now: st.now,
    exchanges: [...st.exchanges.values()].map((x) => ({
      name: x.name,
      type: x.type,
      durable: x.durable,
      autoDelete: x.autoDelete,
      internal: x.internal,
      alternateExchange: x.alternateExchange,
      builtin: x.builtin,
    })),
    bindings: [...st.exchanges.values()].flatMap((x) => x.bindings),
    queues: [...st.queues.values()].map((q) => ({
      name: q.name,
      durable: q.durable,
      exclusiveOwner: q.exclusiveOwner,
      autoDelete: q.autoDelete,
      args: q.args,
      ready: readyEntries(q).map((e) => ({
        message: e.msg,
        seq: e.seq,
        redelivered: e.redelivered,
        expiresAt: e.expiresAt === Infinity ? null : e.expiresAt,
        priority: e.priority,
        deliveryCount: e.deliveryCount,
      })),
      readyBytes: q.readyBytes,
      unacked: unackedByQueue.get(q.name) ?? 0,
      consumers: q.consumers.map((c) => ({ tag: c.tag, channel: c.channel.id, priority: c.priority, active: !q.args.singleActiveConsumer || q.active === c })),
    })),
    connections: [...st.connections.values()].map((c) => ({
      id: c.id,
      user: c.user,
      channels: [...c.channels.values()].map((ch) => ({
        id: ch.id,
        number: ch.number,
        connection: c.id,
        confirm: ch.confirm,
        prefetchPerConsumer: ch.prefetchPerConsumer,
        prefetchGlobal: ch.prefetchGlobal,
        unacked: [...ch.unacked.values()].map((u) => ({ tag: u.tag, queue: u.queue, messageId: u.entry.msg.id, consumerTag: u.consumer?.tag ?? null })),
        consumers: [...ch.consumers.values()].map((k) => ({ tag: k.tag, queue: k.queue, noAck: k.noAck, prefetch: k.prefetch, unacked: k.unacked })),
      })),
    })),
  };
}
