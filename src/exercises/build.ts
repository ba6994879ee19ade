// Short constructors for the catalogue's scenarios, so each exercise reads as its topology.

import { defaultMessage } from '../scenario/defaults';
import type {
  BindingEdge,
  ConsumerNode,
  ExchangeNode,
  ExchangeType,
  HeaderEntry,
  MessageTemplate,
  ProducerNode,
  PublishEdge,
  QueueArgs,
  QueueNode,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
  SubscriptionEdge,
} from '../scenario/types';
import { SCENARIO_VERSION } from '../scenario/types';

type At = readonly [x: number, y: number];
const pos = ([x, y]: At) => ({ x, y });

export function producer(
  id: string,
  name: string,
  at: At,
  message: Partial<MessageTemplate> = {},
  keys: string[] = [],
): ProducerNode {
  const base = defaultMessage(message.routingKey ?? '');
  return {
    id,
    kind: 'producer',
    position: pos(at),
    name,
    app: `app-${name}`,
    message: { ...base, ...message, properties: { ...base.properties, ...message.properties } },
    // A gentle schedule so pressing play shows traffic; checks switch schedules off.
    schedule: { enabled: keys.length > 0, ratePerSec: 0.5, burst: 1, keys, limit: 0 },
    confirm: false,
  };
}

export function exchange(
  id: string,
  name: string,
  type: ExchangeType,
  at: At,
  over: Partial<ExchangeNode> = {},
): ExchangeNode {
  return {
    id,
    kind: 'exchange',
    position: pos(at),
    name,
    type,
    durable: true,
    autoDelete: false,
    internal: false,
    alternateExchange: '',
    ...over,
  };
}

export function queue(
  id: string,
  name: string,
  at: At,
  args: QueueArgs = {},
  over: Partial<QueueNode> = {},
): QueueNode {
  return {
    id,
    kind: 'queue',
    position: pos(at),
    name,
    durable: true,
    exclusive: false,
    autoDelete: false,
    args,
    ...over,
  };
}

export function consumer(
  id: string,
  name: string,
  at: At,
  over: Partial<ConsumerNode> = {},
): ConsumerNode {
  return {
    id,
    kind: 'consumer',
    position: pos(at),
    name,
    app: `app-${name}`,
    ackMode: 'manual',
    prefetch: 1,
    prefetchGlobal: false,
    processingMs: 1000,
    action: { kind: 'ack' },
    priority: 0,
    exclusive: false,
    ...over,
  };
}

export const publish = (id: string, source: string, target: string): PublishEdge => ({
  id,
  kind: 'publish',
  source,
  target,
});
export const subscribe = (id: string, source: string, target: string): SubscriptionEdge => ({
  id,
  kind: 'subscription',
  source,
  target,
});

export function bind(
  id: string,
  source: string,
  target: string,
  key = '',
  over: Partial<BindingEdge> = {},
): BindingEdge {
  return { id, kind: 'binding', source, target, key, xMatch: 'all', args: [], ...over };
}

export const str = (key: string, value: string): HeaderEntry => ({
  key,
  value: { kind: 'string', value },
});
export const int = (key: string, value: number): HeaderEntry => ({
  key,
  value: { kind: 'int', value },
});

export function scenario(title: string, nodes: ScenarioNode[], edges: ScenarioEdge[]): Scenario {
  return { version: SCENARIO_VERSION, mode: 'amqp', title, playback: { speed: 1 }, nodes, edges };
}

/** Ids of every node and edge: for exercises where only new parts may be added. */
export function allIds(s: Scenario, except: readonly string[] = []) {
  return {
    nodes: s.nodes.map((n) => n.id).filter((id) => !except.includes(id)),
    edges: s.edges.map((e) => e.id).filter((id) => !except.includes(id)),
  };
}
