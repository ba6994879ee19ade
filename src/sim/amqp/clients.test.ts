import { describe, expect, it } from 'vitest';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import type { ConsumerNode, Scenario } from '../../scenario/types';
import { ADMIN, type AppInfo, type ChannelInfo } from './clients';
import { AmqpSimulation } from './runner';
import type { SimLogEntry } from './types';

// notes-topic: producer n1 (app-notas) -> topic exchange `notas` -> queues filial (n3), compras (n4)
// -> consumers n5 (app-filial, on filial) and n6 (app-compras, on compras).

function withConsumer(doc: Scenario, id: string, patch: Partial<ConsumerNode>): Scenario {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === id && n.kind === 'consumer' ? { ...n, ...patch } : n)),
  };
}

/** The producer publishes only when asked, always notas.compras.filial (both queues), so counts are exact. */
function quiet(doc: Scenario = notesTopicScenario()): Scenario {
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.kind === 'producer' ? { ...n, schedule: { ...n.schedule, enabled: false, keys: [] } } : n,
    ),
  };
}

function app(sim: AmqpSimulation, name: string): AppInfo {
  const a = sim.clients().find((x) => x.app === name);
  if (!a) throw new Error(`no app ${name}`);
  return a;
}

function channelOf(sim: AmqpSimulation, nodeId: string): ChannelInfo {
  for (const a of sim.clients())
    for (const row of a.channels)
      if (row.user.kind !== 'declare' && row.user.nodeId === nodeId && row.channel)
        return row.channel;
  throw new Error(`no channel for ${nodeId}`);
}

const readyIn = (sim: AmqpSimulation, queue: string) =>
  sim.broker.snapshot().queues.find((q) => q.name === queue)?.ready ?? [];
const brokerEvents = (log: SimLogEntry[]) =>
  log.flatMap((e) => (e.source === 'broker' ? [e.event] : []));

describe('AmqpSimulation.clients(): one connection per application, a channel per producer and consumer', () => {
  it('lists the admin connection and every application of the document with its channels', () => {
    const sim = new AmqpSimulation(notesTopicScenario());
    sim.advanceTo(3_000);
    const apps = sim.clients();
    expect(apps.map((a) => a.app)).toEqual([ADMIN, 'app-notas', 'app-filial', 'app-compras']);
    const admin = apps[0];
    expect(admin.admin).toBe(true);
    expect(admin.open).toBe(true);
    expect(admin.channels.map((c) => c.user.kind)).toEqual(['declare']);

    const notas = app(sim, 'app-notas');
    expect(notas.producers).toEqual(['n1']);
    expect(notas.open).toBe(true);
    const producer = channelOf(sim, 'n1');
    expect(producer).toMatchObject({
      open: true,
      closed: null,
      confirm: false,
      number: 1,
      connection: notas.connection,
      consumers: [],
    });

    const filial = app(sim, 'app-filial');
    expect(filial.consumers).toEqual(['n5']);
    const consumer = channelOf(sim, 'n5');
    expect(consumer.prefetchPerConsumer).toBe(1);
    expect(consumer.prefetchGlobal).toBe(0);
    expect(consumer.consumers).toHaveLength(1);
    expect(consumer.consumers[0]).toMatchObject({ queue: 'filial', noAck: false, prefetch: 1 });
    expect(consumer.consumers[0].tag).toMatch(/^amq\.ctag-/);
    // Different applications never share a connection.
    expect(new Set(apps.map((a) => a.connection)).size).toBe(apps.length);
  });

  it('shows a producer that has not published yet as having no channel', () => {
    const sim = new AmqpSimulation(quiet());
    expect(app(sim, 'app-notas').connection).toBeNull();
    expect(app(sim, 'app-notas').channels).toEqual([
      { user: { kind: 'producer', nodeId: 'n1' }, channel: null },
    ]);
    expect(sim.link('n1').state).toBe('idle');
    expect(sim.link('n2').state).toBe('idle'); // not a producer or consumer
  });

  it('counts unacked messages and consumer prefetch on the channel', () => {
    const doc = withConsumer(quiet(), 'n5', {
      action: { kind: 'manual' },
      processingMs: 0,
      prefetch: 2,
    });
    const sim = new AmqpSimulation(doc);
    sim.publishNow('n1');
    sim.publishNow('n1');
    sim.advanceTo(4_000);
    const ch = channelOf(sim, 'n5');
    expect(ch.unacked).toBe(2);
    expect(ch.consumers[0].unacked).toBe(2);
    expect(ch.prefetchPerConsumer).toBe(2);
  });
});

describe('what the channels were opened with', () => {
  it('a confirm producer has a confirm channel; a global prefetch is shown as the channel limit', () => {
    const base = quiet();
    const doc = withConsumer(
      {
        ...base,
        nodes: base.nodes.map((n) => (n.kind === 'producer' ? { ...n, confirm: true } : n)),
      },
      'n5',
      { prefetch: 3, prefetchGlobal: true },
    );
    const sim = new AmqpSimulation(doc);
    sim.publishNow('n1');
    sim.advanceTo(2_000);
    expect(channelOf(sim, 'n1').confirm).toBe(true);
    expect(channelOf(sim, 'n5')).toMatchObject({
      confirm: false,
      prefetchPerConsumer: 0,
      prefetchGlobal: 3,
    });
  });
});

describe('channel errors close the channel, and the node shows why', () => {
  it('publishing to a deleted exchange closes the producer channel with 404; the next publish opens another', () => {
    const sim = new AmqpSimulation(quiet());
    sim.publishNow('n1');
    sim.advanceTo(2_000);
    const first = channelOf(sim, 'n1');
    expect(sim.link('n1').state).toBe('ok');

    sim.deleteExchange('n2');
    expect(sim.broker.snapshot().exchanges.some((x) => x.name === 'notas')).toBe(false);
    sim.publishNow('n1');
    sim.advanceTo(4_000);
    const link = sim.link('n1');
    expect(link.state).toBe('failed');
    expect(link.closure).toMatchObject({
      code: 404,
      text: "NOT_FOUND - no exchange 'notas' in vhost '/'",
      byServer: true,
    });
    const failed = channelOf(sim, 'n1');
    expect(failed.open).toBe(false);
    expect(failed.id).toBe(first.id); // the open channel was used, and the broker closed it
    // The connection itself stays open: a channel error closes only the channel.
    expect(app(sim, 'app-notas').open).toBe(true);
    // The badge's closure is the same object on every read, so selectors can compare it by identity.
    expect(sim.link('n1').closure).toBe(link.closure);

    sim.redeclare();
    sim.takeLog();
    sim.publishNow('n1');
    sim.advanceTo(6_000);
    expect(sim.link('n1')).toEqual({ state: 'ok', closure: null });
    expect(channelOf(sim, 'n1').id).toBeGreaterThan(failed.id);
    expect(brokerEvents(sim.takeLog()).find((e) => e.type === 'routed')).toMatchObject({
      queues: ['filial', 'compras'],
    });
  });

  it('a double ack closes the consumer channel with 406 and requeues the rest; Reopen subscribes again', () => {
    const doc = withConsumer(quiet(), 'n5', {
      action: { kind: 'manual' },
      processingMs: 0,
      prefetch: 2,
    });
    const sim = new AmqpSimulation(doc);
    sim.publishNow('n1');
    sim.publishNow('n1');
    sim.advanceTo(4_000);
    const ch = channelOf(sim, 'n5');
    const [first] = sim.heldBy('n5').awaiting;
    // An application bug: the same delivery tag acknowledged twice.
    expect(
      sim.broker.execute({ type: 'basic.ack', channel: ch.id, deliveryTag: first.deliveryTag }).ok,
    ).toBe(true);
    const again = sim.broker.execute({
      type: 'basic.ack',
      channel: ch.id,
      deliveryTag: first.deliveryTag,
    });
    expect(again.ok).toBe(false);
    sim.advanceTo(4_000);
    expect(sim.link('n5').state).toBe('failed');
    expect(sim.link('n5').closure).toMatchObject({
      code: 406,
      text: `PRECONDITION_FAILED - unknown delivery tag ${first.deliveryTag}`,
    });
    const ready = readyIn(sim, 'filial');
    expect(ready).toHaveLength(1);
    expect(ready[0].redelivered).toBe(true);
    // The consumer can no longer settle what it held on the closed channel.
    expect(sim.heldBy('n5').awaiting).toHaveLength(0);

    // Declare again does not touch a channel the broker closed in error: the app must reopen it.
    sim.redeclare();
    expect(sim.link('n5').state).toBe('failed');
    sim.reopenChannel('n5');
    expect(sim.link('n5').state).toBe('ok');
    sim.advanceTo(6_000);
    expect(readyIn(sim, 'filial')).toHaveLength(0);
    expect(sim.heldBy('n5').awaiting.map((d) => d.redelivered)).toEqual([true]);
  });
});

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
