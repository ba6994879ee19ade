import { describe, expect, it } from 'vitest';
import { Harness } from './test-utils/harness';
import { explainRoute } from './routing/explain';
import { compileHeaders, headersMatch } from './routing/headers';
import { toTable } from './conformance/values';
import type { Json } from './conformance/values';

const TOPIC_BINDINGS: Record<string, string> = {
  t1: 'a.b.c', t2: 'a.*.c', t3: 'a.#.b', t4: 'a.b.b.c', t5: '#', t6: '#.#', t7: '#.b', t8: '*.*', t9: 'a.*', t10: '*.b.c',
  t11: 'a.#', t12: 'a.#.#', t13: 'b.b.c', t14: 'a.b.b', t15: 'a.b', t16: 'b.c', t17: '', t18: '*.*.*', t19: 'vodka.martini',
  t20: 'a.b.c', t21: '*.#', t22: '#.*.#', t23: '*.#.#', t25: '*', t26: '#.b.#',
};

describe('topic exchange through the broker (A.4 RabbitMQ vectors)', () => {
  const cases: [string, string][] = [
    ['a.b.c', 't1 t2 t5 t6 t10 t11 t12 t18 t20 t21 t22 t23 t26'],
    ['a.b', 't3 t5 t6 t7 t8 t9 t11 t12 t15 t21 t22 t23 t26'],
    ['a.b.b', 't3 t5 t6 t7 t11 t12 t14 t18 t21 t22 t23 t26'],
    ['', 't5 t6 t17'],
    ['b.c.c', 't5 t6 t18 t21 t22 t23 t26'],
    ['a.a.a.a.a', 't5 t6 t11 t12 t21 t22 t23'],
    ['vodka.martini', 't5 t6 t8 t19 t21 t22 t23'],
    ['oneword', 't5 t6 t21 t22 t23 t25'],
  ];
  for (const [rk, expected] of cases) {
    it(`routes "${rk}" to ${expected}`, () => {
      const h = new Harness().exchange('t', 'topic');
      for (const [q, key] of Object.entries(TOPIC_BINDINGS)) h.queue(q).bind(q, 't', key);
      h.publish('t', rk, 'm');
      const routed = h.events('routed')[0];
      expect([...routed.queues].sort()).toEqual(expected.split(' ').sort());
    });
  }

  it('explains a topic match word by word', () => {
    const h = new Harness().exchange('t', 'topic').queue('q').bind('q', 't', 'notas.*.filial');
    h.publish('t', 'notas.compras.filial', 'm');
    const hop = h.events('routed')[0].hops[0];
    const [trace] = explainRoute(hop, 'topic', ['notas.compras.filial'], undefined);
    expect(trace.matched).toBe(true);
    expect(trace.kind === 'topic' && trace.traces[0].steps.map((s) => s.kind)).toEqual(['literal', 'star', 'literal']);
  });
});

describe('headers exchange (A.5 table)', () => {
  const B1 = { 'x-match': 'all', format: 'pdf', type: 'report' };
  const B2 = { 'x-match': 'any', format: 'pdf', type: 'log' };
  const B3 = { 'x-match': 'all', level: 1 };
  const rows: [Record<string, Json> | undefined, boolean, boolean, boolean][] = [
    [{ format: 'pdf', type: 'report' }, true, true, false],
    [{ format: 'pdf' }, false, true, false],
    [{ type: 'log', 'x-extra': 'z' }, false, true, false],
    [{ level: '1' }, false, false, false],
    [{ level: 1 }, false, false, true],
    [undefined, false, false, false],
  ];
  for (const [headers, m1, m2, m3] of rows) {
    it(`${JSON.stringify(headers)} -> ${m1} ${m2} ${m3}`, () => {
      const h = headers === undefined ? undefined : toTable(headers);
      expect([B1, B2, B3].map((b) => headersMatch(compileHeaders(toTable(b)), h))).toEqual([m1, m2, m3]);
    });
  }
  it('3.10 compares numbers by value, x- keys only with *-with-x, void tests presence', () => {
    const m = (b: Record<string, Json>, hd: Record<string, Json>): boolean => headersMatch(compileHeaders(toTable(b)), toTable(hd));
    expect(m({ n: 1 }, { n: { $type: 'uint8', value: 1 } })).toBe(true);
    expect(m({ n: 1 }, { n: 1.5 })).toBe(false);
    expect(m({ 'x-t': 'a' }, {})).toBe(true);
    expect(m({ 'x-match': 'all-with-x', 'x-t': 'a' }, {})).toBe(false);
    expect(m({ 'x-match': 'any-with-x', 'x-t': 'a' }, { 'x-t': 'a' })).toBe(true);
    expect(m({ k: null }, { k: 'anything' })).toBe(true);
    expect(m({ 'x-match': 'any' }, { a: 1 })).toBe(false);
  });
});

describe('exchange-to-exchange and alternate exchanges', () => {
  it('A.6 example: loops end and each queue gets one copy', () => {
    const h = new Harness().exchange('X1', 'topic').exchange('X2', 'fanout').queue('Q1').queue('Q2');
    h.bindX('X2', 'X1', 'orders.#').bind('Q1', 'X1', 'orders.eu.*').bind('Q1', 'X2').bind('Q2', 'X2').bindX('X1', 'X2');
    h.publish('X1', 'orders.eu.new', 'm');
    expect(h.ready('Q1')).toEqual(['m']);
    expect(h.ready('Q2')).toEqual(['m']);
  });

  it('A.7 example: AE only when the exchange matched nothing; AE routing nowhere is returned', () => {
    const h = new Harness().exchange('my-ae', 'fanout').exchange('my-direct', 'direct', { arguments: toTable({ 'alternate-exchange': 'my-ae' }) });
    h.queue('routed').queue('unrouted').bind('routed', 'my-direct', 'key1');
    h.publish('my-direct', 'key2', 'lost', {}, h.ch, true);
    expect(h.events('returned').map((e) => e.message.body)).toEqual(['lost']);
    h.bind('unrouted', 'my-ae');
    h.publish('my-direct', 'key1', 'a');
    h.publish('my-direct', 'key2', 'b', {}, h.ch, true);
    expect(h.ready('routed')).toEqual(['a']);
    expect(h.ready('unrouted')).toEqual(['b']);
    expect(h.events('returned')).toHaveLength(1);
  });
});
