import { describe, expect, it } from 'vitest';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import type { Scenario } from '../../scenario/types';
import { AmqpSimulation } from './runner';
import type { ClientEvent, SimLogEntry } from './types';

function clientEvents<T extends ClientEvent['type']>(log: SimLogEntry[], type: T) {
  return log.flatMap((e) => (e.source === 'client' && e.event.type === type ? [e.event as Extract<ClientEvent, { type: T }>] : []));
}

function receivedKeys(log: SimLogEntry[], consumerId: string): string[] {
  const received = clientEvents(log, 'consumer-received').filter((e) => e.consumerId === consumerId);
  const byId = new Map<number, string>();
  for (const e of log) if (e.source === 'broker' && e.event.type === 'published') byId.set(e.event.message.id, e.event.message.routingKey);
  return received.map((r) => byId.get(r.messageId) ?? '?');
}

describe('AmqpSimulation on the notes topic example', () => {
  it('routes each key to the queues whose bindings match, and consumers ack them', () => {
    const sim = new AmqpSimulation(notesTopicScenario());
    sim.advanceTo(20_000);
    const log = sim.takeLog();
    // filial is bound with notas.*.filial, compras with notas.compras.*
    const filial = receivedKeys(log, 'n5');
    const compras = receivedKeys(log, 'n6');
    expect(new Set(filial)).toEqual(new Set(['notas.compras.filial', 'notas.vendas.filial']));
    expect(new Set(compras)).toEqual(new Set(['notas.compras.filial', 'notas.compras.matriz']));
    const acks = log.filter((e) => e.source === 'broker' && e.event.type === 'acked');
    expect(acks.length).toBeGreaterThan(5);
    expect(clientEvents(log, 'command-failed')).toEqual([]);
  });

  it('is deterministic: the same document and time give the same log', () => {
    const a = new AmqpSimulation(notesTopicScenario());
    const b = new AmqpSimulation(notesTopicScenario());
    a.advanceTo(7_000);
    for (let t = 0; t <= 7_000; t += 333) b.advanceTo(t);
    b.advanceTo(7_000);
    const strip = (log: SimLogEntry[]) => JSON.stringify(log.map((e) => ({ t: e.time, s: e.source, ty: e.event.type })));
    expect(strip(b.takeLog())).toEqual(strip(a.takeLog()));
  });

  it('steps one scheduled thing at a time', () => {
    const sim = new AmqpSimulation(notesTopicScenario());
    sim.takeLog();
    expect(sim.step()).toBe(true);
    const first = sim.takeLog();
    expect(clientEvents(first, 'producer-sent')).toHaveLength(0); // the token is still travelling
    expect(sim.flights.flights.length).toBe(1);
    while (sim.now() < sim.latency.publish) sim.step();
    expect(clientEvents(sim.takeLog(), 'producer-sent')).toHaveLength(1);
  });

  it('applies a changed binding key to the running broker', () => {
    const doc = notesTopicScenario();
    const sim = new AmqpSimulation(doc);
    sim.advanceTo(1000);
    const edited: Scenario = {
      ...doc,
      edges: doc.edges.map((e) => (e.id === 'e2' && e.kind === 'binding' ? { ...e, key: 'notas.vendas.#' } : e)),
    };
    sim.setDocument(edited);
    const bindings = sim.broker.snapshot().bindings.filter((b) => b.source === 'notas').map((b) => b.routingKey);
    expect(bindings.sort()).toEqual(['notas.compras.*', 'notas.vendas.#']);
  });
});

describe('consumer behaviour', () => {
  it('a consumer that crashes after receiving has its message redelivered (redelivered=true)', () => {
    const doc = notesTopicScenario();
    const crashing: Scenario = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === 'n5' && n.kind === 'consumer' ? { ...n, action: { kind: 'crash', after: 'receive' } } : n)),
    };
    const sim = new AmqpSimulation(crashing);
    sim.advanceTo(8_000);
    const log = sim.takeLog();
    expect(clientEvents(log, 'consumer-crashed').length).toBeGreaterThan(0);
    const redelivered = log.filter((e) => e.source === 'broker' && e.event.type === 'delivered' && e.event.queue === 'filial' && e.event.redelivered);
    expect(redelivered.length).toBeGreaterThan(0);
  });

  it('a manual consumer holds messages until the user settles them', () => {
    const doc = notesTopicScenario();
    const manual: Scenario = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === 'n6' && n.kind === 'consumer' ? { ...n, action: { kind: 'manual' }, processingMs: 0 } : n)),
    };
    const sim = new AmqpSimulation(manual);
    sim.advanceTo(5_000);
    const held = sim.heldBy('n6').awaiting;
    expect(held.length).toBe(1); // prefetch 1: one unacked at a time
    sim.settle('n6', held[0].deliveryTag, 'reject', false);
    sim.advanceTo(5_000 + sim.latency.ack);
    const log = sim.takeLog();
    expect(log.some((e) => e.source === 'broker' && e.event.type === 'rejected' && !e.event.requeue)).toBe(true);
  });

  it('broker restart: transient queues vanish, durable ones stay', () => {
    const doc = notesTopicScenario();
    const mixed: Scenario = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === 'n4' && n.kind === 'queue' ? { ...n, durable: false } : n)),
    };
    const sim = new AmqpSimulation(mixed);
    sim.advanceTo(3_000);
    sim.restartBroker();
    const queues = sim.broker.snapshot().queues.map((q) => q.name);
    expect(queues).toContain('filial');
    expect(queues).not.toContain('compras');
  });

  it('a message keeps the content it had when it left the producer', () => {
    const doc = notesTopicScenario();
    const sim = new AmqpSimulation(doc);
    sim.takeLog();
    sim.publishNow('n1'); // routing key notas.compras.filial, still in flight
    const edited: Scenario = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === 'n1' && n.kind === 'producer' ? { ...n, message: { ...n.message, payload: '{"nota": 2}' } } : n)),
    };
    sim.setDocument(edited);
    sim.advanceTo(sim.latency.publish);
    const published = sim.takeLog().flatMap((e) => (e.source === 'broker' && e.event.type === 'published' ? [e.event.message] : []));
    expect(published[0]?.body).toBe('{"nota": 1}');
  });
});
