// Routing exercises (curriculum §5: exchanges and bindings): topic, direct, headers, fanout, the
// default exchange and exchange-to-exchange bindings.

import {
  allIds,
  bind,
  consumer,
  exchange,
  producer,
  publish,
  queue,
  scenario,
  str,
  subscribe,
} from '../build';
import type { Exercise } from '../types';

const NOTES_KEYS = ['notas.compras.filial', 'notas.compras.matriz', 'notas.vendas.filial'];

function notesStart(filialKey: string, comprasKey: string) {
  return scenario(
    'notes-topic',
    [
      producer(
        'n1',
        'notas-app',
        [0, 120],
        { routingKey: 'notas.compras.filial', payload: '{"nota": 1}' },
        NOTES_KEYS,
      ),
      exchange('n2', 'notas', 'topic', [260, 120]),
      queue('n3', 'filial', [560, 20]),
      queue('n4', 'compras', [560, 230]),
      consumer('n5', 'filial-worker', [860, 20], { processingMs: 1500 }),
      consumer('n6', 'compras-worker', [860, 230], { processingMs: 2500 }),
    ],
    [
      publish('e1', 'n1', 'n2'),
      bind('e2', 'n2', 'n3', filialKey),
      bind('e3', 'n2', 'n4', comprasKey),
      subscribe('e4', 'n3', 'n5'),
      subscribe('e5', 'n4', 'n6'),
    ],
  );
}

const viaNotes = { producer: 'notas-app' };

const topicFilialStart = notesStart('notas.compras.filial', 'notas.compras.*');
export const topicFilial: Exercise = {
  id: 'topic-filial',
  level: 'easy',
  section: 5,
  title: { key: 'ex.topic-filial.title' },
  goal: { key: 'ex.topic-filial.goal' },
  start: topicFilialStart,
  locked: allIds(topicFilialStart, ['e2']),
  hints: [{ key: 'ex.topic-filial.hint1' }, { key: 'ex.topic-filial.hint2' }],
  check: {
    messages: [
      { via: viaNotes, at: 0, routingKey: 'notas.compras.filial' },
      { via: viaNotes, at: 200, routingKey: 'notas.vendas.filial' },
      { via: viaNotes, at: 400, routingKey: 'notas.compras.matriz' },
      { via: viaNotes, at: 600, routingKey: 'notas.vendas.matriz' },
    ],
    actions: [],
    runMs: 8000,
    expect: [
      { kind: 'route', msg: 0, queues: ['filial', 'compras'] },
      { kind: 'route', msg: 1, queues: ['filial'] },
      { kind: 'route', msg: 2, queues: ['compras'] },
      { kind: 'route', msg: 3, queues: [] },
    ],
  },
};

const topicHashStart = notesStart('notas.*.filial', 'notas.compras.*');
export const topicHash: Exercise = {
  id: 'topic-hash',
  level: 'medium',
  section: 5,
  title: { key: 'ex.topic-hash.title' },
  goal: { key: 'ex.topic-hash.goal' },
  start: topicHashStart,
  locked: allIds(topicHashStart, ['e3']),
  hints: [{ key: 'ex.topic-hash.hint1' }, { key: 'ex.topic-hash.hint2' }],
  check: {
    messages: [
      { via: viaNotes, at: 0, routingKey: 'notas.compras.filial' },
      { via: viaNotes, at: 200, routingKey: 'notas.compras.matriz.sp' },
      { via: viaNotes, at: 400, routingKey: 'notas.compras' },
      { via: viaNotes, at: 600, routingKey: 'notas.vendas.filial' },
    ],
    actions: [],
    runMs: 8000,
    expect: [
      { kind: 'route', msg: 0, queues: ['filial', 'compras'] },
      { kind: 'route', msg: 1, queues: ['compras'] },
      { kind: 'route', msg: 2, queues: ['compras'] },
      { kind: 'route', msg: 3, queues: ['filial'] },
    ],
  },
};

const directStart = scenario(
  'direct-severity',
  [
    producer('n1', 'logger', [0, 120], { routingKey: 'info' }, ['info', 'warning', 'error']),
    exchange('n2', 'logs', 'direct', [260, 120]),
    queue('n3', 'erros', [560, 20]),
    queue('n4', 'todos', [560, 230]),
  ],
  [publish('e1', 'n1', 'n2'), bind('e2', 'n2', 'n3', 'error'), bind('e3', 'n2', 'n4', 'info')],
);
const viaLogger = { producer: 'logger' };
export const directSeverity: Exercise = {
  id: 'direct-severity',
  level: 'easy',
  section: 5,
  title: { key: 'ex.direct-severity.title' },
  goal: { key: 'ex.direct-severity.goal' },
  start: directStart,
  locked: allIds(directStart),
  hints: [{ key: 'ex.direct-severity.hint1' }, { key: 'ex.direct-severity.hint2' }],
  check: {
    messages: [
      { via: viaLogger, at: 0, routingKey: 'info' },
      { via: viaLogger, at: 200, routingKey: 'warning' },
      { via: viaLogger, at: 400, routingKey: 'error' },
      { via: viaLogger, at: 600, routingKey: 'debug' },
    ],
    actions: [],
    runMs: 6000,
    expect: [
      { kind: 'route', msg: 0, queues: ['todos'] },
      { kind: 'route', msg: 1, queues: ['todos'] },
      { kind: 'route', msg: 2, queues: ['erros', 'todos'] },
      { kind: 'route', msg: 3, queues: [] },
    ],
  },
};

const headersStart = scenario(
  'headers-pdf-log',
  [
    producer('n1', 'docs-app', [0, 120], { headers: [str('format', 'pdf'), str('type', 'log')] }),
    exchange('n2', 'documentos', 'headers', [260, 120]),
    queue('n3', 'logs', [560, 20]),
    queue('n4', 'relatorios', [560, 230]),
  ],
  [
    publish('e1', 'n1', 'n2'),
    bind('e2', 'n2', 'n3', '', { xMatch: 'any', args: [str('format', 'pdf'), str('type', 'log')] }),
    bind('e3', 'n2', 'n4', '', {
      xMatch: 'all',
      args: [str('format', 'pdf'), str('type', 'report')],
    }),
  ],
);
const viaDocs = { producer: 'docs-app' };
export const headersPdfLog: Exercise = {
  id: 'headers-pdf-log',
  level: 'medium',
  section: 5,
  title: { key: 'ex.headers-pdf-log.title' },
  goal: { key: 'ex.headers-pdf-log.goal' },
  start: headersStart,
  locked: allIds(headersStart, ['e2']),
  hints: [{ key: 'ex.headers-pdf-log.hint1' }, { key: 'ex.headers-pdf-log.hint2' }],
  check: {
    messages: [
      { via: viaDocs, at: 0, headers: [str('format', 'pdf'), str('type', 'log')] },
      { via: viaDocs, at: 200, headers: [str('format', 'pdf'), str('type', 'report')] },
      { via: viaDocs, at: 400, headers: [str('format', 'csv'), str('type', 'log')] },
    ],
    actions: [],
    runMs: 6000,
    expect: [
      { kind: 'route', msg: 0, queues: ['logs'] },
      { kind: 'route', msg: 1, queues: ['relatorios'] },
      { kind: 'route', msg: 2, queues: [] },
    ],
  },
};

const fanoutStart = scenario(
  'fanout-services',
  [
    producer('n1', 'loja', [0, 170], { routingKey: 'pedido.novo', payload: '{"pedido": 42}' }, [
      'pedido.novo',
    ]),
    exchange('n2', 'pedidos', 'direct', [260, 170]),
    queue('n3', 'estoque', [560, 20]),
    queue('n4', 'faturamento', [560, 170]),
    queue('n5', 'email', [560, 320]),
  ],
  [
    publish('e1', 'n1', 'n2'),
    bind('e2', 'n2', 'n3', 'pedido.novo'),
    bind('e3', 'n2', 'n4', 'fatura'),
    bind('e4', 'n2', 'n5', 'email'),
  ],
);
const viaLoja = { producer: 'loja' };
const everyService = ['estoque', 'faturamento', 'email'];
export const fanoutServices: Exercise = {
  id: 'fanout-services',
  level: 'easy',
  section: 5,
  title: { key: 'ex.fanout-services.title' },
  goal: { key: 'ex.fanout-services.goal' },
  start: fanoutStart,
  locked: { nodes: ['n1', 'n3', 'n4', 'n5'], edges: ['e1'] },
  hints: [{ key: 'ex.fanout-services.hint1' }, { key: 'ex.fanout-services.hint2' }],
  check: {
    messages: [
      { via: viaLoja, at: 0, routingKey: 'pedido.novo' },
      { via: viaLoja, at: 200, routingKey: 'pedido.cancelado' },
      { via: viaLoja, at: 400, routingKey: '', label: '""' },
    ],
    actions: [],
    runMs: 6000,
    expect: [
      { kind: 'exchange-type', exchange: 'pedidos', type: 'fanout' },
      { kind: 'route', msg: 0, queues: everyService },
      { kind: 'route', msg: 1, queues: everyService },
      { kind: 'route', msg: 2, queues: everyService },
    ],
  },
};
