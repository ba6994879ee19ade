// The A.4 tables (RabbitMQ's routing_SUITE topic_matching vectors and the edge cases), run
// through both the reference matcher and the index, plus the splitting rules and the trace.
import { describe, expect, it } from 'vitest';
import { splitTopic, TopicIndex, topicMatches } from './topic';
import { explainTopicMatch } from './topic-explain';

const BINDINGS: ReadonlyArray<readonly [string, string]> = [
  ['t1', 'a.b.c'],
  ['t2', 'a.*.c'],
  ['t3', 'a.#.b'],
  ['t4', 'a.b.b.c'],
  ['t5', '#'],
  ['t6', '#.#'],
  ['t7', '#.b'],
  ['t8', '*.*'],
  ['t9', 'a.*'],
  ['t10', '*.b.c'],
  ['t11', 'a.#'],
  ['t12', 'a.#.#'],
  ['t13', 'b.b.c'],
  ['t14', 'a.b.b'],
  ['t15', 'a.b'],
  ['t16', 'b.c'],
  ['t17', ''],
  ['t18', '*.*.*'],
  ['t19', 'vodka.martini'],
  ['t20', 'a.b.c'],
  ['t21', '*.#'],
  ['t22', '#.*.#'],
  ['t23', '*.#.#'],
  ['t25', '*'],
  ['t26', '#.b.#'],
];

const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ['a.b.c', 't1 t2 t5 t6 t10 t11 t12 t18 t20 t21 t22 t23 t26'],
  ['a.b', 't3 t5 t6 t7 t8 t9 t11 t12 t15 t21 t22 t23 t26'],
  ['a.b.b', 't3 t5 t6 t7 t11 t12 t14 t18 t21 t22 t23 t26'],
  ['', 't5 t6 t17'],
  ['b.c.c', 't5 t6 t18 t21 t22 t23 t26'],
  ['a.a.a.a.a', 't5 t6 t11 t12 t21 t22 t23'],
  ['vodka.martini', 't5 t6 t8 t19 t21 t22 t23'],
  ['oneword', 't5 t6 t21 t22 t23 t25'],
];

// [binding, routing key, matches?] from the A.4 edge-case table ("*.# / #.* / #.*.#" expanded).
const EDGES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['#', '', true],
  ['#.#', '', true],
  ['*', '', false],
  ['*.#', '', false],
  ['#.*', '', false],
  ['#.*.#', '', false],
  ['*.#', 'a', true],
  ['#.*', 'a', true],
  ['', '', true],
  ['', '.', false],
  ['*.*', '.', true],
  ['a.*.b', 'a..b', true],
  ['a..b', 'a..b', true],
  ['a.#.b', 'a.b', true],
  ['a.#.b', 'ab', false],
  ['a.#', 'a', true],
  ['a.b', 'a.b.', false],
  ['a#b', 'a#b', true],
  ['#.b.#', 'b', true],
];

describe('splitTopic', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a.b.c', ['a', 'b', 'c']],
    ['a..b', ['a', '', 'b']],
    ['a.', ['a', '']],
    ['.', ['', '']],
    ['..', ['', '', '']],
    ['.a', ['', 'a']],
    ['#.*', ['#', '*']],
  ])('splits %j', (key, words) => {
    expect(splitTopic(key)).toEqual(words);
  });
});

describe('A.4 test vectors', () => {
  const index = new TopicIndex<string>();
  for (const [name, key] of BINDINGS) index.add(key, name);

  it.each(EXPECTED)('topicMatches routes %j to the expected bindings', (rk, names) => {
    const got = BINDINGS.filter(([, key]) => topicMatches(key, rk)).map(([name]) => name);
    expect(got.join(' ')).toBe(names);
  });

  it.each(EXPECTED)(
    'TopicIndex routes %j to the expected bindings, in insertion order',
    (rk, names) => {
      expect(index.match(rk).join(' ')).toBe(names);
      // Second call is served from the cache and must be the same answer.
      expect(index.match(rk).join(' ')).toBe(names);
    },
  );

  it('stores t1 and t20 (same key, different values) as two pairs', () => {
    expect(index.size).toBe(BINDINGS.length);
  });
});

describe('A.4 edge cases', () => {
  it.each(EDGES)('binding %j vs routing key %j -> %s', (binding, rk, expected) => {
    expect(topicMatches(binding, rk)).toBe(expected);
    const index = new TopicIndex<string>();
    index.add(binding, 'q');
    expect(index.match(rk)).toEqual(expected ? ['q'] : []);
    expect(explainTopicMatch(binding, rk).matched).toBe(expected);
  });

  it('treats * and # in a routing key as literal words', () => {
    expect(topicMatches('a.b', 'a.*')).toBe(false);
    expect(topicMatches('a.*', 'a.#')).toBe(true);
    expect(topicMatches('#', '#')).toBe(true);
    expect(topicMatches('##', 'x')).toBe(false);
    expect(topicMatches('##', '##')).toBe(true);
  });

  it('stays fast on pathological hash patterns (memoised, not exponential)', () => {
    const binding = Array.from({ length: 40 }, () => '#').join('.') + '.x';
    const rk = Array.from({ length: 60 }, () => 'a').join('.');
    expect(topicMatches(binding, rk)).toBe(false);
    const index = new TopicIndex<string>();
    index.add(binding, 'q');
    index.add('#.a.#.a.#.a.#.a.#.y', 'r');
    expect(index.match(rk)).toEqual([]);
    expect(explainTopicMatch(binding, rk).matched).toBe(false);
  });
});

describe('TopicIndex', () => {
  it('returns each value once, at the place of its earliest matching pair', () => {
    const index = new TopicIndex<string>();
    index.add('x.y', 'q1');
    index.add('#', 'q2');
    index.add('*.y', 'q1');
    index.add('x.#', 'q3');
    index.add('#.#', 'q2');
    expect(index.match('x.y')).toEqual(['q1', 'q2', 'q3']);
    index.remove('x.y', 'q1'); // q1 still bound by *.y, which came after q2's '#'
    expect(index.match('x.y')).toEqual(['q2', 'q1', 'q3']);
  });

  it('stores a repeated pair once and ignores removal of absent pairs', () => {
    const index = new TopicIndex<object>();
    const q = {};
    index.add('a.*', q);
    index.add('a.*', q);
    expect(index.size).toBe(1);
    index.remove('a.*', {});
    index.remove('b', q);
    index.remove('a.#', q);
    expect(index.size).toBe(1);
    expect(index.match('a.b')).toEqual([q]);
    index.remove('a.*', q);
    expect(index.size).toBe(0);
    expect(index.match('a.b')).toEqual([]);
  });

  it('re-adding a removed pair puts it last', () => {
    const index = new TopicIndex<string>();
    index.add('a', 'q1');
    index.add('a', 'q2');
    index.remove('a', 'q1');
    index.add('a', 'q1');
    expect(index.match('a')).toEqual(['q2', 'q1']);
  });

  it('invalidates cached results on add and remove', () => {
    const index = new TopicIndex<string>();
    index.add('a.*', 'q1');
    expect(index.match('a.b')).toEqual(['q1']);
    index.add('#.b', 'q2');
    expect(index.match('a.b')).toEqual(['q1', 'q2']);
    index.remove('a.*', 'q1');
    expect(index.match('a.b')).toEqual(['q2']);
  });

  it('returns frozen results', () => {
    const index = new TopicIndex<string>();
    index.add('a', 'q1');
    expect(Object.isFrozen(index.match('a'))).toBe(true);
    expect(Object.isFrozen(index.match('b'))).toBe(true);
  });

  it('keeps answering correctly past the cache bound and with the cache off', () => {
    for (const cacheLimit of [0, 3]) {
      const index = new TopicIndex<string>({ cacheLimit });
      index.add('k.*', 'q');
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 10; i++) expect(index.match(`k.${i}`)).toEqual(['q']);
        expect(index.match('k')).toEqual([]);
      }
    }
  });
});

describe('explainTopicMatch', () => {
  it('explains a match word by word', () => {
    const trace = explainTopicMatch('notas.*.#', 'notas.compras.a.b');
    expect(trace.matched).toBe(true);
    expect(trace.steps).toEqual([
      { kind: 'literal', binding: 0, at: 0, word: 'notas', routingWord: 'notas' },
      { kind: 'star', binding: 1, at: 1, takes: 'compras' },
      { kind: 'hash', binding: 2, at: 2, takes: ['a', 'b'] },
    ]);
  });

  it('lets an inner # take as few words as possible', () => {
    expect(explainTopicMatch('a.#.b', 'a.b').steps).toEqual([
      { kind: 'literal', binding: 0, at: 0, word: 'a', routingWord: 'a' },
      { kind: 'hash', binding: 1, at: 1, takes: [] },
      { kind: 'literal', binding: 2, at: 1, word: 'b', routingWord: 'b' },
    ]);
    // The first b is taken by # only because the binding must end at the last b.
    expect(explainTopicMatch('#.b.c', 'b.b.c').steps[0]).toEqual({
      kind: 'hash',
      binding: 0,
      at: 0,
      takes: ['b'],
    });
  });

  it('reports a mismatched word', () => {
    const trace = explainTopicMatch('notas.vendas', 'notas.compras');
    expect(trace.matched).toBe(false);
    expect(trace.steps.at(-1)).toEqual({
      kind: 'mismatch',
      binding: 1,
      at: 1,
      expected: 'vendas',
      got: 'compras',
    });
  });

  it('reports extra routing words and a missing word', () => {
    expect(explainTopicMatch('a.*', 'a.b.c').steps.at(-1)).toEqual({
      kind: 'extra-words',
      binding: 2,
      at: 2,
      words: ['c'],
    });
    expect(explainTopicMatch('a.b', 'a').steps.at(-1)).toEqual({
      kind: 'missing-word',
      binding: 1,
      at: 1,
      expected: 'b',
    });
    expect(explainTopicMatch('*', '').steps).toEqual([
      { kind: 'missing-word', binding: 0, at: 0, expected: '*' },
    ]);
  });

  it('reports the failed attempt that got furthest', () => {
    expect(explainTopicMatch('a.#.b', 'a.c.d').steps).toEqual([
      { kind: 'literal', binding: 0, at: 0, word: 'a', routingWord: 'a' },
      { kind: 'hash', binding: 1, at: 1, takes: ['c'] },
      { kind: 'mismatch', binding: 2, at: 2, expected: 'b', got: 'd' },
    ]);
  });
});
