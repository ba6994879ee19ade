// What a generated program does, worked out once for every language: the topology through
// desiredTopology() (the same mapping the simulator declares), the messages each producer sends
// (one per routing key it cycles through, as the simulator's schedule does) and how each consumer
// settles what it receives. The language modules only print this plan.

import type { FieldTable } from '../../engine/amqp/field-values';
import { desiredTopology } from '../../sim/amqp/topology';
import { PREDECLARED_EXCHANGES } from '../definitions/export';
import type { ConsumerAction, HeaderEntry, MessageTemplate, Scenario } from '../types';

/** A producer without a message limit sends this many rounds of its keys; one round by default. */
export const MAX_MESSAGES_PER_PRODUCER = 100;

export interface PlanExchange {
  name: string;
  type: string;
  durable: boolean;
  autoDelete: boolean;
  internal: boolean;
  args: FieldTable;
}

export interface PlanQueue {
  name: string;
  durable: boolean;
  exclusive: boolean;
  autoDelete: boolean;
  args: FieldTable;
  /** Exclusive queues are declared (and bound, and read) on their owner's connection. */
  app: string;
}

export interface PlanBinding {
  source: string;
  destination: string;
  toExchange: boolean;
  key: string;
  args: FieldTable;
  app: string;
}

export interface PlanMessage {
  routingKey: string;
  mandatory: boolean;
  /** The body as text, or as Base64 when the template's payload is Base64. */
  body: string;
  base64: boolean;
  properties: Omit<MessageTemplate['properties'], never>;
  headers: HeaderEntry[];
}

export interface PlanProducer {
  name: string;
  app: string;
  /** '' is the default exchange (publishing straight to a queue). */
  exchange: string;
  confirm: boolean;
  messages: PlanMessage[];
}

export interface PlanConsumer {
  name: string;
  app: string;
  queue: string;
  noAck: boolean;
  prefetch: number;
  prefetchGlobal: boolean;
  priority: number;
  exclusive: boolean;
  processingMs: number;
  action: ConsumerAction;
}

export interface Plan {
  title: string;
  /** The connection that declares the topology, like the management UI or a deploy script. */
  adminApp: string;
  apps: string[];
  exchanges: PlanExchange[];
  queues: PlanQueue[];
  bindings: PlanBinding[];
  producers: PlanProducer[];
  consumers: PlanConsumer[];
  /** Producers left out: not connected to anything. */
  unconnected: string[];
  /** amq.* exchanges used as they are: every broker has them. */
  predeclared: string[];
}

export const ADMIN_APP = 'setup';

export function buildPlan(doc: Scenario): Plan {
  const topo = desiredTopology(doc);
  const predeclared: string[] = [];
  const exchanges: PlanExchange[] = [];
  for (const x of topo.exchanges) {
    if (Object.hasOwn(PREDECLARED_EXCHANGES, x.name)) predeclared.push(x.name);
    else if (x.name !== '' && !exchanges.some((e) => e.name === x.name))
      exchanges.push({ name: x.name, type: x.type, durable: x.durable, autoDelete: x.autoDelete, internal: x.internal, args: x.args });
  }
  const queues: PlanQueue[] = [];
  for (const q of topo.queues)
    if (!queues.some((e) => e.name === q.name))
      queues.push({ name: q.name, durable: q.durable, exclusive: q.exclusive, autoDelete: q.autoDelete, args: q.args, app: (q.exclusive && q.ownerApp) || ADMIN_APP });
  const ownerOf = new Map(queues.map((q) => [q.name, q.app]));
  const bindings: PlanBinding[] = topo.bindings.map((b) => ({
    source: b.source,
    destination: b.destination,
    toExchange: b.destinationKind === 'exchange',
    key: b.key,
    args: b.args,
    app: b.destinationKind === 'queue' ? (ownerOf.get(b.destination) ?? ADMIN_APP) : ADMIN_APP,
  }));

  const producers: PlanProducer[] = [];
  const unconnected: string[] = [];
  for (const p of topo.producers) {
    const node = doc.nodes.find((n) => n.id === p.nodeId);
    if (node?.kind !== 'producer') continue;
    if (p.exchange === null) {
      unconnected.push(node.name);
      continue;
    }
    const keys = node.schedule.keys.length > 0 ? node.schedule.keys : [node.message.routingKey];
    const count = node.schedule.limit > 0 ? Math.min(node.schedule.limit, MAX_MESSAGES_PER_PRODUCER) : keys.length;
    const m = node.message;
    const messages: PlanMessage[] = [];
    for (let i = 0; i < count; i++) {
      messages.push({
        routingKey: p.routingKeyOverride ?? keys[i % keys.length],
        mandatory: m.mandatory,
        body: m.payload,
        base64: m.payloadKind === 'base64',
        properties: cleanProperties(m.properties),
        headers: m.headers,
      });
    }
    producers.push({ name: node.name, app: node.app, exchange: p.exchange, confirm: node.confirm, messages });
  }

  const consumers: PlanConsumer[] = [];
  for (const c of topo.consumers) {
    const node = doc.nodes.find((n) => n.id === c.nodeId);
    if (node?.kind !== 'consumer') continue;
    consumers.push({
      name: node.name,
      app: c.app,
      queue: c.queue,
      noAck: c.noAck,
      prefetch: c.prefetch,
      prefetchGlobal: c.prefetchGlobal,
      priority: c.priority,
      exclusive: c.exclusive,
      processingMs: node.processingMs,
      action: node.action,
    });
  }

  const apps = [ADMIN_APP];
  for (const a of [...queues.map((q) => q.app), ...producers.map((p) => p.app), ...consumers.map((c) => c.app)]) if (!apps.includes(a)) apps.push(a);
  return { title: doc.title, adminApp: ADMIN_APP, apps, exchanges, queues, bindings, producers, consumers, unconnected, predeclared };
}

function cleanProperties(p: MessageTemplate['properties']): MessageTemplate['properties'] {
  const out: MessageTemplate['properties'] = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== '') Object.assign(out, { [k]: v });
  return out;
}
