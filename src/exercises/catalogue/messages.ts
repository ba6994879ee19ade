// Messages (curriculum §2): headers and a body (JSON, text or bytes), and attributes with no body.

import { bind, exchange, int, producer, publish, queue, scenario, str } from '../build';
import type { Exercise } from '../types';

const headersJsonStart = scenario(
  'headers-json',
  [
    producer('n1', 'cadastro', [0, 120], {
      payloadKind: 'text',
      payload: 'nome=Ana',
      properties: { contentType: 'text/plain', deliveryMode: 2 },
    }),
    exchange('n2', 'entrada', 'headers', [260, 120]),
    queue('n3', 'clientes', [560, 120]),
  ],
  [
    publish('e1', 'n1', 'n2'),
    bind('e2', 'n2', 'n3', '', { xMatch: 'all', args: [str('tipo', 'cliente'), int('versao', 2)] }),
  ],
);

export const headersJson: Exercise = {
  id: 'headers-json',
  level: 'easy',
  section: 2,
  title: { key: 'ex.headers-json.title' },
  goal: { key: 'ex.headers-json.goal' },
  start: headersJsonStart,
  locked: { nodes: ['n2', 'n3'], edges: ['e1', 'e2'] },
  hints: [
    { key: 'ex.headers-json.hint1' },
    { key: 'ex.headers-json.hint2' },
    { key: 'ex.headers-json.hint3' },
  ],
  check: {
    // The student's own message, exactly as the producer is set up to send it.
    messages: [{ via: { producer: 'cadastro' }, at: 0 }],
    actions: [],
    runMs: 4000,
    expect: [
      { kind: 'route', msg: 0, queues: ['clientes'] },
      { kind: 'property', msg: 0, name: 'contentType', value: 'application/json' },
      { kind: 'payload', msg: 0, form: 'json', fields: ['nome'] },
    ],
  },
};

const heartbeatStart = scenario(
  'heartbeat',
  [
    producer('n1', 'monitor', [0, 120], { payload: '{"status": "ok", "detalhes": "..."}' }),
    queue('n2', 'status', [300, 120]),
  ],
  [publish('e1', 'n1', 'n2')],
);

export const heartbeat: Exercise = {
  id: 'heartbeat',
  level: 'easy',
  section: 2,
  title: { key: 'ex.heartbeat.title' },
  goal: { key: 'ex.heartbeat.goal' },
  start: heartbeatStart,
  locked: { nodes: ['n2'], edges: ['e1'] },
  hints: [{ key: 'ex.heartbeat.hint1' }, { key: 'ex.heartbeat.hint2' }],
  check: {
    messages: [{ via: { producer: 'monitor' }, at: 0 }],
    actions: [],
    runMs: 4000,
    expect: [
      { kind: 'route', msg: 0, queues: ['status'] },
      { kind: 'payload', msg: 0, form: 'empty' },
      { kind: 'property', msg: 0, name: 'type', value: 'heartbeat' },
    ],
  },
};
