// Scenario → RabbitMQ definitions. The topology is read through desiredTopology(), the same
// mapping the simulator declares on its engine, so the file holds exactly the exchanges, queues,
// bindings and x-arguments the student watched. What definitions cannot hold (applications,
// exclusive queues) is left out and said so in the notes.

import type { FieldTable, FieldValue } from '../../engine/amqp/field-values';
import { desiredTopology } from '../../sim/amqp/topology';
import type { Scenario } from '../types';
import {
  DEFAULT_VHOST,
  RABBIT_VERSION,
  note,
  type DefinitionsBinding,
  type DefinitionsExchange,
  type DefinitionsNote,
  type DefinitionsQueue,
  type JsonTable,
  type JsonValue,
  type RabbitDefinitions,
} from './types';

/** The exchanges every broker declares itself; definitions never declare them. */
export const PREDECLARED_EXCHANGES: Readonly<Record<string, string>> = {
  'amq.direct': 'direct',
  'amq.fanout': 'fanout',
  'amq.topic': 'topic',
  'amq.headers': 'headers',
  'amq.match': 'headers',
  'amq.rabbitmq.trace': 'topic',
};

export function fieldToJson(v: FieldValue): JsonValue {
  switch (v.kind) {
    case 'string':
    case 'bool':
    case 'int':
    case 'float':
    case 'timestamp':
    case 'decimal':
      return v.value;
    case 'bytes':
      return v.base64;
    case 'void':
      return null;
    case 'array':
      return v.value.map(fieldToJson);
    case 'table':
      return tableToJson(v.value);
  }
}

export function tableToJson(t: FieldTable): JsonTable {
  const out: JsonTable = {};
  for (const key of Object.keys(t).sort()) out[key] = fieldToJson(t[key]);
  return out;
}

export interface DefinitionsExport {
  definitions: RabbitDefinitions;
  notes: DefinitionsNote[];
}

export function scenarioToDefinitions(doc: Scenario): DefinitionsExport {
  const topo = desiredTopology(doc);
  const notes: DefinitionsNote[] = [];
  const producers = doc.nodes.filter((n) => n.kind === 'producer').length;
  const consumers = doc.nodes.filter((n) => n.kind === 'consumer').length;
  if (producers > 0) notes.push(note('export.producers', { count: producers }));
  if (consumers > 0) notes.push(note('export.consumers', { count: consumers }));

  const exchanges: DefinitionsExchange[] = [];
  const exchangeNames = new Set<string>(Object.keys(PREDECLARED_EXCHANGES));
  for (const x of topo.exchanges) {
    if (Object.hasOwn(PREDECLARED_EXCHANGES, x.name)) {
      notes.push(note('export.predeclared-exchange', { name: x.name }));
      continue;
    }
    if (x.name === '') {
      notes.push(note('export.unnamed', { kind: 'exchange' }));
      continue;
    }
    if (x.name.startsWith('amq.')) {
      notes.push(note('export.reserved-name', { kind: 'exchange', name: x.name }));
      continue;
    }
    if (exchanges.some((e) => e.name === x.name)) {
      notes.push(note('export.duplicate-name', { kind: 'exchange', name: x.name }));
      continue;
    }
    exchangeNames.add(x.name);
    exchanges.push({
      name: x.name,
      vhost: DEFAULT_VHOST,
      type: x.type,
      durable: x.durable,
      auto_delete: x.autoDelete,
      internal: x.internal,
      arguments: tableToJson(x.args),
    });
  }

  const queues: DefinitionsQueue[] = [];
  const queueNames = new Set<string>();
  for (const q of topo.queues) {
    if (q.exclusive) {
      // An exclusive queue belongs to the connection that declared it: definitions cannot hold one.
      notes.push(note('export.exclusive-queue', { name: q.name }));
      continue;
    }
    if (q.name === '') {
      // A server-named queue gets its name when declared: definitions need one.
      notes.push(note('export.unnamed', { kind: 'queue' }));
      continue;
    }
    if (q.name.startsWith('amq.')) {
      // RabbitMQ refuses to declare queues with the amq. prefix (403 ACCESS_REFUSED).
      notes.push(note('export.reserved-name', { kind: 'queue', name: q.name }));
      continue;
    }
    if (queueNames.has(q.name)) {
      notes.push(note('export.duplicate-name', { kind: 'queue', name: q.name }));
      continue;
    }
    queueNames.add(q.name);
    queues.push({ name: q.name, vhost: DEFAULT_VHOST, durable: q.durable, auto_delete: q.autoDelete, arguments: tableToJson(q.args) });
  }

  const bindings: DefinitionsBinding[] = [];
  const seen = new Set<string>();
  for (const b of topo.bindings) {
    const destinationKnown = b.destinationKind === 'queue' ? queueNames.has(b.destination) : exchangeNames.has(b.destination);
    if (!exchangeNames.has(b.source) || !destinationKnown) {
      notes.push(note('export.binding-skipped', { source: b.source, destination: b.destination }));
      continue;
    }
    const binding: DefinitionsBinding = {
      source: b.source,
      vhost: DEFAULT_VHOST,
      destination: b.destination,
      destination_type: b.destinationKind,
      routing_key: b.key,
      arguments: tableToJson(b.args),
    };
    const key = JSON.stringify(binding);
    if (seen.has(key)) continue; // the same binding twice is one binding on a broker
    seen.add(key);
    bindings.push(binding);
  }

  return {
    definitions: {
      rabbit_version: RABBIT_VERSION,
      rabbitmq_version: RABBIT_VERSION,
      vhosts: [{ name: DEFAULT_VHOST }],
      policies: [],
      parameters: [],
      queues,
      exchanges,
      bindings,
    },
    notes,
  };
}

export function definitionsToJsonText(d: RabbitDefinitions): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

/** A file name from the scenario title: "Orders & DLX" → "orders-dlx.definitions.json". */
export function fileBaseName(title: string, fallback = 'scenario'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return base === '' ? fallback : base;
}
