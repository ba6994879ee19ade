// Queue settings (curriculum §5): TTL, length limits, durability and exclusive queues.

import { bind, consumer, exchange, producer, publish, queue, scenario, subscribe } from '../build';
import type { Exercise, TestMessage } from '../types';

function burst(producerName: string, n: number, gap = 100): TestMessage[] {
  return Array.from({ length: n }, (_, i) => ({ via: { producer: producerName }, at: i * gap }));
}

const ttlStart = scenario(
  'message-ttl',
  [
    producer('n1', 'ofertas-app', [0, 120], { payload: '{"oferta": "50% off"}' }),
    queue('n2', 'ofertas', [300, 120]),
  ],
  [publish('e1', 'n1', 'n2')],
);

export const messageTtl: Exercise = {
  id: 'message-ttl',
  level: 'easy',
  section: 5,
  title: { key: 'ex.message-ttl.title' },
  goal: { key: 'ex.message-ttl.goal' },
  start: ttlStart,
  locked: { nodes: [], edges: ['e1'] },
  hints: [{ key: 'ex.message-ttl.hint1' }, { key: 'ex.message-ttl.hint2' }],
  check: {
    messages: burst('ofertas-app', 2, 500),
    actions: [],
    runMs: 15_000,
    expect: [
      { kind: 'expired', msg: 0, queue: 'ofertas', minMs: 9000, maxMs: 11_000 },
      { kind: 'expired', msg: 1, queue: 'ofertas', minMs: 9000, maxMs: 11_000 },
    ],
  },
};

const maxLengthStart = scenario(
  'max-length-reject',
  [
    producer('n1', 'sensores', [0, 120], { payload: '{"temperatura": 21}' }),
    queue('n2', 'leituras', [300, 120]),
  ],
  [publish('e1', 'n1', 'n2')],
);

export const maxLengthReject: Exercise = {
  id: 'max-length-reject',
  level: 'medium',
  section: 5,
  title: { key: 'ex.max-length-reject.title' },
  goal: { key: 'ex.max-length-reject.goal' },
  start: maxLengthStart,
  locked: { nodes: ['n1'], edges: ['e1'] },
  hints: [{ key: 'ex.max-length-reject.hint1' }, { key: 'ex.max-length-reject.hint2' }],
  check: {
    messages: burst('sensores', 8),
    actions: [],
    runMs: 4000,
    expect: [{ kind: 'holds', queue: 'leituras', msgs: [0, 1, 2, 3, 4] }],
  },
};

const durableStart = scenario(
  'durable-persistent',
  [
    producer('n1', 'pedidos-app', [0, 120], {
      routingKey: 'pedido',
      properties: { contentType: 'application/json', deliveryMode: 1 },
    }),
    exchange('n2', 'loja', 'direct', [260, 120]),
    queue('n3', 'pedidos', [560, 120], {}, { durable: false }),
  ],
  [publish('e1', 'n1', 'n2'), bind('e2', 'n2', 'n3', 'pedido')],
);

export const durablePersistent: Exercise = {
  id: 'durable-persistent',
  level: 'medium',
  section: 5,
  title: { key: 'ex.durable-persistent.title' },
  goal: { key: 'ex.durable-persistent.goal' },
  start: durableStart,
  locked: { nodes: ['n2'], edges: ['e1', 'e2'] },
  hints: [{ key: 'ex.durable-persistent.hint1' }, { key: 'ex.durable-persistent.hint2' }],
  check: {
    messages: burst('pedidos-app', 3).map((m) => ({ ...m, routingKey: 'pedido' })),
    actions: [{ at: 3000, kind: 'restart-broker' }],
    runMs: 8000,
    expect: [{ kind: 'holds', queue: 'pedidos', msgs: [0, 1, 2] }],
  },
};

const exclusiveStart = scenario(
  'exclusive-queue',
  [
    producer('n1', 'servidor', [0, 120], { payload: '{"resultado": 42}' }),
    queue('n2', 'respostas', [300, 120]),
    consumer('n3', 'cliente-rpc', [600, 120], { processingMs: 500 }),
  ],
  [publish('e1', 'n1', 'n2'), subscribe('e2', 'n2', 'n3')],
);

export const exclusiveQueue: Exercise = {
  id: 'exclusive-queue',
  level: 'medium',
  section: 5,
  title: { key: 'ex.exclusive-queue.title' },
  goal: { key: 'ex.exclusive-queue.goal' },
  start: exclusiveStart,
  locked: { nodes: ['n1', 'n3'], edges: ['e1', 'e2'] },
  hints: [{ key: 'ex.exclusive-queue.hint1' }, { key: 'ex.exclusive-queue.hint2' }],
  check: {
    messages: [{ via: { producer: 'servidor' }, at: 0, label: 'resposta' }],
    actions: [{ at: 4000, kind: 'close-connection', consumer: 'cliente-rpc' }],
    runMs: 8000,
    expect: [
      { kind: 'route', msg: 0, queues: ['respostas'] },
      { kind: 'handled' },
      { kind: 'queue-flag', queue: 'respostas', flag: 'exclusive', value: true },
      { kind: 'queue-gone', queue: 'respostas' },
    ],
  },
};
