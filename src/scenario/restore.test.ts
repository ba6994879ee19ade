import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { notesTopicScenario } from './presets/notes-topic';
import { restoreScenario, MAX_LISTED_ISSUES } from './restore';
import { scenarioArb } from './restore.arbitraries';
import { describeIssue, ISSUE_CODES, type IssueCode, type RestoreIssue } from './restore-issues';
import type { Scenario } from './types';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function restored(input: unknown): { scenario: Scenario; warnings: RestoreIssue[] } {
  const r = restoreScenario(input);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.errors)}`);
  return r;
}

function errorsOf(input: unknown): RestoreIssue[] {
  const r = restoreScenario(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors;
}

const queue = (id: string, extra: object = {}) => ({ id, kind: 'queue', ...extra });
const doc = (nodes: unknown, edges: unknown = [], extra: object = {}) => ({ version: 1, nodes, edges, ...extra });

describe('restoreScenario: valid documents', () => {
  it('gives back the notes preset unchanged, without warnings', () => {
    const preset = notesTopicScenario();
    const r = restored(clone(preset));
    expect(r.scenario).toEqual(preset);
    expect(r.warnings).toEqual([]);
  });

  it('round-trips any valid scenario, from objects and from JSON', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const direct = restored(s);
        expect(direct.scenario).toEqual(s);
        expect(direct.warnings).toEqual([]);
        expect(restored(clone(s)).scenario).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });

  it('never hands back a part of its input (no aliasing of untrusted data)', () => {
    const objects = (value: unknown, into = new Set<object>()): Set<object> => {
      if (typeof value === 'object' && value !== null) {
        into.add(value);
        for (const v of Object.values(value)) objects(v, into);
      }
      return into;
    };
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const input = objects(s);
        const out = objects(restored(s).scenario);
        for (const o of out) expect(input.has(o)).toBe(false);
      }),
      { numRuns: 100 },
    );
    const preset = notesTopicScenario();
    const r = restored(preset);
    r.scenario.nodes[0].position.x = 999;
    r.scenario.edges.pop();
    expect(preset).toEqual(notesTopicScenario());
  });

  it('fills missing optional fields from the editor defaults, so hand-written files load', () => {
    const r = restored({
      nodes: [
        { id: 'p', kind: 'producer', message: { routingKey: 'k' } },
        { id: 'x', kind: 'exchange', type: 'topic' },
        queue('q'),
        { id: 'c', kind: 'consumer' },
      ],
      edges: [
        { kind: 'publish', source: 'p', target: 'x' },
        { kind: 'binding', source: 'x', target: 'q', key: 'a.#' },
        { kind: 'subscription', source: 'q', target: 'c' },
      ],
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['doc.version.missing']);
    const [p, x, q, c] = r.scenario.nodes;
    expect(r.scenario).toMatchObject({ version: 1, mode: 'amqp', title: '', playback: { speed: 1 } });
    expect(p).toMatchObject({ name: 'producer', position: { x: 0, y: 0 }, confirm: false, schedule: { enabled: false, ratePerSec: 1 } });
    expect(p.kind === 'producer' && p.message).toMatchObject({ routingKey: 'k', payloadKind: 'json', headers: [], properties: { deliveryMode: 2 } });
    expect(x).toMatchObject({ type: 'topic', durable: true, internal: false, alternateExchange: '' });
    expect(q).toMatchObject({ name: 'queue', durable: true, exclusive: false, args: {} });
    expect(c).toMatchObject({ ackMode: 'manual', prefetch: 1, action: { kind: 'ack' } });
    // Generated ids for edges that had none, and binding defaults.
    expect(r.scenario.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(r.scenario.edges[1]).toMatchObject({ key: 'a.#', xMatch: 'all', args: [] });
  });

  it('gives each unnamed node a name its kind does not use yet, and treats null as missing', () => {
    const r = restored(doc([queue('a', { name: null }), queue('b', { name: 'queue' }), queue('c')]));
    expect(r.scenario.nodes.map((n) => n.name)).toEqual(['queue', 'queue', 'queue-2']);
  });

  it('ignores unknown fields and never lets __proto__ through', () => {
    const input = JSON.parse('{"version":1,"extra":{"x":1},"__proto__":{"polluted":true},"nodes":[{"id":"q","kind":"queue","__proto__":{"durable":false},"color":"red"}]}') as unknown;
    const r = restored(input);
    expect(r.scenario.nodes[0]).toEqual({ id: 'q', kind: 'queue', position: { x: 0, y: 0 }, name: 'queue', durable: true, exclusive: false, autoDelete: false, args: {} });
    expect(Object.keys(r.scenario)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('restoreScenario: edges that make no sense are dropped, with a warning', () => {
  const nodes = [
    { id: 'p', kind: 'producer' },
    { id: 'x', kind: 'exchange' },
    queue('q'),
    queue('q2'),
    { id: 'c', kind: 'consumer' },
  ];
  const cases: [string, unknown, IssueCode][] = [
    ['not an object', 'e', 'edge.not-object'],
    ['unknown kind', { kind: 'pipe', source: 'p', target: 'x' }, 'edge.kind.unknown'],
    ['missing node', { kind: 'publish', source: 'p', target: 'nope' }, 'edge.missing-node'],
    ['a loop', { kind: 'binding', source: 'x', target: 'x' }, 'edge.same-node'],
    ['wrong direction', { kind: 'subscription', source: 'c', target: 'q' }, 'edge.wrong-kinds'],
    ['wrong kind for the nodes', { kind: 'publish', source: 'x', target: 'q' }, 'edge.wrong-kinds'],
    ['producer to consumer', { kind: 'publish', source: 'p', target: 'c' }, 'edge.wrong-kinds'],
  ];
  it.each(cases)('%s', (_name, edge, code) => {
    const r = restored(doc(nodes, [edge, { id: 'ok', kind: 'publish', source: 'p', target: 'x' }]));
    expect(r.warnings).toEqual([expect.objectContaining({ code, path: 'edges[0]' })]);
    expect(r.scenario.edges.map((e) => e.id)).toEqual(['ok']);
  });

  it('keeps the first of edges that cannot coexist', () => {
    const r = restored(
      doc(nodes, [
        { id: 'a', kind: 'publish', source: 'p', target: 'x' },
        { id: 'b', kind: 'publish', source: 'p', target: 'q' },
        { id: 'c', kind: 'subscription', source: 'q', target: 'c' },
        { id: 'd', kind: 'subscription', source: 'q2', target: 'c' },
        { id: 'e', kind: 'binding', source: 'x', target: 'q', key: 'k' },
        { id: 'f', kind: 'binding', source: 'x', target: 'q', key: 'k' },
        { id: 'g', kind: 'binding', source: 'x', target: 'q', key: 'other' },
      ]),
    );
    expect(r.scenario.edges.map((e) => e.id)).toEqual(['a', 'c', 'e', 'g']);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([
      ['edge.producer-has-target', 'edges[1]'],
      ['edge.consumer-has-queue', 'edges[3]'],
      ['edge.duplicate-binding', 'edges[5]'],
    ]);
  });

  it('drops a binding with a bad field and says which field', () => {
    const r = restored(doc(nodes, [{ id: 'b', kind: 'binding', source: 'x', target: 'q', key: 'k'.repeat(256), xMatch: 'some' }]));
    expect(r.scenario.edges).toEqual([]);
    expect(r.warnings).toEqual([
      { code: 'value.too-long', path: 'edges[0].key', params: { max: 255 } },
      { code: 'value.not-one-of', path: 'edges[0].xMatch', params: { allowed: 'all, any, all-with-x, any-with-x' } },
      { code: 'edge.dropped', path: 'edges[0]' },
    ]);
  });

  it('renumbers repeated or unusable edge ids without taking an id written later', () => {
    const r = restored(
      doc(nodes, [
        { id: 'e2', kind: 'publish', source: 'p', target: 'x' },
        { id: 'e2', kind: 'binding', source: 'x', target: 'q' },
        { id: 42, kind: 'binding', source: 'x', target: 'q2' },
        { id: 'e1', kind: 'subscription', source: 'q', target: 'c' },
      ]),
    );
    expect(r.scenario.edges.map((e) => e.id)).toEqual(['e2', 'e3', 'e4', 'e1']);
    expect(r.warnings).toEqual([
      { code: 'edge.id.duplicate', path: 'edges[1]', params: { id: 'e3' } },
      { code: 'edge.id.invalid', path: 'edges[2]', params: { id: 'e4' } },
    ]);
  });
});

describe('restoreScenario: refusals', () => {
  it('says where a value is wrong and why, for every field it finds', () => {
    const errors = errorsOf(
      doc([
        queue('q', { name: 'é'.repeat(128), args: { messageTtl: -1, overflow: 'spill' } }),
        { id: 'c', kind: 'consumer', prefetch: 1.5, ackMode: 'auto', exclusive: 'yes' },
        { id: 'p', kind: 'producer', message: { headers: [{ key: 'a', value: { kind: 'int', value: 1 } }, { key: 'a' }], properties: { expiration: '1s' } } },
      ]),
    );
    expect(errors).toEqual([
      { code: 'value.too-long', path: 'nodes[0].name', params: { max: 255 } },
      { code: 'value.out-of-range', path: 'nodes[0].args.messageTtl', params: { min: 0, max: 4294967295 } },
      { code: 'value.not-one-of', path: 'nodes[0].args.overflow', params: { allowed: 'drop-head, reject-publish, reject-publish-dlx' } },
      { code: 'value.not-integer', path: 'nodes[1].prefetch' },
      { code: 'value.not-boolean', path: 'nodes[1].exclusive' },
      { code: 'value.duplicate-key', path: 'nodes[2].message.headers[1].key', params: { key: 'a' } },
      { code: 'value.not-digits', path: 'nodes[2].message.properties.expiration' },
    ]);
  });

  it('accepts a 255-byte name and refuses 256 bytes', () => {
    expect(restoreScenario(doc([queue('q', { name: 'é'.repeat(127) + 'a' })])).ok).toBe(true);
    expect(restoreScenario(doc([queue('q', { name: 'é'.repeat(128) })])).ok).toBe(false);
  });

  it('refuses a document from a newer BrokerLab clearly, whatever else it holds', () => {
    expect(errorsOf({ version: 2, nodes: 'anything' })).toEqual([
      { code: 'doc.version.newer', path: 'version', params: { version: 2, supported: 1 } },
    ]);
  });

  it('checks the node and edge counts before reading any of them', () => {
    const many = { length: 501 };
    expect(errorsOf(doc(Array.from(many, (_, i) => queue(`q${i}`))))[0]).toMatchObject({ code: 'doc.too-many-nodes', params: { max: 500, count: 501 } });
    const edges = new Array<unknown>(2001);
    expect(errorsOf(doc([], edges))[0]).toMatchObject({ code: 'doc.too-many-edges', params: { max: 2000, count: 2001 } });
  });

  it('lists at most MAX_LISTED_ISSUES problems and counts the rest', () => {
    const nodes = Array.from({ length: 80 }, (_, i) => queue(`q${i}`, { durable: 'no' }));
    const errors = errorsOf(doc(nodes));
    expect(errors).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(errors.at(-1)).toEqual({ code: 'doc.more-issues', path: '', params: { count: 80 - MAX_LISTED_ISSUES } });
  });

  it('survives live objects whose getters throw', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); }, getOwnPropertyDescriptor: () => { throw new Error('no'); } });
    expect(errorsOf(hostile)).toEqual([{ code: 'doc.unreadable', path: '' }]);
  });
});

describe('every issue code', () => {
  const nodes = [{ id: 'p', kind: 'producer' }, { id: 'x', kind: 'exchange' }, queue('q'), queue('q2'), { id: 'c', kind: 'consumer' }];
  const reach: Record<IssueCode, unknown> = {
    'doc.not-object': [],
    'doc.unreadable': new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('no'); } }),
    'doc.version.missing': { nodes: [] },
    'doc.version.invalid': { version: '1' },
    'doc.version.newer': { version: 99 },
    'doc.version.unsupported': { version: 0 },
    'doc.migration.failed': null, // needs a migration table: migrations.test.ts
    'doc.mode.unsupported': { version: 1, mode: 'kafka' },
    'doc.too-many-nodes': doc(new Array<unknown>(501)),
    'doc.too-many-edges': doc([], new Array<unknown>(2001)),
    'doc.more-issues': doc(Array.from({ length: 60 }, (_, i) => queue(`q${i}`, { durable: 1 }))),
    'node.id.missing': doc([{ kind: 'queue' }]),
    'node.id.duplicate': doc([queue('q'), queue('q')]),
    'node.kind.unknown': doc([{ id: 'a', kind: 'stream' }]),
    'value.not-string': doc([queue('q', { name: 3 })]),
    'value.not-number': doc([queue('q', { position: { x: 'left' } })]),
    'value.not-integer': doc([queue('q', { args: { maxLength: 0.5 } })]),
    'value.not-boolean': doc([queue('q', { durable: 'true' })]),
    'value.not-object': doc([queue('q', { args: [] })]),
    'value.not-array': doc({}),
    'value.out-of-range': doc([], [], { playback: { speed: 0 } }),
    'value.empty': doc([{ id: 'p', kind: 'producer', message: { headers: [{ key: '' }] } }]),
    'value.too-long': doc([], [], { title: 't'.repeat(256) }),
    'value.too-many': doc([{ id: 'p', kind: 'producer', message: { headers: new Array<unknown>(65) } }]),
    'value.not-one-of': doc([{ id: 'x', kind: 'exchange', type: 'x-delayed' }]),
    'value.not-digits': doc([{ id: 'p', kind: 'producer', message: { properties: { expiration: '-1' } } }]),
    'value.duplicate-key': doc([{ id: 'p', kind: 'producer', message: { headers: [{ key: 'h' }, { key: 'h' }] } }]),
    'edge.not-object': doc(nodes, [null]),
    'edge.id.invalid': doc(nodes, [{ id: '', kind: 'publish', source: 'p', target: 'x' }]),
    'edge.id.duplicate': doc(nodes, [{ id: 'a', kind: 'publish', source: 'p', target: 'x' }, { id: 'a', kind: 'binding', source: 'x', target: 'q' }]),
    'edge.kind.unknown': doc(nodes, [{ kind: 'x' }]),
    'edge.missing-node': doc(nodes, [{ kind: 'publish', source: 'p' }]),
    'edge.same-node': doc(nodes, [{ kind: 'publish', source: 'p', target: 'p' }]),
    'edge.wrong-kinds': doc(nodes, [{ kind: 'binding', source: 'q', target: 'c' }]),
    'edge.producer-has-target': doc(nodes, [{ kind: 'publish', source: 'p', target: 'x' }, { kind: 'publish', source: 'p', target: 'q' }]),
    'edge.consumer-has-queue': doc(nodes, [{ kind: 'subscription', source: 'q', target: 'c' }, { kind: 'subscription', source: 'q2', target: 'c' }]),
    'edge.duplicate-binding': doc(nodes, [{ kind: 'binding', source: 'x', target: 'q' }, { kind: 'binding', source: 'x', target: 'q' }]),
    'edge.dropped': doc(nodes, [{ kind: 'binding', source: 'x', target: 'q', args: 'none' }]),
  };

  it.each(ISSUE_CODES.filter((c) => reach[c] !== null))('%s is reachable', (code) => {
    const r = restoreScenario(reach[code]);
    const issues = r.ok ? r.warnings : r.errors;
    expect(issues.map((i) => i.code)).toContain(code);
  });

  it.each(ISSUE_CODES)('%s has words in both languages, with every parameter filled', (code) => {
    const issue: RestoreIssue = { code, path: 'nodes[0]', params: { max: 9, min: 1, count: 2, version: 3, supported: 1, from: 0, mode: 'm', id: 'i', kind: 'binding', node: 'n', key: 'k', allowed: 'a', to: 'queue' } };
    for (const lang of ['en', 'pt-BR'] as const) {
      const text = describeIssue(issue, (key, params) => translate(lang, key, params));
      expect(text.startsWith('nodes[0]: ')).toBe(true);
      expect(text).not.toMatch(/\{\w+\}|scenario\.issue/);
    }
  });

  it('words node and edge kinds in the reader’s language', () => {
    const issue: RestoreIssue = { code: 'edge.wrong-kinds', path: '', params: { kind: 'subscription', from: 'consumer', to: 'queue' } };
    expect(describeIssue(issue, (k, p) => translate('en', k, p))).toBe('A subscription cannot go from a Consumer to a Queue; it was removed.');
    expect(describeIssue(issue, (k, p) => translate('pt-BR', k, p))).toContain('assinatura não pode ir de Consumidor para Fila');
  });
});
