// Reference solutions, for the tests only (nothing in the app imports this file): each one is the
// starting scenario with the edits a student would make in the editor.

import { bind, consumer, str, int, subscribe, publish } from '../build';
import type {
  ConsumerNode,
  ProducerNode,
  QueueNode,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
  ExchangeNode,
  BindingEdge,
} from '../../scenario/types';

type NodePatch =
  Partial<ProducerNode> | Partial<QueueNode> | Partial<ConsumerNode> | Partial<ExchangeNode>;

export function editNode(
  s: Scenario,
  id: string,
  patch: NodePatch | ((n: ScenarioNode) => ScenarioNode),
): Scenario {
  return {
    ...s,
    nodes: s.nodes.map((n) =>
      n.id !== id
        ? n
        : typeof patch === 'function'
          ? patch(n)
          : ({ ...n, ...patch } as ScenarioNode),
    ),
  };
}

export function editBinding(s: Scenario, id: string, patch: Partial<BindingEdge>): Scenario {
  return {
    ...s,
    edges: s.edges.map((e) => (e.id === id && e.kind === 'binding' ? { ...e, ...patch } : e)),
  };
}

export const addEdges = (s: Scenario, ...edges: ScenarioEdge[]): Scenario => ({
  ...s,
  edges: [...s.edges, ...edges],
});
export const addNodes = (s: Scenario, ...nodes: ScenarioNode[]): Scenario => ({
  ...s,
  nodes: [...s.nodes, ...nodes],
});

export function removeNode(s: Scenario, id: string): Scenario {
  return {
    ...s,
    nodes: s.nodes.filter((n) => n.id !== id),
    edges: s.edges.filter((e) => e.source !== id && e.target !== id),
  };
}

const queueArgs = (s: Scenario, id: string, args: QueueNode['args']) =>
  editNode(s, id, (n) => (n.kind === 'queue' ? { ...n, args: { ...n.args, ...args } } : n));

const producerMessage = (
  s: Scenario,
  id: string,
  f: (m: ProducerNode['message']) => ProducerNode['message'],
) => editNode(s, id, (n) => (n.kind === 'producer' ? { ...n, message: f(n.message) } : n));

export const SOLUTIONS: Readonly<Record<string, (start: Scenario) => Scenario>> = {
  'topic-filial': (s) => editBinding(s, 'e2', { key: 'notas.*.filial' }),
  'topic-hash': (s) => editBinding(s, 'e3', { key: 'notas.compras.#' }),
  'direct-severity': (s) =>
    addEdges(s, bind('e10', 'n2', 'n4', 'warning'), bind('e11', 'n2', 'n4', 'error')),
  'headers-pdf-log': (s) => editBinding(s, 'e2', { xMatch: 'all' }),
  'fanout-services': (s) => editNode(s, 'n2', { type: 'fanout' }),
  'default-exchange': (s) => addEdges(removeNode(s, 'n2'), publish('e10', 'n1', 'n3')),
  'exchange-to-exchange': (s) => addEdges(s, bind('e10', 'n2', 'n5', 'pedido.*')),
  'mandatory-return': (s) => producerMessage(s, 'n1', (m) => ({ ...m, mandatory: true })),
  'alternate-exchange': (s) =>
    addEdges(editNode(s, 'n2', { alternateExchange: 'sobras' }), bind('e10', 'n5', 'n6')),
  'headers-json': (s) =>
    producerMessage(s, 'n1', (m) => ({
      ...m,
      headers: [str('tipo', 'cliente'), int('versao', 2)],
      payloadKind: 'json',
      payload: '{"nome": "Ana"}',
      properties: { ...m.properties, contentType: 'application/json' },
    })),
  heartbeat: (s) =>
    producerMessage(s, 'n1', (m) => ({
      ...m,
      payload: '',
      properties: { ...m.properties, contentType: undefined, type: 'heartbeat' },
    })),
  'no-loss-crash': (s) =>
    editNode(editNode(s, 'n3', { ackMode: 'manual' }), 'n4', { ackMode: 'manual' }),
  'fair-dispatch': (s) => editNode(editNode(s, 'n3', { prefetch: 1 }), 'n4', { prefetch: 1 }),
  'scale-out': (s) =>
    addEdges(
      addNodes(
        s,
        consumer('n10', 'redimensionador-2', [600, 300], { processingMs: 2000 }),
        consumer('n11', 'redimensionador-3', [600, 40], { processingMs: 2000 }),
      ),
      subscribe('e10', 'n2', 'n10'),
      subscribe('e11', 'n2', 'n11'),
    ),
  priority: (s) => queueArgs(s, 'n2', { maxPriority: 10 }),
  'message-ttl': (s) => queueArgs(s, 'n2', { messageTtl: 10_000 }),
  'max-length-reject': (s) => queueArgs(s, 'n2', { maxLength: 5, overflow: 'reject-publish' }),
  'durable-persistent': (s) =>
    producerMessage(editNode(s, 'n3', { durable: true }), 'n1', (m) => ({
      ...m,
      properties: { ...m.properties, deliveryMode: 2 },
    })),
  'exclusive-queue': (s) => editNode(s, 'n2', { exclusive: true }),
  'dead-letter-rejected': (s) =>
    addEdges(queueArgs(s, 'n2', { deadLetterExchange: 'dlx' }), bind('e10', 'n4', 'n5')),
  'ttl-retry': (s) =>
    addEdges(
      queueArgs(queueArgs(s, 'n3', { deadLetterExchange: 'retry' }), 'n6', {
        messageTtl: 5000,
        deadLetterExchange: 'tarefas',
      }),
      bind('e10', 'n5', 'n6'),
    ),
  'poison-message': (s) =>
    addEdges(
      queueArgs(s, 'n2', { queueType: 'quorum', deliveryLimit: 2, deadLetterExchange: 'dlx' }),
      bind('e10', 'n4', 'n5'),
    ),
};
