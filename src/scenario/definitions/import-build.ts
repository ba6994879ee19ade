// The scenario an import builds from the entities it accepted (import.ts): nodes laid out in
// columns (exchanges, then what they bind to), edges for the bindings.

import type { BindingEdge, ExchangeNode, ExchangeType, HeaderEntry, QueueArgs, QueueNode, Scenario, ScenarioEdge, ScenarioNode, XMatch } from '../types';
import { SCENARIO_VERSION } from '../types';
import { PREDECLARED_EXCHANGES } from './export';
import { layoutColumns } from './layout';

export const EXCHANGE_TYPES: readonly ExchangeType[] = ['direct', 'fanout', 'topic', 'headers'];

/** The scenario of the imported entities, laid out in columns in the order messages flow. */
export function buildImported(
  title: string,
  exchanges: ReadonlyMap<string, { type: ExchangeType; durable: boolean; autoDelete: boolean; internal: boolean; alternateExchange: string }>,
  predeclared: ReadonlySet<string>,
  queues: ReadonlyMap<string, { durable: boolean; autoDelete: boolean; exclusive: boolean; args: QueueArgs }>,
  bindings: readonly { source: string; destination: string; toExchange: boolean; key: string; xMatch: XMatch; args: HeaderEntry[] }[],
): Scenario {
  const keyOf = (kind: 'x' | 'q', name: string) => `${kind}:${name}`;
  const items = [
    ...[...exchanges.keys(), ...predeclared].map((name) => ({ key: keyOf('x', name) })),
    ...[...queues.keys()].map((name) => ({ key: keyOf('q', name), minColumn: exchanges.size + predeclared.size > 0 ? 1 : 0 })),
  ];
  const after = new Map<string, string[]>();
  const addAfter = (item: string, before: string) => after.set(item, [...(after.get(item) ?? []), before]);
  for (const b of bindings) addAfter(keyOf(b.toExchange ? 'x' : 'q', b.destination), keyOf('x', b.source));
  for (const [name, x] of exchanges) if (x.alternateExchange) addAfter(keyOf('x', x.alternateExchange), keyOf('x', name));
  for (const [name, q] of queues) if (q.args.deadLetterExchange) addAfter(keyOf('x', q.args.deadLetterExchange), keyOf('q', name));
  // Producers go left of the first column once the student adds them.
  const positions = layoutColumns(items, after, { x: 280, y: 0 });

  let nextNode = 1;
  const ids = new Map<string, string>();
  const nodes: ScenarioNode[] = [];
  const at = (key: string) => positions.get(key) ?? { x: 0, y: 0 };
  const exchangeNode = (name: string, x: { type: ExchangeType; durable: boolean; autoDelete: boolean; internal: boolean; alternateExchange: string }) => {
    const id = `n${nextNode++}`;
    ids.set(keyOf('x', name), id);
    nodes.push({ id, kind: 'exchange', position: at(keyOf('x', name)), name, ...x } satisfies ExchangeNode);
  };
  for (const [name, x] of exchanges) exchangeNode(name, x);
  for (const name of predeclared) {
    const type = EXCHANGE_TYPES.find((t) => t === PREDECLARED_EXCHANGES[name]) ?? 'direct';
    exchangeNode(name, { type, durable: true, autoDelete: false, internal: name === 'amq.rabbitmq.trace', alternateExchange: '' });
  }
  for (const [name, q] of queues) {
    const id = `n${nextNode++}`;
    ids.set(keyOf('q', name), id);
    nodes.push({ id, kind: 'queue', position: at(keyOf('q', name)), name, ...q } satisfies QueueNode);
  }
  const edges: ScenarioEdge[] = [];
  bindings.forEach((b, i) => {
    const source = ids.get(keyOf('x', b.source));
    const target = ids.get(keyOf(b.toExchange ? 'x' : 'q', b.destination));
    if (source && target) edges.push({ id: `e${i + 1}`, kind: 'binding', source, target, key: b.key, xMatch: b.xMatch, args: b.args } satisfies BindingEdge);
  });
  return { version: SCENARIO_VERSION, mode: 'amqp', title, playback: { speed: 1 }, nodes, edges };
}
