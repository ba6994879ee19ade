// What happens to a message no binding matches (curriculum §5): dropped by default, returned to
// its producer when published mandatory, or caught by an alternate exchange.

import { bind, exchange, producer, publish, queue, scenario } from '../build';
import type { Exercise } from '../types';

function shopStart(withSpare: boolean) {
  return scenario(
    withSpare ? 'alternate-exchange' : 'mandatory-return',
    [
      producer('n1', 'loja', [0, 120], { routingKey: 'novo' }, ['novo', 'cancelado', 'devolvido']),
      exchange('n2', 'pedidos', 'direct', [260, 120]),
      queue('n3', 'novos', [560, 20]),
      queue('n4', 'cancelados', [560, 150]),
      ...(withSpare
        ? [exchange('n5', 'sobras', 'fanout', [260, 320]), queue('n6', 'nao-roteadas', [560, 320])]
        : []),
    ],
    [
      publish('e1', 'n1', 'n2'),
      bind('e2', 'n2', 'n3', 'novo'),
      bind('e3', 'n2', 'n4', 'cancelado'),
    ],
  );
}

const viaLoja = { producer: 'loja' };

export const mandatoryReturn: Exercise = {
  id: 'mandatory-return',
  level: 'medium',
  section: 5,
  title: { key: 'ex.mandatory-return.title' },
  goal: { key: 'ex.mandatory-return.goal' },
  start: shopStart(false),
  // The producer is the student's to change (its mandatory flag); where it publishes is not.
  locked: { nodes: ['n2', 'n3', 'n4'], edges: ['e1', 'e2', 'e3'] },
  hints: [{ key: 'ex.mandatory-return.hint1' }, { key: 'ex.mandatory-return.hint2' }],
  check: {
    messages: [
      { via: viaLoja, at: 0, routingKey: 'novo' },
      { via: viaLoja, at: 200, routingKey: 'devolvido' },
    ],
    actions: [],
    runMs: 6000,
    expect: [
      { kind: 'route', msg: 0, queues: ['novos'] },
      { kind: 'returned', msg: 1, producer: 'loja' },
    ],
  },
};

export const alternateExchange: Exercise = {
  id: 'alternate-exchange',
  level: 'medium',
  section: 5,
  title: { key: 'ex.alternate-exchange.title' },
  goal: { key: 'ex.alternate-exchange.goal' },
  start: shopStart(true),
  locked: { nodes: ['n1', 'n3', 'n4', 'n6'], edges: ['e1', 'e2', 'e3'] },
  hints: [{ key: 'ex.alternate-exchange.hint1' }, { key: 'ex.alternate-exchange.hint2' }],
  check: {
    messages: [
      { via: viaLoja, at: 0, routingKey: 'novo' },
      { via: viaLoja, at: 200, routingKey: 'devolvido' },
      { via: viaLoja, at: 400, routingKey: 'trocado' },
    ],
    actions: [],
    runMs: 6000,
    expect: [
      { kind: 'route', msg: 0, queues: ['novos'] },
      { kind: 'route', msg: 1, queues: ['nao-roteadas'] },
      { kind: 'route', msg: 2, queues: ['nao-roteadas'] },
    ],
  },
};
