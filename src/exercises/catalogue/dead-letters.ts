// Dead-lettering (curriculum §5: reject without requeue, TTL, delivery limits, x-death).

import { bind, consumer, exchange, producer, publish, queue, scenario, subscribe } from '../build';
import type { Exercise } from '../types';

const rejectedStart = scenario(
  'dead-letter-rejected',
  [
    producer('n1', 'pagamentos-app', [0, 120], { payload: '{"valor": -10}' }),
    queue('n2', 'pagamentos', [300, 120]),
    consumer('n3', 'validador', [600, 120], {
      processingMs: 300,
      action: { kind: 'reject', requeue: false },
    }),
    exchange('n4', 'dlx', 'fanout', [300, 320]),
    queue('n5', 'dead', [600, 320]),
  ],
  [publish('e1', 'n1', 'n2'), subscribe('e2', 'n2', 'n3')],
);

export const deadLetterRejected: Exercise = {
  id: 'dead-letter-rejected',
  level: 'medium',
  section: 5,
  title: { key: 'ex.dead-letter-rejected.title' },
  goal: { key: 'ex.dead-letter-rejected.goal' },
  start: rejectedStart,
  locked: { nodes: ['n1', 'n3', 'n4', 'n5'], edges: ['e1', 'e2'] },
  hints: [{ key: 'ex.dead-letter-rejected.hint1' }, { key: 'ex.dead-letter-rejected.hint2' }],
  check: {
    messages: [
      { via: { producer: 'pagamentos-app' }, at: 0 },
      { via: { producer: 'pagamentos-app' }, at: 300 },
    ],
    actions: [],
    runMs: 8000,
    expect: [
      { kind: 'dead-letter', msg: 0, queue: 'dead', from: 'pagamentos', reason: 'rejected' },
      { kind: 'dead-letter', msg: 1, queue: 'dead', from: 'pagamentos', reason: 'rejected' },
    ],
  },
};

const retryStart = scenario(
  'ttl-retry',
  [
    producer('n1', 'jobs', [0, 120], { routingKey: 'tarefa', payload: '{"tentativa": 1}' }),
    exchange('n2', 'tarefas', 'direct', [260, 120]),
    queue('n3', 'trabalho', [560, 120]),
    consumer('n4', 'worker', [860, 120], {
      processingMs: 200,
      action: { kind: 'reject', requeue: false },
    }),
    exchange('n5', 'retry', 'fanout', [560, 320]),
    queue('n6', 'espera', [260, 320]),
  ],
  [publish('e1', 'n1', 'n2'), bind('e2', 'n2', 'n3', 'tarefa'), subscribe('e3', 'n3', 'n4')],
);

export const ttlRetry: Exercise = {
  id: 'ttl-retry',
  level: 'hard',
  section: 5,
  title: { key: 'ex.ttl-retry.title' },
  goal: { key: 'ex.ttl-retry.goal' },
  start: retryStart,
  locked: { nodes: ['n1', 'n2', 'n4'], edges: ['e1', 'e2', 'e3'] },
  hints: [
    { key: 'ex.ttl-retry.hint1' },
    { key: 'ex.ttl-retry.hint2' },
    { key: 'ex.ttl-retry.hint3' },
  ],
  check: {
    messages: [{ via: { producer: 'jobs' }, at: 0, routingKey: 'tarefa' }],
    actions: [],
    runMs: 30_000,
    expect: [
      { kind: 'dead-letter', msg: 0, queue: 'espera', from: 'trabalho', reason: 'rejected' },
      { kind: 'deliveries', msg: 0, queue: 'trabalho', min: 3, minGapMs: 5000 },
      { kind: 'death-count', msg: 0, queue: 'trabalho', reason: 'rejected', min: 2 },
      { kind: 'death-count', msg: 0, queue: 'espera', reason: 'expired', min: 2 },
    ],
  },
};

const poisonStart = scenario(
  'poison-message',
  [
    producer('n1', 'faturas-app', [0, 120], { payload: '{"fatura": "corrompida"}' }),
    queue('n2', 'faturas', [300, 120]),
    consumer('n3', 'processador', [600, 120], {
      processingMs: 500,
      action: { kind: 'nack', requeue: true },
    }),
    exchange('n4', 'dlx', 'fanout', [300, 320]),
    queue('n5', 'venenosas', [600, 320]),
  ],
  [publish('e1', 'n1', 'n2'), subscribe('e2', 'n2', 'n3')],
);

export const poisonMessage: Exercise = {
  id: 'poison-message',
  level: 'hard',
  section: 5,
  title: { key: 'ex.poison-message.title' },
  goal: { key: 'ex.poison-message.goal' },
  start: poisonStart,
  locked: { nodes: ['n1', 'n3', 'n4', 'n5'], edges: ['e1', 'e2'] },
  hints: [
    { key: 'ex.poison-message.hint1' },
    { key: 'ex.poison-message.hint2' },
    { key: 'ex.poison-message.hint3' },
  ],
  check: {
    messages: [{ via: { producer: 'faturas-app' }, at: 0 }],
    actions: [],
    runMs: 20_000,
    expect: [
      { kind: 'deliveries', msg: 0, queue: 'faturas', max: 3 },
      {
        kind: 'dead-letter',
        msg: 0,
        queue: 'venenosas',
        from: 'faturas',
        reason: 'delivery_limit',
      },
    ],
  },
};
