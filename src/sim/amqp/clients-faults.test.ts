import { describe, expect, it } from 'vitest';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import type { ConsumerNode, Scenario } from '../../scenario/types';
import { app, brokerEvents, channelOf, quiet, readyIn, withConsumer } from './clients.test-helpers';
import { AmqpSimulation } from './runner';

// notes-topic: producer n1 (app-notas) -> topic exchange `notas` -> queues filial (n3), compras (n4)
// -> consumers n5 (app-filial, on filial) and n6 (app-compras, on compras).

describe('closing connections and channels', () => {
  it('closing an application connection requeues its unacked messages; its consumer waits for Reconnect', () => {
    const doc = withConsumer(quiet(), 'n5', {
      action: { kind: 'manual' },
      processingMs: 0,
      prefetch: 3,
    });
    const sim = new AmqpSimulation(doc);
    for (let i = 0; i < 3; i++) sim.publishNow('n1');
    sim.advanceTo(4_000);
    expect(sim.heldBy('n5').awaiting).toHaveLength(3);
    sim.takeLog();

    sim.closeConnection('app-filial');
    const filial = app(sim, 'app-filial');
    expect(filial.open).toBe(false);
    expect(filial.closed).toMatchObject({ code: 200, byServer: false });
    expect(sim.link('n5').state).toBe('closed');
    expect(sim.heldBy('n5').awaiting).toHaveLength(0);
    const ready = readyIn(sim, 'filial');
    expect(ready).toHaveLength(3);
    expect(ready.every((m) => m.redelivered)).toBe(true);
    expect(brokerEvents(sim.takeLog()).filter((e) => e.type === 'requeued')).toHaveLength(3);

    // Nothing reconnects by itself: the application asked to close.
    sim.advanceTo(20_000);
    expect(readyIn(sim, 'filial')).toHaveLength(3);
    expect(sim.redeclare.bind(sim)).not.toThrow();
    sim.redeclare();
    expect(sim.link('n5').state).toBe('closed');

    sim.reconnectApp('app-filial');
    expect(app(sim, 'app-filial').open).toBe(true);
    expect(app(sim, 'app-filial').connection).not.toBe(filial.connection);
    expect(sim.link('n5').state).toBe('ok');
    sim.advanceTo(22_000);
    const held = sim.heldBy('n5').awaiting;
    expect(held).toHaveLength(3);
    expect(held.every((d) => d.redelivered)).toBe(true);
  });

  it('a producer whose application closed its connection opens a new one at its next publish', () => {
    const sim = new AmqpSimulation(quiet());
    sim.publishNow('n1');
    sim.advanceTo(2_000);
    const before = app(sim, 'app-notas').connection;
    sim.closeConnection('app-notas');
    expect(sim.link('n1').state).toBe('closed');
    sim.publishNow('n1');
    sim.advanceTo(4_000);
    expect(sim.link('n1').state).toBe('ok');
    expect(app(sim, 'app-notas').connection).not.toBe(before);
    expect(app(sim, 'app-notas').closed).toBeNull();
  });

  it('closing one consumer channel leaves the other channels of the application open', () => {
    const base = quiet();
    const second: ConsumerNode = {
      ...(base.nodes.find((n) => n.id === 'n5') as ConsumerNode),
      id: 'n7',
      name: 'filial-2',
    };
    const doc: Scenario = {
      ...base,
      nodes: [...base.nodes, second],
      edges: [...base.edges, { id: 'e9', kind: 'subscription', source: 'n3', target: 'n7' }],
    };
    const sim = new AmqpSimulation(doc);
    sim.advanceTo(1_000);
    expect(app(sim, 'app-filial').consumers).toEqual(['n5', 'n7']);
    const a = channelOf(sim, 'n5');
    const b = channelOf(sim, 'n7');
    expect(a.connection).toBe(b.connection);
    expect(a.number).not.toBe(b.number);
    sim.closeChannel('n5');
    expect(sim.link('n5').state).toBe('closed');
    expect(sim.link('n7').state).toBe('ok');
    expect(app(sim, 'app-filial').open).toBe(true);
    sim.reopenChannel('n5');
    expect(sim.link('n5').state).toBe('ok');
  });
});

describe('exclusive queues belong to their application', () => {
  it('closing the app deletes its exclusive queue; Reconnect declares and binds it again', () => {
    const base = quiet();
    const doc: Scenario = {
      ...base,
      nodes: base.nodes.map((n) =>
        n.id === 'n3' && n.kind === 'queue' ? { ...n, exclusive: true, durable: false } : n,
      ),
    };
    const sim = new AmqpSimulation(doc);
    sim.advanceTo(1_000);
    const exists = () => sim.broker.snapshot().queues.some((q) => q.name === 'filial');
    expect(exists()).toBe(true);
    // Its binding is made on the owning connection: from the admin one it would be 405 RESOURCE_LOCKED.
    expect(
      sim.takeLog().filter((e) => e.source === 'client' && e.event.type === 'command-failed'),
    ).toEqual([]);
    sim.closeConnection('app-filial');
    expect(exists()).toBe(false);
    sim.reconnectApp('app-filial');
    expect(exists()).toBe(true);
    expect(sim.link('n5').state).toBe('ok');
    expect(
      sim.broker
        .snapshot()
        .bindings.some((b) => b.destination === 'filial' && b.routingKey === 'notas.*.filial'),
    ).toBe(true);
    expect(sim.broker.snapshot().queues.find((q) => q.name === 'filial')?.exclusiveOwner).toBe(
      app(sim, 'app-filial').connection,
    );
  });

  it('after a broker restart the owning app declares its exclusive queue again and consumes from it', () => {
    const base = quiet();
    const doc: Scenario = {
      ...base,
      nodes: base.nodes.map((n) =>
        n.id === 'n3' && n.kind === 'queue' ? { ...n, exclusive: true, durable: false } : n,
      ),
    };
    const sim = new AmqpSimulation(doc);
    sim.advanceTo(1_000);
    sim.restartBroker();
    sim.advanceTo(5_000);
    expect(sim.link('n5').state).toBe('ok');
    sim.publishNow('n1');
    sim.advanceTo(8_000);
    expect(
      sim
        .takeLog()
        .some(
          (e) =>
            e.source === 'client' &&
            e.event.type === 'consumer-received' &&
            e.event.consumerId === 'n5',
        ),
    ).toBe(true);
  });
});

describe('faults', () => {
  it('a deleted queue cancels its consumer; Declare again brings both back', () => {
    const sim = new AmqpSimulation(quiet());
    sim.publishNow('n1');
    sim.advanceTo(700); // published, not yet delivered
    sim.deleteQueue('n3');
    expect(sim.link('n5').state).toBe('cancelled');
    const log = brokerEvents(sim.takeLog());
    expect(log.find((e) => e.type === 'queue-deleted')).toMatchObject({
      queue: 'filial',
      reason: 'explicit',
    });
    sim.redeclare();
    expect(sim.link('n5').state).toBe('ok');
    expect(sim.broker.snapshot().queues.some((q) => q.name === 'filial')).toBe(true);
  });

  it('a crashed consumer is down until it restarts, and Declare again does not restart it early', () => {
    const doc = withConsumer(quiet(), 'n5', { action: { kind: 'manual' }, processingMs: 0 });
    const sim = new AmqpSimulation(doc);
    sim.publishNow('n1');
    sim.advanceTo(3_000);
    sim.crashConsumer('n5');
    expect(sim.link('n5').state).toBe('down');
    expect(readyIn(sim, 'filial').map((m) => m.redelivered)).toEqual([true]);
    sim.redeclare();
    sim.reopenChannel('n5');
    expect(sim.link('n5').state).toBe('down');
    expect(channelOf(sim, 'n5').open).toBe(false);
    sim.advanceTo(7_000);
    expect(sim.link('n5').state).toBe('ok');
  });

  it('a broker restart closes every channel with 320 until the applications reconnect', () => {
    const sim = new AmqpSimulation(quiet());
    sim.publishNow('n1');
    sim.advanceTo(2_000);
    sim.restartBroker();
    for (const id of ['n1', 'n5', 'n6']) {
      expect(sim.link(id).state).toBe('failed');
      expect(sim.link(id).closure?.code).toBe(320);
    }
    expect(app(sim, 'app-filial').closed).toMatchObject({ code: 320, byServer: true });
    sim.advanceTo(4_000);
    expect(sim.link('n5').state).toBe('ok');
    expect(sim.link('n6').state).toBe('ok');
    expect(sim.link('n1').state).toBe('failed'); // until its next publish
  });

  it('keeps one row per channel user however many channels failed', () => {
    const doc = notesTopicScenario();
    const fast: Scenario = {
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.kind === 'producer' ? { ...n, schedule: { ...n.schedule, ratePerSec: 20 } } : n,
      ),
    };
    const sim = new AmqpSimulation(fast);
    sim.advanceTo(1_000);
    sim.deleteExchange('n2');
    sim.advanceTo(30_000);
    const notas = app(sim, 'app-notas');
    expect(notas.channels).toHaveLength(1);
    expect(notas.channels[0].channel?.closed?.code).toBe(404);
    expect(channelOf(sim, 'n1').id).toBeGreaterThan(100); // hundreds of channels were opened and closed
  });
});
