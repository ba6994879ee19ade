import { describe, expect, it } from 'vitest';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import { ADMIN } from './clients';
import { app, brokerEvents, channelOf, quiet, readyIn, withConsumer } from './clients.test-helpers';
import { AmqpSimulation } from './runner';

// notes-topic: producer n1 (app-notas) -> topic exchange `notas` -> queues filial (n3), compras (n4)
// -> consumers n5 (app-filial, on filial) and n6 (app-compras, on compras).

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
