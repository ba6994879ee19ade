import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import example from './fixtures/definitions-example.json';
import { notesTopicScenario } from '../presets/notes-topic';
import { scenarioArb } from '../restore.arbitraries';
import type { ExchangeNode, QueueNode, Scenario } from '../types';
import { scenarioToDefinitions, fileBaseName } from './export';
import { definitionsFromJsonText, definitionsToScenario, MAX_NOTES } from './import';
import { topologyLines } from './topology-lines';
import type { DefinitionsNote } from './types';

const codes = (notes: readonly DefinitionsNote[]) => notes.map((n) => n.code);

function importExample() {
  const r = definitionsToScenario(example, { title: 'example' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
}

describe('definitions import (the real RabbitMQ 3.10.8 example)', () => {
  it('reads every exchange, queue and binding with its settings and arguments', () => {
    const { scenario } = importExample();
    const exchanges = scenario.nodes.filter((n): n is ExchangeNode => n.kind === 'exchange');
    const queues = scenario.nodes.filter((n): n is QueueNode => n.kind === 'queue');
    expect(exchanges.map((x) => `${x.name}:${x.type}`).sort()).toEqual(
      ['by-headers:headers', 'dlx:direct', 'orders.audit:fanout', 'transient:direct', 'orders:topic', 'orders.ae:fanout'].sort(),
    );
    expect(exchanges.find((x) => x.name === 'orders')?.alternateExchange).toBe('orders.ae');
    expect(exchanges.find((x) => x.name === 'orders.audit')?.internal).toBe(true);
    expect(exchanges.find((x) => x.name === 'transient')?.durable).toBe(false);
    expect(queues).toHaveLength(9);
    const q = (name: string) => queues.find((x) => x.name === name);
    expect(q('orders.eu')?.args).toEqual({ deadLetterExchange: 'dlx', deadLetterRoutingKey: 'orders.dead', messageTtl: 60000 });
    expect(q('orders.us')?.args).toEqual({ deadLetterExchange: 'dlx', maxLength: 1000, overflow: 'reject-publish' });
    expect(q('jobs.quorum')?.args).toEqual({ deliveryLimit: 5, queueType: 'quorum' });
    expect(q('jobs.priority')?.args).toEqual({ maxPriority: 10 });
    expect(q('orders.audit.log')?.args).toEqual({ maxLengthBytes: 1048576 });
    expect(q('scratch')?.durable).toBe(false);
    expect(scenario.edges).toHaveLength(9);
    const headers = scenario.edges.find((e) => e.kind === 'binding' && e.key === '' && e.xMatch === 'any');
    expect(headers && headers.kind === 'binding' && headers.args).toEqual([
      { key: 'priority', value: { kind: 'string', value: 'high' } },
      { key: 'urgent', value: { kind: 'bool', value: true } },
    ]);
  });

  it('says producers and consumers are not in definitions, and reports the policy it did not apply', () => {
    const { notes } = importExample();
    expect(codes(notes)).toEqual(['import.no-clients', 'import.policy']);
    expect(notes[1].params).toMatchObject({ name: 'ttl-for-jobs', pattern: '^jobs\\.priority$', applyTo: 'queues' });
  });

  it('lays the topology out left to right: a queue right of its exchange, a dead-letter exchange right of its queue', () => {
    const { scenario } = importExample();
    const x = (name: string) => scenario.nodes.find((n) => n.name === name)?.position.x ?? NaN;
    expect(x('orders.eu')).toBeGreaterThan(x('orders'));
    expect(x('orders.audit')).toBeGreaterThan(x('orders'));
    expect(x('orders.audit.log')).toBeGreaterThan(x('orders.audit'));
    expect(x('orders.ae')).toBeGreaterThan(x('orders'));
    expect(x('dlx')).toBeGreaterThan(x('orders.eu'));
    expect(x('orders.dead')).toBeGreaterThan(x('dlx'));
    const spots = scenario.nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('exports again to the same topology (round trip)', () => {
    const { scenario } = importExample();
    const again = scenarioToDefinitions(scenario).definitions;
    expect(topologyLines(again)).toEqual(topologyLines(example));
  });
});

describe('definitions export', () => {
  it('writes the notes example as definitions for vhost "/" and says what definitions cannot hold', () => {
    const { definitions, notes } = scenarioToDefinitions(notesTopicScenario());
    expect(definitions.exchanges).toEqual([
      { name: 'notas', vhost: '/', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: {} },
    ]);
    expect(definitions.queues.map((q) => q.name)).toEqual(['filial', 'compras']);
    expect(definitions.bindings).toEqual([
      { source: 'notas', vhost: '/', destination: 'filial', destination_type: 'queue', routing_key: 'notas.*.filial', arguments: {} },
      { source: 'notas', vhost: '/', destination: 'compras', destination_type: 'queue', routing_key: 'notas.compras.*', arguments: {} },
    ]);
    expect(notes).toEqual([
      { code: 'export.producers', params: { count: 1 } },
      { code: 'export.consumers', params: { count: 2 } },
    ]);
  });

  it('leaves out exclusive queues (and their bindings) and predeclared amq.* exchanges, and reports both', () => {
    const base = notesTopicScenario();
    const doc: Scenario = {
      ...base,
      nodes: base.nodes.map((n) => (n.kind === 'queue' && n.name === 'filial' ? { ...n, exclusive: true } : n.kind === 'exchange' ? { ...n, name: 'amq.topic' } : n)),
    };
    const { definitions, notes } = scenarioToDefinitions(doc);
    expect(definitions.queues.map((q) => q.name)).toEqual(['compras']);
    expect(definitions.exchanges).toEqual([]);
    expect(definitions.bindings.map((b) => `${b.source}->${b.destination}`)).toEqual(['amq.topic->compras']);
    expect(codes(notes)).toEqual(['export.producers', 'export.consumers', 'export.predeclared-exchange', 'export.exclusive-queue', 'export.binding-skipped']);
  });

  it('writes x-arguments, the alternate exchange and headers binding arguments with their JSON types', () => {
    const { scenario } = importExample();
    const d = scenarioToDefinitions(scenario).definitions;
    expect(d.exchanges.find((x) => x.name === 'orders')?.arguments).toEqual({ 'alternate-exchange': 'orders.ae' });
    expect(d.queues.find((q) => q.name === 'jobs.quorum')?.arguments).toEqual({ 'x-delivery-limit': 5, 'x-queue-type': 'quorum' });
    expect(d.bindings.find((b) => b.destination === 'reports.pdf')?.arguments).toEqual({ format: 'pdf', type: 'report', 'x-match': 'all' });
  });

  it('any scenario exports to definitions that import back to the same topology', () => {
    fc.assert(
      fc.property(scenarioArb(10), (doc) => {
        const first = scenarioToDefinitions(doc).definitions;
        if (first.exchanges.length + first.queues.length === 0) return;
        const back = definitionsToScenario(JSON.parse(JSON.stringify(first)));
        if (!back.ok) throw new Error(JSON.stringify(back.error));
        expect(topologyLines(scenarioToDefinitions(back.scenario).definitions)).toEqual(topologyLines(first));
      }),
      { numRuns: 60 },
    );
  });

  it('names files after the title', () => {
    expect(fileBaseName('Pedidos & DLX — ação!')).toBe('pedidos-dlx-acao');
    expect(fileBaseName('   ')).toBe('scenario');
  });
});

describe('definitions import reports everything it does not carry over', () => {
  const base = (extra: Record<string, unknown>) => ({ exchanges: [], queues: [{ name: 'q', vhost: '/', durable: true, auto_delete: false, arguments: {} }], bindings: [], ...extra });
  const importOk = (input: unknown) => {
    const r = definitionsToScenario(input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r;
  };

  it('users, permissions, parameters, global parameters, policies, operator policies and unknown sections', () => {
    const r = importOk(
      base({
        users: [{ name: 'guest' }],
        permissions: [{ user: 'guest' }],
        topic_permissions: [{ user: 'guest' }],
        parameters: [{ component: 'shovel' }],
        global_parameters: [{ name: 'cluster_name' }],
        policies: [{ name: 'p', pattern: '.*', 'apply-to': 'all', definition: { 'max-length': 5 }, vhost: '/' }],
        operator_policies: [{ name: 'op', pattern: '.*', definition: {} }],
        shovels: [],
      }),
    );
    expect(codes(r.notes).sort()).toEqual(
      ['import.no-clients', 'import.users', 'import.permissions', 'import.topic-permissions', 'import.parameters', 'import.global-parameters', 'import.policy', 'import.operator-policy', 'import.unknown-section'].sort(),
    );
  });

  it('other virtual hosts, with their entry counts', () => {
    const r = importOk({
      vhosts: [{ name: '/' }, { name: 'empty' }],
      queues: [
        { name: 'a', vhost: '/', durable: true, auto_delete: false, arguments: {} },
        { name: 'b', vhost: 'other', durable: true, auto_delete: false, arguments: {} },
      ],
      exchanges: [{ name: 'x', vhost: 'other', type: 'direct', durable: true, auto_delete: false, internal: false, arguments: {} }],
      bindings: [],
    });
    expect(r.vhost).toBe('/');
    expect(r.scenario.nodes.map((n) => n.name)).toEqual(['a']);
    expect(r.notes.filter((n) => n.code === 'import.other-vhost').map((n) => n.params)).toEqual([
      { vhost: 'other', count: 2 },
      { vhost: 'empty', count: 0 },
    ]);
  });

  it('a file without "/" imports its largest vhost and says which', () => {
    const r = importOk({ queues: [{ name: 'a', vhost: 'shop', durable: true, auto_delete: false, arguments: {} }] });
    expect(r.vhost).toBe('shop');
    expect(codes(r.notes)).toContain('import.vhost-chosen');
  });

  it('unknown exchange types, their bindings, and exchange arguments other than alternate-exchange', () => {
    const r = importOk(
      base({
        exchanges: [
          { name: 'delayed', type: 'x-delayed-message', durable: true, auto_delete: false, internal: false, arguments: { 'x-delayed-type': 'direct' } },
          { name: 'hash', type: 'direct', durable: true, auto_delete: false, internal: false, arguments: { 'x-custom': 1 } },
        ],
        bindings: [{ source: 'delayed', destination: 'q', destination_type: 'queue', routing_key: 'k', arguments: {} }],
      }),
    );
    expect(r.notes.find((n) => n.code === 'import.exchange-type')?.params).toEqual({ name: 'delayed', type: 'x-delayed-message' });
    expect(r.notes.find((n) => n.code === 'import.exchange-argument')?.params).toMatchObject({ name: 'hash', key: 'x-custom' });
    expect(r.notes.find((n) => n.code === 'import.binding-missing-end')?.params).toEqual({ source: 'delayed', destination: 'q' });
    expect(r.scenario.nodes.map((n) => n.name).sort()).toEqual(['hash', 'q']);
  });

  it('queue arguments it does not model, bad values, stream queues, reserved and exclusive queues', () => {
    const r = importOk({
      queues: [
        { name: 'lazy', durable: true, auto_delete: false, arguments: { 'x-queue-mode': 'lazy', 'x-message-ttl': -5, 'x-max-priority': 10 } },
        { name: 'events', durable: true, auto_delete: false, arguments: { 'x-queue-type': 'stream' } },
        { name: 'amq.gen-abc', durable: false, auto_delete: true, arguments: {} },
        { name: 'mine', durable: false, auto_delete: true, exclusive: true, arguments: {} },
      ],
    });
    expect(codes(r.notes)).toEqual(['import.no-clients', 'import.queue-argument', 'import.queue-argument-value', 'import.queue-type', 'import.reserved-queue', 'import.exclusive-queue']);
    const lazy = r.scenario.nodes.find((n) => n.name === 'lazy');
    expect(lazy?.kind === 'queue' && lazy.args).toEqual({ maxPriority: 10 });
    expect(r.scenario.nodes.map((n) => n.name)).toEqual(['lazy', 'events', 'mine']);
  });

  it('bindings from the default exchange, to missing queues, with arguments a non-headers exchange ignores, and repeats', () => {
    const r = importOk(
      base({
        exchanges: [{ name: 'd', type: 'direct', durable: true, auto_delete: false, internal: false, arguments: {} }],
        bindings: [
          { source: '', destination: 'q', destination_type: 'queue', routing_key: 'q', arguments: {} },
          { source: 'd', destination: 'nope', destination_type: 'queue', routing_key: 'k', arguments: {} },
          { source: 'd', destination: 'q', destination_type: 'queue', routing_key: 'k', arguments: { a: 1 } },
          { source: 'd', destination: 'q', destination_type: 'queue', routing_key: 'k', arguments: { a: 2 } },
          { source: 'amq.topic', destination: 'q', destination_type: 'queue', routing_key: '#', arguments: {} },
        ],
      }),
    );
    expect(codes(r.notes)).toEqual([
      'import.no-clients',
      'import.binding-default-exchange',
      'import.binding-missing-end',
      'import.binding-argument',
      'import.binding-argument',
      'import.binding-duplicate',
      'import.predeclared-exchange-added',
    ]);
    expect(r.scenario.edges).toHaveLength(2);
    expect(r.scenario.nodes.find((n) => n.name === 'amq.topic')?.kind).toBe('exchange');
  });

  it('malformed entries and unknown fields are reported, the rest loads', () => {
    const r = importOk(
      base({
        exchanges: ['nope', { name: 'e', type: 'fanout', durable: 'yes' }, { name: 'f', type: 'fanout', colour: 'red' }],
        bindings: [{ source: 'f', destination: 'q', destination_type: 'table' }],
      }),
    );
    expect(codes(r.notes)).toEqual(['import.no-clients', 'import.bad-entry', 'import.bad-entry', 'import.unknown-field', 'import.bad-entry']);
    expect(r.scenario.nodes.map((n) => n.name).sort()).toEqual(['f', 'q']);
  });

  it('caps the list of notes', () => {
    const queues = Array.from({ length: 200 }, (_, i) => ({ name: `q${i}`, arguments: { 'x-queue-mode': 'lazy' } }));
    const r = importOk({ queues });
    expect(r.notes.length).toBe(MAX_NOTES + 1);
    expect(r.notes.at(-1)).toEqual({ code: 'import.more-notes', params: { count: 200 + 1 - MAX_NOTES } });
  });
});

describe('definitions import refuses what is not definitions, and never throws', () => {
  it.each([
    ['', 'empty'],
    ['{', 'not-json'],
    ['[]', 'not-definitions'],
    ['{"hello": 1}', 'not-definitions'],
    ['{"queues": {}}', 'not-definitions'],
    ['{"format": "brokerlab-scenario", "nodes": []}', 'brokerlab-scenario'],
    ['{"queues": [], "exchanges": [], "policies": [{"name": "p"}]}', 'nothing-to-import'],
  ])('%j → %s', (text, code) => {
    const r = definitionsFromJsonText(text);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it('refuses too many entries and too many nodes before building anything', () => {
    const many = (n: number) => ({ queues: Array.from({ length: n }, (_, i) => ({ name: `q${i}` })) });
    const a = definitionsToScenario(many(30_000));
    expect(a.ok ? 'ok' : a.error.code).toBe('too-many');
    const b = definitionsToScenario(many(600));
    expect(b.ok ? 'ok' : b.error).toEqual({ code: 'too-many', params: { count: 600, max: 500 } });
  });

  it('hostile input: prototype keys, deep nesting, random JSON', () => {
    expect(definitionsFromJsonText('{"__proto__": {"queues": [1]}, "queues": [{"name": "q", "__proto__": {"durable": 5}}]}').ok).toBe(true);
    expect(definitionsFromJsonText(`{"queues": [{"name": "q", "arguments": {"x": ${'['.repeat(5000)}${']'.repeat(5000)}}}]}`).ok).toBe(true);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = definitionsToScenario({ queues: [value], exchanges: [value], bindings: [value], policies: [value] });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

