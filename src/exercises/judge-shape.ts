// Expectations about the shape of the student's scenario, read from the document itself (the
// rest of the judge reads what happened in the run): exchange types, the default exchange,
// exchange-to-exchange bindings, queue flags.

import type { Scenario } from '../scenario/types';
import type { Expectation, Failure } from './types';

type Shape = Extract<
  Expectation,
  { kind: 'exchange-type' | 'via-default' | 'exchange-binding' | 'no-binding' | 'queue-flag' }
>;

const FLAG_NAMES = {
  durable: 'durable',
  exclusive: 'exclusive',
  autoDelete: 'auto-delete',
} as const;

function bindingBetween(
  doc: Scenario,
  source: string,
  kind: 'queue' | 'exchange',
  destination: string,
): boolean {
  const src = doc.nodes.find((n) => n.kind === 'exchange' && n.name === source);
  const dst = doc.nodes.find((n) => n.kind === kind && n.name === destination);
  return (
    !!src &&
    !!dst &&
    doc.edges.some((e) => e.kind === 'binding' && e.source === src.id && e.target === dst.id)
  );
}

export function judgeShape(e: Shape, doc: Scenario): Failure[] {
  switch (e.kind) {
    case 'exchange-type': {
      const x = doc.nodes.find((n) => n.kind === 'exchange' && n.name === e.exchange);
      if (x?.kind !== 'exchange')
        return [{ code: 'ex.fail.exchange.absent', params: { exchange: e.exchange } }];
      if (x.type !== e.type)
        return [
          {
            code: 'ex.fail.exchange-type',
            params: { exchange: e.exchange, type: x.type, expected: e.type },
          },
        ];
      return [];
    }
    case 'via-default': {
      const p = doc.nodes.find((n) => n.kind === 'producer' && n.name === e.producer);
      if (!p) return [{ code: 'ex.fail.producer.absent', params: { producer: e.producer } }];
      const edge = doc.edges.find((x) => x.kind === 'publish' && x.source === p.id);
      const target = edge && doc.nodes.find((n) => n.id === edge.target);
      if (!target) return [{ code: 'ex.fail.not-sent.no-edge', params: { producer: e.producer } }];
      if (target.kind === 'exchange')
        return [
          { code: 'ex.fail.via-default', params: { producer: e.producer, exchange: target.name } },
        ];
      return [];
    }
    case 'exchange-binding':
      return bindingBetween(doc, e.source, 'exchange', e.destination)
        ? []
        : [
            {
              code: 'ex.fail.exchange-binding.missing',
              params: { source: e.source, destination: e.destination },
            },
          ];
    case 'no-binding':
      return bindingBetween(doc, e.source, 'queue', e.destination) ||
        bindingBetween(doc, e.source, 'exchange', e.destination)
        ? [{ code: 'ex.fail.no-binding', params: { source: e.source, destination: e.destination } }]
        : [];
    case 'queue-flag': {
      const q = doc.nodes.find((n) => n.kind === 'queue' && n.name === e.queue);
      if (q?.kind !== 'queue')
        return [{ code: 'ex.fail.queue.absent', params: { queue: e.queue } }];
      if (q[e.flag] === e.value) return [];
      return [
        {
          code: e.value ? 'ex.fail.queue-flag.on' : 'ex.fail.queue-flag.off',
          params: { queue: e.queue, flag: FLAG_NAMES[e.flag] },
        },
      ];
    }
  }
}
