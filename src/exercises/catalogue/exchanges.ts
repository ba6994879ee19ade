// Exchanges beyond one hop (curriculum §5): the default exchange every queue is bound to by its
// own name, and exchange-to-exchange bindings.

import {
  allIds,
  bind,
  consumer,
  exchange,
  producer,
  publish,
  queue,
  scenario,
  subscribe,
} from '../build';
import type { Exercise } from '../types';

const defaultStart = scenario(
  'default-exchange',
  [
    producer('n1', 'hello-app', [0, 120], { routingKey: 'hello', payload: '"Hello World!"' }),
    exchange('n2', 'hello-x', 'direct', [260, 120]),
    queue('n3', 'hello', [560, 120]),
    consumer('n4', 'hello-worker', [860, 120]),
  ],
  [publish('e1', 'n1', 'n2'), subscribe('e2', 'n3', 'n4')],
);
export const defaultExchange: Exercise = {
  id: 'default-exchange',
  level: 'easy',
  section: 5,
  title: { key: 'ex.default-exchange.title' },
  goal: { key: 'ex.default-exchange.goal' },
  start: defaultStart,
  locked: { nodes: ['n1', 'n3', 'n4'], edges: ['e2'] },
  hints: [{ key: 'ex.default-exchange.hint1' }, { key: 'ex.default-exchange.hint2' }],
  check: {
    messages: [{ via: { producer: 'hello-app' }, at: 0, routingKey: 'hello' }],
    actions: [],
    runMs: 6000,
    expect: [
      { kind: 'via-default', producer: 'hello-app' },
      { kind: 'route', msg: 0, queues: ['hello'] },
      { kind: 'handled' },
    ],
  },
};

const e2eStart = scenario(
  'exchange-to-exchange',
  [
    producer('n1', 'eventos-app', [0, 170], { routingKey: 'pedido.criado' }, [
      'pedido.criado',
      'pedido.pago',
      'cliente.novo',
    ]),
    exchange('n2', 'eventos', 'topic', [260, 170]),
    queue('n3', 'pedidos', [560, 20]),
    queue('n4', 'clientes', [560, 140]),
    exchange('n5', 'auditoria', 'fanout', [560, 300]),
    queue('n6', 'audit-a', [860, 240]),
    queue('n7', 'audit-b', [860, 360]),
  ],
  [
    publish('e1', 'n1', 'n2'),
    bind('e2', 'n2', 'n3', 'pedido.*'),
    bind('e3', 'n2', 'n4', 'cliente.*'),
    bind('e4', 'n5', 'n6'),
    bind('e5', 'n5', 'n7'),
  ],
);
const viaEventos = { producer: 'eventos-app' };
const orderRoute = ['pedidos', 'audit-a', 'audit-b'];
export const exchangeToExchange: Exercise = {
  id: 'exchange-to-exchange',
  level: 'hard',
  section: 5,
  title: { key: 'ex.exchange-to-exchange.title' },
  goal: { key: 'ex.exchange-to-exchange.goal' },
  start: e2eStart,
  locked: allIds(e2eStart),
  hints: [{ key: 'ex.exchange-to-exchange.hint1' }, { key: 'ex.exchange-to-exchange.hint2' }],
  check: {
    messages: [
      { via: viaEventos, at: 0, routingKey: 'pedido.criado' },
      { via: viaEventos, at: 200, routingKey: 'pedido.pago' },
      { via: viaEventos, at: 400, routingKey: 'cliente.novo' },
    ],
    actions: [],
    runMs: 6000,
    expect: [
      { kind: 'exchange-binding', source: 'eventos', destination: 'auditoria' },
      { kind: 'no-binding', source: 'eventos', destination: 'audit-a' },
      { kind: 'no-binding', source: 'eventos', destination: 'audit-b' },
      { kind: 'route', msg: 0, queues: orderRoute },
      { kind: 'route', msg: 1, queues: orderRoute },
      { kind: 'route', msg: 2, queues: ['clientes'] },
    ],
  },
};
