import { describe, expect, it } from 'vitest';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import { AmqpSimulation } from '../../sim/amqp/runner';
import { messagePath } from './message-path';

describe('messagePath', () => {
  it('follows a message from its producer through the bindings that matched to its consumers', () => {
    const doc = notesTopicScenario();
    const sim = new AmqpSimulation(doc);
    sim.advanceTo(6_000);
    const log = sim.takeLog();
    const idOf = (key: string) =>
      log.flatMap((e) => (e.source === 'broker' && e.event.type === 'published' && e.event.message.routingKey === key ? [e.event.message.id] : []))[0];
    const of = (key: string) => [...messagePath(log, doc, idOf(key), (ch) => sim.flights.producerOfChannel(ch))].sort();
    // notas.compras.filial matches both bindings: publish e1, bindings e2 and e3, both subscriptions.
    expect(of('notas.compras.filial')).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    // notas.vendas.filial matches notas.*.filial only.
    const vendas = of('notas.vendas.filial');
    expect(vendas).toContain('e2');
    expect(vendas).not.toContain('e3');
    expect(vendas).not.toContain('e5');
  });
});
