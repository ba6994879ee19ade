// Each preset's explanation makes claims; each claim is checked here on a headless run.
import { describe, expect, it } from 'vitest';
import { topicMatches } from '../../engine/amqp/routing/topic';
import type { Scenario } from '../types';
import { headerString, PresetRun, unique, xDeath } from './harness';
import { findPreset, PRESETS, type PresetId } from './index';
import { TOPIC_TUTORIAL_KEYS } from './tutorials';

const open = (id: PresetId) => new PresetRun(findPreset(id)!.create());

const CLAIMS: Record<PresetId, () => void> = {
  'notes-topic': () => {
    const run = open('notes-topic').until(20_000);
    expect(unique(run.enqueuedKeys('filial'))).toEqual([
      'notas.compras.filial',
      'notas.vendas.filial',
    ]);
    expect(run.enqueuedKeys('filial').every((k) => topicMatches('notas.*.filial', k))).toBe(true);
    expect(unique(run.enqueuedKeys('compras'))).toEqual([
      'notas.compras.filial',
      'notas.compras.matriz',
    ]);
    // notas.compras.filial matches both bindings and lands once in each queue.
    const routed = run
      .broker('routed')
      .filter((e) => run.messages().get(e.messageId)?.routingKey === 'notas.compras.filial');
    for (const r of routed) expect([...r.queues].sort()).toEqual(['compras', 'filial']);
  },

  'default-exchange': () => {
    const run = open('default-exchange').until(12_000);
    for (const [producer, queue] of [
      ['loja', 'pedidos'],
      ['estoque-app', 'estoque'],
    ] as const) {
      const sent = run.publishedBy(producer);
      expect(sent.length).toBeGreaterThan(2);
      for (const m of sent) expect([m.exchange, m.routingKey]).toEqual(['', queue]);
      const ids = new Set(sent.map((m) => m.id));
      for (const r of run.broker('routed').filter((e) => ids.has(e.messageId)))
        expect(r.queues).toEqual([queue]);
    }
    expect(run.received('faturamento').length).toBeGreaterThan(2);
    expect(run.broker('dropped')).toEqual([]);
  },

  direct: () => {
    const run = open('direct').until(15_000);
    expect(unique(run.enqueuedKeys('aprovados'))).toEqual(['aprovado']);
    expect(unique(run.enqueuedKeys('recusados'))).toEqual(['recusado']);
    const dropped = run.broker('dropped');
    expect(dropped.length).toBeGreaterThan(0);
    expect(
      dropped.every(
        (d) =>
          d.reason === 'unroutable' && run.messages().get(d.messageId)?.routingKey === 'estornado',
      ),
    ).toBe(true);
    expect(run.broker('returned')).toEqual([]);
  },

  fanout: () => {
    const run = open('fanout').until(15_000);
    const published = run.broker('published').length;
    for (const q of ['email', 'sms', 'push']) {
      expect(run.enqueuedKeys(q)).toHaveLength(published);
      expect(unique(run.enqueuedKeys(q))).toEqual(['entrega', 'promo']);
    }
  },

  headers: () => {
    const run = open('headers').until(15_000);
    const types = (queue: string) => {
      const byId = run.messages();
      return unique(
        run
          .broker('enqueued')
          .filter((e) => e.queue === queue)
          .map((e) => headerString(byId.get(e.messageId), 'type') ?? '?'),
      );
    };
    expect(types('relatorios')).toEqual(['report']);
    expect(types('logs')).toEqual(['log']);
    expect(types('pdfs')).toEqual(['log', 'report']);
    expect(run.broker('dropped')).toEqual([]);
  },

  'exchange-to-exchange': () => {
    const run = open('exchange-to-exchange').until(15_000);
    for (const q of ['faturamento', 'estoque'])
      expect(unique(run.enqueuedKeys(q))).toEqual(['pedidos.criado', 'pedidos.pago']);
    expect(unique(run.enqueuedKeys('auditoria'))).toEqual([
      'clientes.criado',
      'pedidos.criado',
      'pedidos.pago',
    ]);
    const byId = run.messages();
    for (const r of run.broker('routed')) {
      const key = byId.get(r.messageId)?.routingKey;
      const expected = key?.startsWith('pedidos.')
        ? ['auditoria', 'estoque', 'faturamento']
        : ['auditoria'];
      expect([...r.queues].sort()).toEqual(expected); // one copy per queue
    }
  },

  'alternate-exchange': () => {
    const run = open('alternate-exchange').until(15_000);
    expect(unique(run.enqueuedKeys('brasil'))).toEqual(['pedido.br']);
    expect(unique(run.enqueuedKeys('revisar'))).toEqual(['pedido.ar', 'pedido.cl']);
    expect(run.broker('dropped')).toEqual([]);
    const viaAe = run
      .broker('routed')
      .filter((r) => r.hops.some((h) => h.viaAlternate && h.exchange === 'nao-roteadas'));
    expect(viaAe.length).toBe(run.enqueuedKeys('revisar').length);
  },

  'dead-letter-retry': () => {
    const run = open('dead-letter-retry').until(30_000);
    const dl = run.broker('dead-lettered');
    expect(dl.some((d) => d.queue === 'trabalho' && d.reason === 'rejected')).toBe(true);
    expect(dl.some((d) => d.queue === 'espera' && d.reason === 'expired')).toBe(true);
    // The TTL is the delay: each expiry comes 5 s after its copy entered `espera`.
    const enteredAt = new Map(
      run.log.flatMap((e) =>
        e.source === 'broker' && e.event.type === 'enqueued' && e.event.queue === 'espera'
          ? [[e.event.messageId, e.time] as const]
          : [],
      ),
    );
    const expiries = run.log.filter((e) => e.source === 'broker' && e.event.type === 'expired');
    expect(expiries.length).toBeGreaterThan(1);
    for (const e of expiries)
      if (e.event.type === 'expired') expect(e.time - enteredAt.get(e.event.messageId)!).toBe(5000);
    // The message comes back round: its x-death count for (trabalho, rejected) keeps growing.
    const counts = run
      .broker('delivered')
      .map(
        (d) =>
          xDeath(d.message).find((x) => x.queue === 'trabalho' && x.reason === 'rejected')?.count ??
          0,
      );
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(2);
    expect(run.broker('dropped')).toEqual([]);
  },

  'max-length': () => {
    const highest = new Map<string, number>();
    const run = open('max-length').until(20_000, (s) => {
      for (const q of s.queues)
        highest.set(q.name, Math.max(highest.get(q.name) ?? 0, q.ready.length));
    });
    expect(highest.get('ultimas-3')).toBe(3);
    expect(highest.get('recusa-novas')).toBe(3);
    const maxlen = run.broker('dead-lettered').filter((d) => d.queue === 'ultimas-3');
    expect(maxlen.length).toBeGreaterThan(0);
    expect(maxlen.every((d) => d.reason === 'maxlen')).toBe(true);
    expect(run.enqueuedKeys('descartadas').length).toBe(maxlen.length);
    const confirms = run.broker('confirm');
    expect(confirms.some((c) => !c.ack)).toBe(true);
    expect(confirms.some((c) => c.ack)).toBe(true);
  },

  priority: () => {
    const run = open('priority').until(30_000);
    const byId = run.messages();
    const entered = new Map(run.broker('enqueued').map((e) => [e.messageId, e.seq] as const));
    const order = run.broker('delivered').map((d) => d.message.id);
    const overtook = order.some((u, i) => {
      if (byId.get(u)?.properties.priority !== 9) return false;
      // a normal message that arrived before this urgent one but was delivered after it
      return order
        .slice(i + 1)
        .some((n) => byId.get(n)?.properties.priority === 1 && entered.get(n)! < entered.get(u)!);
    });
    expect(overtook).toBe(true);
  },

  'work-queues-prefetch': () => {
    const run = open('work-queues-prefetch').until(45_000);
    const n = (c: string) => run.received(c).length;
    expect(n('rapido-1') + n('lento-1')).toBe(24);
    expect(n('rapido-1')).toBeGreaterThanOrEqual(2.5 * n('lento-1'));
    expect(n('rapido-0') + n('lento-0')).toBe(24);
    expect(Math.abs(n('rapido-0') - n('lento-0'))).toBeLessThanOrEqual(1);
  },

  'manual-ack': () => {
    const run = open('manual-ack').until(6_000);
    const voce = run.nodeId('voce');
    const held = run.sim.heldBy(voce).awaiting;
    expect(held).toHaveLength(3); // prefetch 3: the rest wait in the queue
    expect(run.sim.broker.snapshot().queues.find((q) => q.name === 'pedidos')?.ready).toHaveLength(
      2,
    );
    const [a, b, c] = held;
    run.act((sim) => {
      sim.settle(voce, a.deliveryTag, 'ack', false);
      sim.settle(voce, b.deliveryTag, 'nack', true);
      sim.settle(voce, c.deliveryTag, 'reject', false);
    });
    run.until(10_000);
    expect(run.broker('acked').map((e) => e.messageId)).toContain(a.message.id);
    expect(
      run.broker('delivered').some((d) => d.message.id === b.message.id && d.redelivered),
    ).toBe(true);
    const dead = run.broker('dead-lettered').find((d) => d.messageId === c.message.id);
    expect(dead?.reason).toBe('rejected');
    expect(
      run
        .broker('enqueued')
        .some((e) => e.queue === 'rejeitados' && e.messageId === dead?.newMessageId),
    ).toBe(true);
  },

  'consumer-crash': () => {
    const run = open('consumer-crash').until(60_000);
    expect(
      run.client('consumer-crashed').some((e) => e.consumerId === run.nodeId('instavel')),
    ).toBe(true);
    expect(run.broker('requeued').length).toBeGreaterThan(0);
    expect(run.received('estavel').some((r) => r.redelivered)).toBe(true);
    // At least once: every order is acked in the end, some were processed twice.
    const published = run.broker('published').map((e) => e.message.id);
    expect(unique(run.broker('acked').map((e) => e.messageId))).toEqual(unique(published));
    const processedBy = (c: string) =>
      new Set(
        run
          .client('consumer-processed')
          .filter((e) => e.consumerId === run.nodeId(c))
          .map((e) => e.messageId),
      );
    const twice = [...processedBy('instavel')].filter((id) => processedBy('estavel').has(id));
    expect(twice.length).toBeGreaterThan(0);
  },

  durability: () => {
    const run = open('durability').until(5_000);
    const before = run.sim.broker.snapshot().queues;
    expect(before.find((q) => q.name === 'duravel')?.ready).toHaveLength(6);
    run.act((sim) => sim.restartBroker()).until(8_000);
    const after = run.sim.broker.snapshot();
    expect(after.queues.find((q) => q.name === 'temporaria')).toBeUndefined();
    const kept = after.queues.find((q) => q.name === 'duravel')?.ready ?? [];
    expect(kept).toHaveLength(3);
    expect(kept.every((r) => r.message.properties.deliveryMode === 2)).toBe(true);
    expect(after.exchanges.some((x) => x.name === 'eventos')).toBe(true);
    expect(
      run.broker('dropped').filter((d) => d.reason === 'not-persistent' && d.queue === 'duravel'),
    ).toHaveLength(3);
    expect(run.commandFailures()).toEqual([]);
  },

  'connections-channels': () => {
    const run = open('connections-channels').until(20_000);
    const failures = run.commandFailures();
    expect(failures).toHaveLength(3);
    expect(
      failures.every(
        (f) =>
          f.nodeId === run.nodeId('auditoria') &&
          f.error.code === 406 &&
          f.error.scope === 'channel',
      ),
    ).toBe(true);
    const closed = run.broker('channel-closed');
    expect(closed).toHaveLength(3);
    expect(closed.every((c) => c.code === 406 && c.byServer)).toBe(true);
    expect(run.broker('connection-closed')).toEqual([]);
    // The closed channels belonged to the connection that still carries `separacao` and `vendas`.
    const separacaoChannel = run
      .broker('delivered')
      .filter((d) => d.queue === 'pedidos')
      .at(-1)!.channel;
    const connectionOf = (ch: number) =>
      run.sim.broker.snapshot().connections.find((c) => c.channels.some((x) => x.id === ch))?.id;
    expect(new Set(closed.map((c) => c.connection))).toEqual(
      new Set([connectionOf(separacaoChannel)]),
    );
    const firstError = failures[0].time;
    expect(run.received('separacao').some((r) => r.time > firstError)).toBe(true);
    expect(run.publishedBy('vendas').length).toBeGreaterThan(5);
  },

  'tutorial-hello-world': () => {
    const run = open('tutorial-hello-world').until(12_000);
    expect(run.received('receive')).toHaveLength(5);
    expect(
      run
        .broker('delivered')
        .every((d) => d.queue === 'hello' && d.noAck && d.message.body === 'Hello World!'),
    ).toBe(true);
    expect(run.broker('acked')).toEqual([]);
  },

  'tutorial-work-queues': () => {
    const run = open('tutorial-work-queues').until(30_000);
    const [a, b] = [run.received('worker-1').length, run.received('worker-2').length];
    expect(a + b).toBe(12);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
    expect(run.broker('acked')).toHaveLength(12);
    expect(run.broker('published').every((p) => p.message.properties.deliveryMode === 2)).toBe(
      true,
    );
  },

  'tutorial-publish-subscribe': () => {
    const run = open('tutorial-publish-subscribe').until(10_000);
    const published = run.broker('published').length;
    expect(run.enqueuedKeys('logs-screen')).toHaveLength(published);
    expect(run.enqueuedKeys('logs-file')).toHaveLength(published);
  },

  'tutorial-routing': () => {
    const run = open('tutorial-routing').until(15_000);
    expect(unique(run.enqueuedKeys('errors-to-disk'))).toEqual(['error']);
    expect(unique(run.enqueuedKeys('all-to-screen'))).toEqual(['error', 'info', 'warning']);
    const errors = run.broker('published').filter((p) => p.message.routingKey === 'error').length;
    expect(run.enqueuedKeys('errors-to-disk')).toHaveLength(errors);
  },

  'tutorial-topics': () => {
    const run = open('tutorial-topics').until(TOPIC_TUTORIAL_KEYS.length * 1000);
    expect(run.broker('published').map((p) => p.message.routingKey)).toEqual([
      ...TOPIC_TUTORIAL_KEYS,
    ]);
    expect(run.enqueuedKeys('Q1')).toEqual([
      'quick.orange.rabbit',
      'lazy.orange.elephant',
      'quick.orange.fox',
    ]);
    // lazy.pink.rabbit matches both of Q2's bindings and still arrives once.
    expect(run.enqueuedKeys('Q2')).toEqual([
      'quick.orange.rabbit',
      'lazy.orange.elephant',
      'lazy.brown.fox',
      'lazy.pink.rabbit',
    ]);
    const byId = run.messages();
    expect(run.broker('dropped').map((d) => byId.get(d.messageId)?.routingKey)).toEqual([
      'quick.brown.fox',
      'orange',
      'quick.orange.new.rabbit',
    ]);
  },

  'tutorial-rpc': () => {
    const run = open('tutorial-rpc').until(5_000);
    const [request] = run.broker('delivered').filter((d) => d.queue === 'rpc_queue');
    expect(request.message.properties.replyTo).toBe('rpc_client.replies');
    expect(request.message.properties.correlationId).toBe('req-1');
    expect(
      run.client('consumer-processed').some((p) => p.consumerId === run.nodeId('rpc_server')),
    ).toBe(true);
    expect(run.received('rpc_client.on_response')).toEqual([]); // the reply waits for the user
    run.act((sim) => sim.publishNow(run.nodeId('rpc_server.reply'))).until(9_000);
    const [reply] = run.broker('delivered').filter((d) => d.queue === 'rpc_client.replies');
    expect(reply.message.properties.correlationId).toBe('req-1');
    expect(run.received('rpc_client.on_response')).toHaveLength(1);
  },

  'tutorial-publisher-confirms': () => {
    const run = open('tutorial-publisher-confirms').until(10_000);
    const confirms = run.broker('confirm');
    expect(confirms.map((c) => c.seqNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(confirms.every((c) => c.ack)).toBe(true);
  },

  'why-async': () => {
    let depth = 0;
    const run = open('why-async').until(10_000, (s) => (depth = s.queues[0].ready.length));
    const sent = run.client('producer-sent').length;
    expect(sent).toBeGreaterThanOrEqual(19); // 2 a second, never held back by the consumer
    expect(run.client('consumer-processed').length).toBeLessThanOrEqual(4);
    expect(depth).toBeGreaterThanOrEqual(10);
  },

  'why-decoupling': () => {
    const run = open('why-decoupling').until(15_000);
    const doc = run.doc;
    const loja = run.nodeId('loja');
    expect(
      doc.edges
        .filter((e) => e.source === loja)
        .map((e) => doc.nodes.find((n) => n.id === e.target)?.kind),
    ).toEqual(['exchange']);
    expect(unique(run.enqueuedKeys('estoque'))).toEqual(['pedido.criado']);
    expect(unique(run.enqueuedKeys('faturamento'))).toEqual(['pedido.pago']);
    expect(unique(run.enqueuedKeys('analytics'))).toEqual(['pedido.criado', 'pedido.pago']);
  },

  'why-scalability': () => {
    const ready = (r: PresetRun) => r.sim.broker.snapshot().queues[0].ready.length;
    const alone = open('why-scalability').until(40_000);
    expect(ready(alone)).toBeGreaterThan(10);
    // The experiment: connect worker-2 and worker-3 to the queue.
    const doc = findPreset('why-scalability')!.create();
    const q = doc.nodes.find((n) => n.name === 'imagens')!.id;
    const workers = doc.nodes
      .filter((n) => n.name === 'worker-2' || n.name === 'worker-3')
      .map((n) => n.id);
    const scaled: Scenario = {
      ...doc,
      edges: [
        ...doc.edges,
        ...workers.map((w, i) => ({
          id: `x${i}`,
          kind: 'subscription' as const,
          source: q,
          target: w,
        })),
      ],
    };
    const three = new PresetRun(scaled).until(40_000);
    expect(ready(three)).toBeLessThanOrEqual(2);
    expect(three.broker('acked').length).toBeGreaterThan(alone.broker('acked').length * 1.8);
  },

  'why-resilience': () => {
    const run = open('why-resilience').until(60_000);
    expect(run.client('consumer-crashed').length).toBeGreaterThan(0);
    const published = run.broker('published').map((e) => e.message.id);
    expect(unique(run.broker('acked').map((e) => e.messageId))).toEqual(unique(published)); // nothing lost
    const firstTry = new Set(run.received('pagamentos-a').map((r) => r.messageId));
    expect(
      run.received('pagamentos-b').some((r) => r.redelivered && firstTry.has(r.messageId)),
    ).toBe(true);
  },

  'why-background': () => {
    const run = open('why-background').until(20_000);
    expect(run.client('producer-sent').length).toBeGreaterThanOrEqual(39); // 2 a second, whatever the workers do
    const ready = (name: string) =>
      run.sim.broker.snapshot().queues.find((q) => q.name === name)!.ready.length;
    expect(ready('pdfs')).toBeGreaterThan(3);
    expect(ready('emails')).toBeLessThanOrEqual(1);
  },
};

describe('each preset does what its explanation says', () => {
  it('every preset has a claim checked here', () => {
    expect(Object.keys(CLAIMS).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });
  it.each(PRESETS.map((p) => p.id))('%s', (id) => CLAIMS[id]());
});
