/**
 * Builds the ExplainContext from the log itself (messages, who received which delivery, the
 * dead-letter family tree), the broker snapshot (exchange types, dead-letter routing keys) and
 * the scenario (display names). Pure: the components memoise it per log.
 */
import type { Message, ExchangeType } from '../../engine/amqp/model';
import type { BrokerSnapshot } from '../../engine/amqp/snapshot';
import type { SimLogEntry } from '../../sim/amqp/types';
import type { ExplainContext } from './explain';

export interface LogIndex extends ExplainContext {
  /** Dead-lettered copy id -> the id it was copied from. */
  readonly parentOf: ReadonlyMap<number, number>;
  /** Id -> the ids of its dead-lettered copies. */
  readonly childrenOf: ReadonlyMap<number, readonly number[]>;
}

export interface IndexSources {
  readonly snapshot?: Pick<BrokerSnapshot, 'exchanges' | 'queues'>;
  /** Scenario node id -> display name. */
  readonly names?: ReadonlyMap<string, string>;
  /**
   * The scenario consumer that consumed on a channel: names a delivery's consumer before it has
   * arrived (the log alone learns it only from the consumer's receipt).
   */
  readonly channelOwner?: (channel: number) => string | undefined;
}

export function buildIndex(log: readonly SimLogEntry[], sources: IndexSources = {}): LogIndex {
  const messages = new Map<number, Message>();
  const mandatory = new Set<number>();
  const parentOf = new Map<number, number>();
  const childrenOf = new Map<number, number[]>();
  const dlFrom = new Map<number, { queue: string; exchange: string }>();
  const deliveries = new Map<string, string>();
  const tags = new Map<string, string>();
  const deliveryChannel = new Map<string, number>();
  for (const entry of log) {
    if (entry.source === 'broker') {
      const e = entry.event;
      switch (e.type) {
        case 'published':
          messages.set(e.message.id, e.message);
          if (e.mandatory) mandatory.add(e.message.id);
          break;
        case 'delivered':
          messages.set(e.message.id, e.message);
          deliveryChannel.set(`${e.message.id}|${e.deliveryTag}`, e.channel);
          break;
        case 'returned':
          if (!messages.has(e.message.id)) messages.set(e.message.id, e.message);
          break;
        case 'dead-lettered': {
          parentOf.set(e.newMessageId, e.messageId);
          const kids = childrenOf.get(e.messageId) ?? [];
          kids.push(e.newMessageId);
          childrenOf.set(e.messageId, kids);
          dlFrom.set(e.newMessageId, { queue: e.queue, exchange: e.exchange });
          break;
        }
        default:
          break;
      }
    } else {
      const e = entry.event;
      if (e.type === 'consumer-received') {
        const channel = deliveryChannel.get(`${e.messageId}|${e.deliveryTag}`);
        if (channel !== undefined) deliveries.set(`${channel}|${e.deliveryTag}`, e.consumerId);
      }
    }
  }
  // Messages still waiting in a queue (a dead-lettered copy not delivered yet) are in the snapshot.
  for (const q of sources.snapshot?.queues ?? []) for (const r of q.ready) if (!messages.has(r.message.id)) messages.set(r.message.id, r.message);
  // Consumer tags: a consumer-added on a channel whose deliveries a scenario consumer received.
  const channelOwner = new Map<number, string>();
  for (const [k, consumer] of deliveries) channelOwner.set(Number(k.split('|')[0]), consumer);
  for (const entry of log) {
    if (entry.source === 'broker' && entry.event.type === 'consumer-added') {
      const owner = channelOwner.get(entry.event.channel);
      if (owner !== undefined) tags.set(`${entry.event.channel}|${entry.event.consumerTag}`, owner);
    }
  }

  const queueArgs = new Map((sources.snapshot?.queues ?? []).map((q) => [q.name, q.args] as const));
  const types = new Map<string, ExchangeType>((sources.snapshot?.exchanges ?? []).map((x) => [x.name, x.type] as const));

  const deadLetterKey = (id: number): string | undefined => {
    const known = messages.get(id);
    if (known) return known.routingKey;
    const from = dlFrom.get(id);
    const parent = parentOf.get(id);
    if (!from || parent === undefined) return undefined;
    const dlrk = queueArgs.get(from.queue)?.deadLetterRoutingKey;
    if (dlrk !== undefined && dlrk !== null) return dlrk;
    return messages.get(parent)?.routingKey;
  };

  const message = (id: number): Message | undefined => {
    const known = messages.get(id);
    if (known) return known;
    // A dead-lettered copy not delivered yet: its parent, re-addressed (headers minus x-death).
    const parent = parentOf.get(id);
    const from = dlFrom.get(id);
    if (parent === undefined || !from) return undefined;
    const base = message(parent);
    if (!base) return undefined;
    const { expiration: _gone, ...props } = base.properties;
    const derived: Message = { ...base, id, exchange: from.exchange, routingKey: deadLetterKey(id) ?? base.routingKey, properties: props };
    messages.set(id, derived);
    return derived;
  };

  return {
    message,
    exchangeType: (name) => types.get(name),
    nodeName: (id) => sources.names?.get(id) ?? id,
    consumerOf: (channel, tag) => deliveries.get(`${channel}|${tag}`) ?? sources.channelOwner?.(channel),
    consumerOfTag: (channel, tag) => tags.get(`${channel}|${tag}`) ?? sources.channelOwner?.(channel),
    mandatory: (id) => mandatory.has(id),
    deadLetterKey,
    parentOf,
    childrenOf,
  };
}
