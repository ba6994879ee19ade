/**
 * What the broker should hold for a scenario document, and the commands that take the broker
 * from what it was last given to that. Entities are compared by a signature: a changed
 * exchange or queue is deleted and declared again, as RabbitMQ requires (redeclaring with other
 * settings is a 406).
 */
import type { FieldTable } from '../../engine/amqp/field-values';
import type { QueueNode, Scenario } from '../../scenario/types';
import { bindingArguments, queueArguments } from './fields';

export interface DesiredExchange {
  readonly nodeId: string;
  readonly name: string;
  readonly type: string;
  readonly durable: boolean;
  readonly autoDelete: boolean;
  readonly internal: boolean;
  readonly args: FieldTable;
  readonly sig: string;
}

export interface DesiredQueue {
  readonly nodeId: string;
  readonly name: string;
  readonly durable: boolean;
  readonly exclusive: boolean;
  readonly autoDelete: boolean;
  readonly args: FieldTable;
  /** Exclusive queues belong to a connection: the app of the first consumer reading it. */
  readonly ownerApp: string | null;
  readonly sig: string;
}

export interface DesiredBinding {
  readonly edgeId: string;
  readonly destinationKind: 'queue' | 'exchange';
  readonly source: string;
  readonly destination: string;
  readonly key: string;
  readonly args: FieldTable;
  readonly sig: string;
}

export interface DesiredConsumer {
  readonly nodeId: string;
  readonly app: string;
  readonly queue: string;
  readonly noAck: boolean;
  readonly prefetch: number;
  readonly prefetchGlobal: boolean;
  readonly priority: number;
  readonly exclusive: boolean;
  readonly sig: string;
}

export interface DesiredProducer {
  readonly nodeId: string;
  readonly app: string;
  /** The exchange it publishes to, or null when it is not connected. */
  readonly exchange: string | null;
  /** Set when it publishes to a queue through the default exchange. */
  readonly routingKeyOverride: string | null;
  readonly confirm: boolean;
}

export interface DesiredTopology {
  readonly exchanges: readonly DesiredExchange[];
  readonly queues: readonly DesiredQueue[];
  readonly bindings: readonly DesiredBinding[];
  readonly consumers: readonly DesiredConsumer[];
  readonly producers: readonly DesiredProducer[];
}

const sig = (value: unknown) => JSON.stringify(value);

export function desiredTopology(doc: Scenario): DesiredTopology {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const subscriptionOf = new Map<string, QueueNode>();
  for (const e of doc.edges) {
    const q = byId.get(e.source);
    if (e.kind === 'subscription' && q?.kind === 'queue') subscriptionOf.set(e.target, q);
  }

  const exchanges: DesiredExchange[] = [];
  const queues: DesiredQueue[] = [];
  const consumers: DesiredConsumer[] = [];
  const producers: DesiredProducer[] = [];
  for (const n of doc.nodes) {
    if (n.kind === 'exchange') {
      const args: FieldTable = n.alternateExchange
        ? { 'alternate-exchange': { kind: 'string', value: n.alternateExchange } }
        : {};
      const d = { nodeId: n.id, name: n.name, type: n.type, durable: n.durable, autoDelete: n.autoDelete, internal: n.internal, args };
      exchanges.push({ ...d, sig: sig({ ...d, nodeId: undefined }) });
    } else if (n.kind === 'queue') {
      const firstReader = doc.nodes.find((c) => c.kind === 'consumer' && subscriptionOf.get(c.id)?.id === n.id);
      const ownerApp = n.exclusive && firstReader?.kind === 'consumer' ? firstReader.app : null;
      const d = { nodeId: n.id, name: n.name, durable: n.durable, exclusive: n.exclusive, autoDelete: n.autoDelete, args: queueArguments(n.args), ownerApp };
      queues.push({ ...d, sig: sig({ ...d, nodeId: undefined }) });
    } else if (n.kind === 'consumer') {
      const q = subscriptionOf.get(n.id);
      if (!q) continue;
      const d = {
        nodeId: n.id,
        app: n.app,
        queue: q.name,
        noAck: n.ackMode === 'auto',
        prefetch: n.prefetch,
        prefetchGlobal: n.prefetchGlobal,
        priority: n.priority,
        exclusive: n.exclusive,
      };
      consumers.push({ ...d, sig: sig(d) });
    } else {
      const edge = doc.edges.find((e) => e.kind === 'publish' && e.source === n.id);
      const target = edge ? byId.get(edge.target) : undefined;
      producers.push({
        nodeId: n.id,
        app: n.app,
        exchange: target?.kind === 'exchange' ? target.name : target?.kind === 'queue' ? '' : null,
        routingKeyOverride: target?.kind === 'queue' ? target.name : null,
        confirm: n.confirm,
      });
    }
  }

  const bindings: DesiredBinding[] = [];
  for (const e of doc.edges) {
    if (e.kind !== 'binding') continue;
    const src = byId.get(e.source);
    const dst = byId.get(e.target);
    if (src?.kind !== 'exchange' || (dst?.kind !== 'queue' && dst?.kind !== 'exchange')) continue;
    const args = (src).type === 'headers' ? bindingArguments(e.xMatch, e.args) : {};
    const d = { edgeId: e.id, destinationKind: dst.kind, source: src.name, destination: dst.name, key: e.key, args };
    bindings.push({ ...d, sig: sig({ ...d, edgeId: undefined }) });
  }
  return { exchanges, queues, bindings, consumers, producers };
}
