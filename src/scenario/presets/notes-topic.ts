import { defaultMessage } from '../defaults';
import type { Scenario } from '../types';
import { SCENARIO_VERSION } from '../types';

/** The first thing a student sees: the study notes' topic example, ready to play. */
export function notesTopicScenario(): Scenario {
  const message = defaultMessage('notas.compras.filial');
  return {
    version: SCENARIO_VERSION,
    mode: 'amqp',
    title: 'notes-topic',
    playback: { speed: 1 },
    nodes: [
      {
        id: 'n1',
        kind: 'producer',
        position: { x: 0, y: 120 },
        name: 'notas-app',
        app: 'app-notas',
        message: { ...message, payload: '{"nota": 1}' },
        schedule: {
          enabled: true,
          ratePerSec: 1,
          burst: 1,
          keys: ['notas.compras.filial', 'notas.compras.matriz', 'notas.vendas.filial'],
          limit: 0,
        },
        confirm: false,
      },
      {
        id: 'n2',
        kind: 'exchange',
        position: { x: 260, y: 120 },
        name: 'notas',
        type: 'topic',
        durable: true,
        autoDelete: false,
        internal: false,
        alternateExchange: '',
      },
      { id: 'n3', kind: 'queue', position: { x: 560, y: 20 }, name: 'filial', durable: true, exclusive: false, autoDelete: false, args: {} },
      { id: 'n4', kind: 'queue', position: { x: 560, y: 230 }, name: 'compras', durable: true, exclusive: false, autoDelete: false, args: {} },
      {
        id: 'n5',
        kind: 'consumer',
        position: { x: 860, y: 20 },
        name: 'filial-worker',
        app: 'app-filial',
        ackMode: 'manual',
        prefetch: 1,
        prefetchGlobal: false,
        processingMs: 1500,
        action: { kind: 'ack' },
        priority: 0,
        exclusive: false,
      },
      {
        id: 'n6',
        kind: 'consumer',
        position: { x: 860, y: 230 },
        name: 'compras-worker',
        app: 'app-compras',
        ackMode: 'manual',
        prefetch: 1,
        prefetchGlobal: false,
        processingMs: 2500,
        action: { kind: 'ack' },
        priority: 0,
        exclusive: false,
      },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'n1', target: 'n2' },
      { id: 'e2', kind: 'binding', source: 'n2', target: 'n3', key: 'notas.*.filial', xMatch: 'all', args: [] },
      { id: 'e3', kind: 'binding', source: 'n2', target: 'n4', key: 'notas.compras.*', xMatch: 'all', args: [] },
      { id: 'e4', kind: 'subscription', source: 'n3', target: 'n5' },
      { id: 'e5', kind: 'subscription', source: 'n4', target: 'n6' },
    ],
  };
}
