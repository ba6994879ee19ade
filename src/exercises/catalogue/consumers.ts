// Consumers (curriculum §3 resilience and scalability, §5 acks, prefetch and priority).

import { allIds, consumer, producer, publish, queue, scenario, subscribe } from '../build';
import type { Exercise, TestMessage } from '../types';

/** `n` messages through a producer, `gap` ms apart. */
function burst(producerName: string, n: number, gap = 100): TestMessage[] {
  return Array.from({ length: n }, (_, i) => ({ via: { producer: producerName }, at: i * gap }));
}

const crashStart = scenario(
  'no-loss-crash',
  [
    producer('n1', 'uploads', [0, 170], { payload: '{"arquivo": "foto.png"}' }),
    queue('n2', 'tarefas', [300, 170]),
    consumer('n3', 'worker-a', [600, 60], { ackMode: 'auto', processingMs: 500 }),
    consumer('n4', 'worker-b', [600, 280], { ackMode: 'auto', processingMs: 1500 }),
  ],
  [publish('e1', 'n1', 'n2'), subscribe('e2', 'n2', 'n3'), subscribe('e3', 'n2', 'n4')],
);

export const noLossCrash: Exercise = {
  id: 'no-loss-crash',
  level: 'medium',
  section: 3,
  title: { key: 'ex.no-loss-crash.title' },
  goal: { key: 'ex.no-loss-crash.goal' },
  start: crashStart,
  locked: { nodes: ['n1', 'n2'], edges: ['e1', 'e2', 'e3'] },
  hints: [{ key: 'ex.no-loss-crash.hint1' }, { key: 'ex.no-loss-crash.hint2' }],
  check: {
    messages: burst('uploads', 6),
    actions: [{ at: 1500, kind: 'crash-consumer', consumer: 'worker-b' }],
    runMs: 25_000,
    expect: [{ kind: 'not-lost' }, { kind: 'handled' }],
  },
};

const fairStart = scenario(
  'fair-dispatch',
  [
    producer('n1', 'pedidos-app', [0, 170]),
    queue('n2', 'tarefas', [300, 170]),
    consumer('n3', 'rapido', [600, 60], { prefetch: 0, processingMs: 300 }),
    consumer('n4', 'lento', [600, 280], { prefetch: 0, processingMs: 4000 }),
  ],
  [publish('e1', 'n1', 'n2'), subscribe('e2', 'n2', 'n3'), subscribe('e3', 'n2', 'n4')],
);

export const fairDispatch: Exercise = {
  id: 'fair-dispatch',
  level: 'medium',
  section: 3,
  title: { key: 'ex.fair-dispatch.title' },
  goal: { key: 'ex.fair-dispatch.goal' },
  start: fairStart,
  locked: { nodes: ['n1', 'n2'], edges: ['e1', 'e2', 'e3'] },
  hints: [{ key: 'ex.fair-dispatch.hint1' }, { key: 'ex.fair-dispatch.hint2' }],
  check: {
    messages: burst('pedidos-app', 10),
    actions: [],
    runMs: 40_000,
    expect: [
      { kind: 'max-in-flight', consumer: 'lento', max: 1 },
      { kind: 'min-handled', consumer: 'rapido', min: 7 },
      { kind: 'handled' },
    ],
  },
};

const scaleStart = scenario(
  'scale-out',
  [
    producer('n1', 'fotos', [0, 170], { payload: '{"imagem": "praia.jpg"}' }),
    queue('n2', 'imagens', [300, 170]),
    consumer('n3', 'redimensionador', [600, 170], { processingMs: 2000 }),
  ],
  [publish('e1', 'n1', 'n2'), subscribe('e2', 'n2', 'n3')],
);

export const scaleOut: Exercise = {
  id: 'scale-out',
  level: 'easy',
  section: 3,
  title: { key: 'ex.scale-out.title' },
  goal: { key: 'ex.scale-out.goal' },
  start: scaleStart,
  locked: allIds(scaleStart),
  hints: [{ key: 'ex.scale-out.hint1' }, { key: 'ex.scale-out.hint2' }],
  check: {
    messages: burst('fotos', 6),
    actions: [],
    runMs: 30_000,
    expect: [{ kind: 'handled', within: 9000 }],
  },
};

const priorityStart = scenario(
  'priority',
  [
    producer('n1', 'chamados', [0, 170], { payload: '{"chamado": 7}' }),
    queue('n2', 'suporte', [300, 170]),
    consumer('n3', 'atendente', [600, 170], { processingMs: 1000 }),
  ],
  [publish('e1', 'n1', 'n2'), subscribe('e2', 'n2', 'n3')],
);

const viaChamados = { producer: 'chamados' };
export const priority: Exercise = {
  id: 'priority',
  level: 'medium',
  section: 5,
  title: { key: 'ex.priority.title' },
  goal: { key: 'ex.priority.goal' },
  start: priorityStart,
  locked: { nodes: ['n1', 'n3'], edges: ['e1', 'e2'] },
  hints: [{ key: 'ex.priority.hint1' }, { key: 'ex.priority.hint2' }],
  check: {
    messages: [
      { via: viaChamados, at: 0, properties: { priority: 0 }, label: 'normal-1' },
      { via: viaChamados, at: 100, properties: { priority: 0 }, label: 'normal-2' },
      { via: viaChamados, at: 200, properties: { priority: 0 }, label: 'normal-3' },
      { via: viaChamados, at: 300, properties: { priority: 9 }, label: 'vip' },
    ],
    actions: [],
    runMs: 12_000,
    expect: [{ kind: 'delivery-order', queue: 'suporte', msgs: [0, 3, 1, 2] }],
  },
};
