import type {
  ConsumerNode,
  ExchangeNode,
  ExchangeType,
  MessageTemplate,
  NodeKind,
  Position,
  ProducerNode,
  QueueNode,
  Scenario,
  ScenarioNode,
} from './types';
import { SCENARIO_VERSION } from './types';

export function emptyScenario(): Scenario {
  return { version: SCENARIO_VERSION, mode: 'amqp', title: '', nodes: [], edges: [], playback: { speed: 1 } };
}

export function defaultMessage(routingKey = ''): MessageTemplate {
  return {
    routingKey,
    headers: [],
    payloadKind: 'json',
    payload: '{"id": 1}',
    mandatory: false,
    properties: { contentType: 'application/json', deliveryMode: 2 },
  };
}

/** A name not yet used by a node of the same kind: queue, queue-2, queue-3 ... */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

export function newNode(
  kind: NodeKind,
  id: string,
  position: Position,
  existing: readonly ScenarioNode[],
  exchangeType: ExchangeType = 'direct',
): ScenarioNode {
  const names = existing.filter((n) => n.kind === kind).map((n) => n.name);
  switch (kind) {
    case 'producer':
      return {
        id,
        kind,
        position,
        name: uniqueName('producer', names),
        app: uniqueName('app-producer', names.map((n) => `app-${n}`)),
        message: defaultMessage(),
        schedule: { enabled: false, ratePerSec: 1, burst: 1, keys: [], limit: 0 },
        confirm: false,
      } satisfies ProducerNode;
    case 'exchange':
      return {
        id,
        kind,
        position,
        name: uniqueName(exchangeType === 'direct' ? 'exchange' : exchangeType, names),
        type: exchangeType,
        durable: true,
        autoDelete: false,
        internal: false,
        alternateExchange: '',
      } satisfies ExchangeNode;
    case 'queue':
      return {
        id,
        kind,
        position,
        name: uniqueName('queue', names),
        durable: true,
        exclusive: false,
        autoDelete: false,
        args: {},
      } satisfies QueueNode;
    case 'consumer':
      return {
        id,
        kind,
        position,
        name: uniqueName('consumer', names),
        app: uniqueName('app-consumer', names.map((n) => `app-${n}`)),
        ackMode: 'manual',
        prefetch: 1,
        prefetchGlobal: false,
        processingMs: 1000,
        action: { kind: 'ack' },
        priority: 0,
        exclusive: false,
      } satisfies ConsumerNode;
  }
}
