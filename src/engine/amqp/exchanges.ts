/**
 * Exchanges and bindings: declare, delete, bind, unbind, auto-delete (broker-semantics A.9-A.11).
 * Binding lists are copy-on-write so a `routed` event can hold the list it was routed against.
 */
import { amqpError, defaultExchangeRefused, notFound, rs } from './errors';
import { EMPTY_TABLE, tableKey, type FieldTable } from './field-values';
import type { Binding, Exchange, ExchangeType } from './model';
import type { BrokerState } from './state';
import type { ExchangeDeletedReason } from './events';
import { TopicIndex } from './routing/topic';
import { compileHeaders } from './routing/headers';
import { assertArgsEquivalent, fieldEquivalence } from './args';

const TYPES = new Set<string>(['direct', 'fanout', 'topic', 'headers']);

export function createExchange(
  st: BrokerState,
  name: string,
  type: ExchangeType,
  opts: { durable: boolean; autoDelete: boolean; internal: boolean; arguments: FieldTable; builtin?: boolean },
): Exchange {
  const ae = opts.arguments['alternate-exchange'];
  const x: Exchange = {
    name,
    type,
    durable: opts.durable,
    autoDelete: opts.autoDelete,
    internal: opts.internal,
    arguments: opts.arguments,
    alternateExchange: ae !== undefined && ae.kind === 'string' ? ae.value : null,
    bindings: [],
    byKey: type === 'direct' ? new Map() : null,
    topic: type === 'topic' ? new TopicIndex<Binding>() : null,
    inbound: new Set(),
    visit: 0,
    builtin: opts.builtin ?? false,
  };
  st.exchanges.set(name, x);
  return x;
}

export function createBuiltinExchanges(st: BrokerState): void {
  const mk = (name: string, type: ExchangeType, internal = false): void => {
    createExchange(st, name, type, { durable: true, autoDelete: false, internal, arguments: EMPTY_TABLE, builtin: true });
  };
  mk('', 'direct');
  mk('amq.direct', 'direct');
  mk('amq.fanout', 'fanout');
  mk('amq.topic', 'topic');
  mk('amq.headers', 'headers');
  mk('amq.match', 'headers');
  mk('amq.rabbitmq.trace', 'topic', true);
}

export interface ExchangeDeclare {
  exchange: string;
  exchangeType: string;
  durable: boolean;
  autoDelete: boolean;
  internal: boolean;
  passive: boolean;
  arguments: FieldTable;
}

export function declareExchange(st: BrokerState, d: ExchangeDeclare): void {
  if (d.passive) {
    if (!st.exchanges.has(d.exchange)) throw notFound('exchange', d.exchange, st.vhost);
    return;
  }
  // 3.10 checks the type first, and an unknown type is a connection error.
  if (!TYPES.has(d.exchangeType)) throw amqpError(503, `invalid exchange type '${d.exchangeType}'`);
  if (d.exchange === '') throw defaultExchangeRefused();
  let x = st.exchanges.get(d.exchange);
  if (x === undefined) {
    if (d.exchange.startsWith('amq.')) throw amqpError(403, `exchange name '${d.exchange}' contains reserved prefix 'amq.*'`);
    const ae = d.arguments['alternate-exchange'];
    if (ae !== undefined && ae.kind !== 'string') {
      throw amqpError(406, `invalid type '${ae.kind}' for arg 'alternate-exchange' in ${rs('exchange', d.exchange, st.vhost)}`);
    }
    x = createExchange(st, d.exchange, d.exchangeType as ExchangeType, d);
    st.emit({ type: 'exchange-declared', exchange: x.name });
    return;
  }
  const what = rs('exchange', x.name, st.vhost);
  fieldEquivalence(x.type, d.exchangeType, 'type', what);
  fieldEquivalence(x.durable, d.durable, 'durable', what);
  fieldEquivalence(x.autoDelete, d.autoDelete, 'auto_delete', what);
  fieldEquivalence(x.internal, d.internal, 'internal', what);
  assertArgsEquivalent(x.arguments, d.arguments, what, ['alternate-exchange']);
}

export function deleteExchangeCmd(st: BrokerState, name: string, ifUnused: boolean): void {
  if (name === '') throw defaultExchangeRefused();
  if (name.startsWith('amq.')) throw amqpError(403, `deletion of system exchange '${name}' in vhost '${st.vhost}' not allowed`);
  const x = st.exchanges.get(name);
  if (x === undefined) return;
  if (ifUnused && x.bindings.length > 0) throw amqpError(406, `${rs('exchange', name, st.vhost)} in use`);
  deleteExchange(st, x, 'explicit');
}

/** Removes an exchange with all its bindings, as source and as destination. */
export function deleteExchange(st: BrokerState, x: Exchange, reason: ExchangeDeletedReason): void {
  if (st.exchanges.get(x.name) !== x) return;
  st.exchanges.delete(x.name);
  st.emit({ type: 'exchange-deleted', exchange: x.name, reason });
  for (const b of x.bindings) removeBinding(st, b, false);
  for (const b of [...x.inbound]) removeBinding(st, b, true);
}

export function makeBinding(
  source: Exchange,
  destinationKind: 'queue' | 'exchange',
  destination: string,
  routingKey: string,
  args: FieldTable,
): Binding {
  return {
    source: source.name,
    destinationKind,
    destination,
    routingKey,
    arguments: args,
    id: `${destinationKind}\u0000${destination}\u0000${routingKey}\u0000${tableKey(args)}`,
    headers: source.type === 'headers' ? compileHeaders(args) : null,
    queue: null,
  };
}

export function addBinding(st: BrokerState, b: Binding): void {
  const x = st.exchanges.get(b.source)!;
  if (x.bindings.some((o) => o.id === b.id)) return;
  x.bindings = [...x.bindings, b];
  if (x.byKey !== null) x.byKey.set(b.routingKey, [...(x.byKey.get(b.routingKey) ?? []), b]);
  x.topic?.add(b.routingKey, b);
  destinationSet(st, b)?.add(b);
  b.queue = b.destinationKind === 'queue' ? (st.queues.get(b.destination) ?? null) : null;
  st.emit({ type: 'binding-added', binding: b });
}

function destinationSet(st: BrokerState, b: Binding): Set<Binding> | undefined {
  return b.destinationKind === 'queue' ? st.queues.get(b.destination)?.inbound : st.exchanges.get(b.destination)?.inbound;
}

/** Removes a binding; may auto-delete its source exchange (A.9) unless the source is going anyway. */
export function removeBinding(st: BrokerState, b: Binding, maybeAutoDelete = true): void {
  const x = st.exchanges.get(b.source);
  destinationSet(st, b)?.delete(b);
  if (x === undefined || !x.bindings.includes(b)) return;
  x.bindings = x.bindings.filter((o) => o !== b);
  if (x.byKey !== null) {
    const rest = (x.byKey.get(b.routingKey) ?? []).filter((o) => o !== b);
    if (rest.length === 0) x.byKey.delete(b.routingKey);
    else x.byKey.set(b.routingKey, rest);
  }
  x.topic?.remove(b.routingKey, b);
  st.emit({ type: 'binding-removed', binding: b });
  if (maybeAutoDelete && x.autoDelete && x.bindings.length === 0) deleteExchange(st, x, 'auto-delete');
}

export function findBinding(st: BrokerState, source: string, id: string): Binding | undefined {
  return st.exchanges.get(source)?.bindings.find((b) => b.id === id);
}
