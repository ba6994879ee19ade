import { describe, expect, it } from 'vitest';
import type { AmqpEvent } from '../../engine/amqp/events';
import { Harness } from '../../engine/amqp/test-utils/harness';
import { toTable } from '../../engine/amqp/conformance/values';
import type { Binding, Message } from '../../engine/amqp/model';
import { translate, type Language } from '../../i18n/translate';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import { AmqpSimulation } from '../../sim/amqp/runner';
import type { ClientEvent, SimLogEntry } from '../../sim/amqp/types';
import { buildIndex } from './context';
import { journeyOf } from './journey';
import { categoryOf, EMPTY_CONTEXT, explainEntry as explainNow, hasWhy, messageIdOf, type ExplainContext, type Explanation, type Line, type Phrase } from './explain';
import { explainHeadersMatch } from './explain-routing';
import { whyLines } from './explain-why';
import { renderPhrase } from './render';

const say = (lang: Language) => (phrase: Phrase) => renderPhrase((k, p) => translate(lang, k, p), phrase);
const en = say('en');
const pt = say('pt-BR');

type Explained = Explanation & { readonly lines: readonly Line[] };

/** The explanation with its "why" computed in full, as the log shows it once opened. */
function explainEntry(entry: SimLogEntry, ctx: ExplainContext = EMPTY_CONTEXT): Explained {
  return { ...explainNow(entry, ctx), lines: whyLines(entry, ctx) };
}

function broker(event: AmqpEvent, seq = 0): SimLogEntry {
  return { seq, time: event.time, source: 'broker', event };
}

function allText(x: Explained, render: (p: Phrase) => string): string[] {
  return [render(x.summary), ...x.lines.flatMap((l) => [render(l.phrase), ...(l.dest ? [render(l.dest)] : [])])];
}

describe('the curriculum examples', () => {
  const sim = new AmqpSimulation(notesTopicScenario());
  sim.advanceTo(6_000);
  const log = sim.takeLog();
  const index = buildIndex(log, { snapshot: sim.broker.snapshot() });
  const routedFor = (key: string) =>
    log.find((e) => e.source === 'broker' && e.event.type === 'routed' && index.message(e.event.messageId)?.routingKey === key)!;

  it('explains a topic match word by word, in English and Portuguese', () => {
    const x = explainEntry(routedFor('notas.compras.filial'), index);
    const toFilial = x.lines.find((l) => l.dest && en(l.dest) === 'queue `filial`')!;
    expect(toFilial.ok).toBe(true);
    expect(en(toFilial.phrase)).toBe('`notas.compras.filial` matches `notas.*.filial`: notas = notas, * takes compras, filial = filial');
    expect(pt(toFilial.phrase)).toBe('`notas.compras.filial` combina com `notas.*.filial`: notas = notas, * pega compras, filial = filial');
    expect(en(x.summary)).toBe('`notas.compras.filial` routed to `filial`, `compras`');
    expect(pt(x.summary)).toBe('`notas.compras.filial` roteada para `filial`, `compras`');
  });

  it('names the consumer a message is delivered to, before it has arrived there', () => {
    const names = new Map(notesTopicScenario().nodes.map((n) => [n.id, n.name] as const));
    const fresh = new AmqpSimulation(notesTopicScenario());
    fresh.advanceTo(6_000);
    const entries = fresh.takeLog();
    const withOwner = buildIndex(entries, { names, channelOwner: (ch) => fresh.consumerOnChannel(ch) });
    const delivered = entries.filter((e) => e.source === 'broker' && e.event.type === 'delivered');
    expect(delivered.length).toBeGreaterThan(0);
    // The first delivery is still on its way: only the simulation knows whose channel it is.
    const first = delivered[0];
    expect(en(explainEntry(first, buildIndex(entries.filter((e) => e.seq <= first.seq), { names })).summary)).toMatch(/amq\.ctag/);
    const said = en(explainEntry(first, withOwner).summary);
    expect(said).not.toMatch(/amq\.ctag/);
    expect(said).toMatch(/^Delivered from `(filial|compras)` to (filial|compras)-worker/);
    const added = entries.find((e) => e.source === 'broker' && e.event.type === 'consumer-added')!;
    expect(en(explainEntry(added, withOwner).summary)).not.toMatch(/amq\.ctag/);
  });

  it('says where a topic binding fails', () => {
    const x = explainEntry(routedFor('notas.vendas.filial'), index);
    const toCompras = x.lines.find((l) => l.dest && en(l.dest) === 'queue `compras`')!;
    expect(toCompras.ok).toBe(false);
    expect(en(toCompras.phrase)).toBe('`notas.vendas.filial` does not match `notas.compras.*`: word 2: vendas ≠ compras');
    expect(pt(toCompras.phrase)).toBe('`notas.vendas.filial` não combina com `notas.compras.*`: palavra 2: vendas ≠ compras');
  });

  it('explains a headers binding key by key, in English and Portuguese', () => {
    const args = toTable({ 'x-match': 'all', format: 'pdf', type: 'report' });
    const r = explainHeadersMatch(args, toTable({ format: 'pdf', type: 'log' }));
    expect(r.matched).toBe(false);
    expect(en(r.phrase)).toBe('headers binding x-match=all: format=pdf matches, type=report does not (message has type=log)');
    expect(pt(r.phrase)).toBe('binding de headers x-match=all: format=pdf combina, type=report não (a mensagem tem type=log)');
    expect(en(r.verdict)).toBe('x-match=all needs every key to match: no match.');
    expect(pt(r.verdict)).toBe('x-match=all exige que todas as chaves combinem: não combina.');
  });

  it('shows types when a header has the right value of the wrong type, skips x- keys, and treats void as presence', () => {
    const typed = explainHeadersMatch(toTable({ 'x-match': 'all', level: 1 }), toTable({ level: '1' }));
    expect(en(typed.phrase)).toMatch(/^headers binding x-match=all: level=1 \(\w+\) does not \(message has level=1 \(longstr\)\)$/);
    const skipped = explainHeadersMatch(toTable({ 'x-match': 'any', 'x-tenant': 'a', kind: null }), toTable({ kind: 'x' }));
    expect(en(skipped.phrase)).toBe('headers binding x-match=any: x-tenant skipped (x- keys are ignored), kind is present (any value)');
    expect(skipped.matched).toBe(true);
    const missing = explainHeadersMatch(toTable({ format: 'pdf' }), undefined);
    expect(en(missing.phrase)).toBe('headers binding x-match=all: format=pdf does not (message has no format)');
  });

  it('explains a headers routing hop from real events', () => {
    const h = new Harness();
    h.exchange('docs', 'headers').queue('reports').bind('reports', 'docs', '', { 'x-match': 'all', format: 'pdf', type: 'report' });
    h.publish('docs', '', 'x', { h: { format: 'pdf', type: 'log' } });
    const entries = h.log.map((e, i) => broker(e, i));
    const idx = buildIndex(entries, { snapshot: h.broker.snapshot() });
    const routed = entries.find((e) => e.event.type === 'routed')!;
    const x = explainEntry(routed, idx);
    expect(x.lines.map((l) => en(l.phrase))).toContain('headers binding x-match=all: format=pdf matches, type=report does not (message has type=log)');
    expect(en(x.summary)).toBe('`` matched no binding: unroutable');
  });
});

// ---- every entry type --------------------------------------------------------------------------

const msg: Message = { id: 7, exchange: 'notas', routingKey: 'notas.compras.filial', properties: {}, body: '{}', size: 2 };
const binding = { source: 'notas', destinationKind: 'queue', destination: 'filial', routingKey: 'notas.*.filial', arguments: {}, id: 'b', headers: null, queue: null } as unknown as Binding;
const at = { seq: 1, time: 100 };

type Ev<T extends AmqpEvent['type']> = AmqpEvent & { type: T };
const BROKER_SAMPLES: { [T in AmqpEvent['type']]: Ev<T>[] } = {
  published: [{ ...at, type: 'published', channel: 1, message: msg, mandatory: true }],
  routed: [
    { ...at, type: 'routed', messageId: 7, hops: [{ exchange: 'notas', bindings: [binding], matched: [binding], viaAlternate: false }], queues: ['filial'] },
    { ...at, type: 'routed', messageId: 7, hops: [{ exchange: 'notas', bindings: [], matched: [], viaAlternate: false }, { exchange: 'ae', bindings: [], matched: [], viaAlternate: true }], queues: [] },
    { ...at, type: 'routed', messageId: 8, hops: [], queues: [] },
  ],
  enqueued: [{ ...at, type: 'enqueued', messageId: 7, queue: 'filial', seq: 3 }],
  delivered: [
    { ...at, type: 'delivered', queue: 'filial', channel: 2, consumerTag: 'amq.ctag-1', deliveryTag: 1, redelivered: false, noAck: false, message: msg, deliveryCount: null },
    { ...at, type: 'delivered', queue: 'filial', channel: 2, consumerTag: null, deliveryTag: 2, redelivered: true, noAck: true, message: msg, deliveryCount: 2 },
  ],
  acked: [{ ...at, type: 'acked', queue: 'filial', messageId: 7, channel: 2, deliveryTag: 1 }],
  nacked: [
    { ...at, type: 'nacked', queue: 'filial', messageId: 7, channel: 2, deliveryTag: 1, requeue: true },
    { ...at, type: 'nacked', queue: 'filial', messageId: 7, channel: 2, deliveryTag: 1, requeue: false },
  ],
  rejected: [
    { ...at, type: 'rejected', queue: 'filial', messageId: 7, channel: 2, deliveryTag: 1, requeue: true },
    { ...at, type: 'rejected', queue: 'filial', messageId: 7, channel: 2, deliveryTag: 1, requeue: false },
  ],
  requeued: [{ ...at, type: 'requeued', queue: 'filial', messageId: 7 }],
  expired: [{ ...at, type: 'expired', queue: 'filial', messageId: 7 }],
  'dead-lettered': (['rejected', 'expired', 'maxlen', 'delivery_limit'] as const).map((reason) => ({
    ...at,
    type: 'dead-lettered' as const,
    queue: 'filial',
    messageId: 7,
    reason,
    exchange: 'dlx',
    newMessageId: 9,
  })),
  returned: [{ ...at, type: 'returned', channel: 1, message: msg, replyCode: 312, replyText: 'NO_ROUTE', exchange: 'notas', routingKey: 'x' }],
  dropped: (['unroutable', 'overflow', 'cycle', 'queue-deleted', 'dlx-missing', 'no-dlx', 'purged', 'restart', 'not-persistent'] as const).map((reason) => ({
    ...at,
    type: 'dropped' as const,
    messageId: 7,
    queue: reason === 'unroutable' ? null : 'filial',
    reason,
  })),
  confirm: [
    { ...at, type: 'confirm', channel: 1, seqNo: 1, ack: true },
    { ...at, type: 'confirm', channel: 1, seqNo: 2, ack: false },
  ],
  'channel-closed': [
    ...[403, 404, 405, 406, 530, 540, 999].map((code) => ({ ...at, type: 'channel-closed' as const, channel: 1, connection: 1, code, text: `X - ${code}`, byServer: true })),
    { ...at, type: 'channel-closed', channel: 1, connection: 1, code: 200, text: 'Goodbye', byServer: false },
  ],
  'connection-closed': [
    { ...at, type: 'connection-closed', connection: 1, code: 320, text: 'CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'', byServer: true },
    { ...at, type: 'connection-closed', connection: 1, code: 200, text: 'Goodbye', byServer: false },
  ],
  'queue-declared': [{ ...at, type: 'queue-declared', queue: 'filial' }],
  'queue-deleted': (['explicit', 'auto-delete', 'expires', 'exclusive-owner-gone', 'restart'] as const).map((reason) => ({
    ...at,
    type: 'queue-deleted' as const,
    queue: 'filial',
    reason,
    messages: 2,
  })),
  'exchange-declared': [{ ...at, type: 'exchange-declared', exchange: 'notas' }],
  'exchange-deleted': (['explicit', 'auto-delete', 'restart'] as const).map((reason) => ({ ...at, type: 'exchange-deleted' as const, exchange: 'notas', reason })),
  'binding-added': [{ ...at, type: 'binding-added', binding }],
  'binding-removed': [{ ...at, type: 'binding-removed', binding }],
  'consumer-added': [{ ...at, type: 'consumer-added', channel: 2, consumerTag: 'amq.ctag-1', queue: 'filial' }],
  'consumer-cancelled': [
    { ...at, type: 'consumer-cancelled', channel: 2, consumerTag: 'amq.ctag-1', queue: 'filial', byServer: true },
    { ...at, type: 'consumer-cancelled', channel: 2, consumerTag: 'amq.ctag-1', queue: 'filial', byServer: false },
  ],
  'broker-restarted': [{ ...at, type: 'broker-restarted' }],
};

const CLIENT_SAMPLES: { [T in ClientEvent['type']]: Extract<ClientEvent, { type: T }>[] } = {
  'producer-sent': [
    { type: 'producer-sent', producerId: 'n1', routingKey: 'a', exchange: 'notas' },
    { type: 'producer-sent', producerId: 'n1', routingKey: 'a', exchange: '' },
  ],
  'producer-unconnected': [{ type: 'producer-unconnected', producerId: 'n1' }],
  'consumer-received': [{ type: 'consumer-received', consumerId: 'n5', messageId: 7, deliveryTag: 1, redelivered: true }],
  'consumer-settled': (['ack', 'nack', 'reject'] as const).flatMap((action) =>
    [true, false].map((requeue) => ({ type: 'consumer-settled' as const, consumerId: 'n5', messageId: 7, deliveryTag: 1, action, requeue })),
  ),
  'consumer-processed': [
    { type: 'consumer-processed', consumerId: 'n5', messageId: 7, autoAck: true },
    { type: 'consumer-processed', consumerId: 'n5', messageId: 7, autoAck: false },
  ],
  'consumer-crashed': [
    { type: 'consumer-crashed', consumerId: 'n5', lost: 0, held: 2 },
    { type: 'consumer-crashed', consumerId: 'n5', lost: 2, held: 2 },
  ],
  'consumer-restarted': [{ type: 'consumer-restarted', consumerId: 'n5' }],
  'settle-lost': [{ type: 'settle-lost', consumerId: 'n5', deliveryTag: 3 }],
  'command-failed': [
    { type: 'command-failed', nodeId: 'n5', command: 'basic.consume', error: { scope: 'channel', code: 404, name: 'NOT_FOUND', text: "NOT_FOUND - no queue 'q1' in vhost '/'" } },
    { type: 'command-failed', nodeId: null, command: 'basic.publish', error: { scope: 'connection', code: 540, name: 'NOT_IMPLEMENTED', text: 'NOT_IMPLEMENTED - immediate=true', method: 'basic.publish' } },
  ],
  'queue-recreated': [{ type: 'queue-recreated', nodeId: 'n3', queue: 'filial' }],
  'apps-reconnected': [{ type: 'apps-reconnected' }],
};

const samples: SimLogEntry[] = [
  ...Object.values(BROKER_SAMPLES)
    .flat()
    .map((e) => broker(e)),
  ...Object.values(CLIENT_SAMPLES)
    .flat()
    .map((e): SimLogEntry => ({ ...at, source: 'client', event: e })),
];

describe('every log entry type', () => {
  const index = buildIndex(samples, { names: new Map([['n1', 'notas-app'], ['n5', 'filial-worker']]) });

  it.each(['en', 'pt-BR'] as const)('has words for every phrase and fills every placeholder (%s)', (lang) => {
    const render = say(lang);
    for (const s of samples) {
      const x = explainEntry(s, index);
      for (const text of allText(x, render)) {
        expect(text, `${s.event.type}: ${text}`).not.toMatch(/\{\w+\}/);
        expect(text.trim(), s.event.type).not.toBe('');
      }
    }
  });

  it('shows RabbitMQ text verbatim and a plain sentence for common codes', () => {
    const closed = samples.find((s) => s.event.type === 'channel-closed' && (s.event as { code: number }).code === 406)!;
    const lines = explainEntry(closed, index).lines.map((l) => en(l.phrase));
    expect(lines[0]).toBe('RabbitMQ says: X - 406');
    expect(lines[1]).toMatch(/^Precondition failed/);
    const failed = samples.find((s) => s.event.type === 'command-failed')!;
    const x = explainEntry(failed, index);
    expect(en(x.summary)).toBe('filial-worker: basic.consume failed with 404 NOT_FOUND');
    expect(pt(x.lines[0].phrase)).toBe("O RabbitMQ diz: NOT_FOUND - no queue 'q1' in vhost '/'");
  });

  it('tells an unroutable mandatory message from a silent drop', () => {
    const routed = samples.filter((s) => s.event.type === 'routed')[1];
    const text = explainEntry(routed, index).lines.map((l) => en(l.phrase));
    expect(text).toContain('Exchange `notas` matched nothing, so the message went to its alternate exchange `ae`.');
    expect(text).toContain('No queue matched and mandatory=true: the broker returns it (312 NO_ROUTE).');
  });

  it('knows whether an entry has a "why" without loading its lines', () => {
    const wrong = samples.filter((s) => hasWhy(explainNow(s, index)) !== whyLines(s, index).length > 0).map((s) => s.event.type);
    expect(wrong).toEqual([]);
    // Both ways occur: not every entry has a why.
    expect(samples.filter((s) => hasWhy(explainNow(s, index))).length).toBeGreaterThan(20);
    expect(samples.filter((s) => !hasWhy(explainNow(s, index))).map((s) => s.event.type)).toContain('queue-declared');
  });

  it('puts each entry under its filter without explaining it', () => {
    const of = (type: string, pick: (s: SimLogEntry) => boolean = () => true) => categoryOf(samples.find((s) => s.event.type === type && pick(s))!);
    const ev = (s: SimLogEntry) => s.event as unknown as Record<string, unknown>;
    expect([of('routed'), of('delivered'), of('acked'), of('dead-lettered'), of('queue-declared'), of('producer-sent'), of('settle-lost')]).toEqual([
      'routing',
      'delivery',
      'acks',
      'drops',
      'topology',
      'clients',
      'errors',
    ]);
    expect([of('confirm', (s) => ev(s).ack === true), of('confirm', (s) => ev(s).ack === false)]).toEqual(['routing', 'errors']);
    expect([of('channel-closed', (s) => ev(s).code === 200), of('channel-closed', (s) => ev(s).code === 406)]).toEqual(['clients', 'errors']);
    for (const s of samples) expect(explainNow(s, index).category).toBe(categoryOf(s));
  });

  it('knows which message each entry is about', () => {
    const ids = samples.map(messageIdOf);
    expect(ids.filter((x) => x === 7).length).toBeGreaterThan(20);
    expect(messageIdOf(samples.find((s) => s.event.type === 'broker-restarted')!)).toBeNull();
  });
});

describe('a dead-lettered message', () => {
  it('is followed through its copies, and the copy is explained with its new routing key', () => {
    const h = new Harness();
    h.exchange('dlx', 'fanout').queue('parking').bind('parking', 'dlx');
    h.queue('work', { 'x-dead-letter-exchange': 'dlx', 'x-dead-letter-routing-key': 'parked', 'x-message-ttl': 100 });
    h.publish('', 'work', 'hello');
    h.advance(200);
    const entries = h.log.map((e, i) => broker(e, i));
    const idx = buildIndex(entries, { snapshot: h.broker.snapshot() });
    const dl = entries.find((e) => e.event.type === 'dead-lettered')!;
    const x = explainEntry(dl, idx);
    expect(en(x.summary)).toBe('Dead-lettered from `work` (expired) to exchange `dlx`');
    expect(x.lines.map((l) => en(l.phrase))).toContain('It is published again with routing key `parked` as message #2.');
    const journey = journeyOf(entries, idx, 1).map((e) => e.event.type);
    expect(journey).toEqual(['published', 'routed', 'enqueued', 'expired', 'dead-lettered', 'routed', 'enqueued']);
    expect(journeyOf(entries, idx, 2)).toHaveLength(journey.length);
    const routedCopy = entries.filter((e) => e.event.type === 'routed')[1];
    expect(explainEntry(routedCopy, idx).lines.map((l) => en(l.phrase))).toContain('fanout: every binding matches');
  });
});
