// A deterministic, realistic topic topology for the routing benchmark (scripts/bench/topic.ts).
// Lives beside the index so the engine's benchmark and any test can build the same topology;
// the timing itself stays in scripts/, where the wall clock is allowed.

import { topicMatches } from './topic-words';

export interface TopicTopologyOptions {
  readonly bindings: number;
  readonly keys: number;
  /** Target average number of bindings matching each routing key. */
  readonly perKeyMatches: number;
  readonly seed?: number;
}

export interface TopicTopology {
  readonly bindings: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly routingKeys: readonly string[];
  /** Sum over routing keys of the bindings (not queues) that match it. */
  readonly totalMatches: number;
}

/** mulberry32: tiny, fast, good enough for picking words. */
function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const vocab = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}`);
// Routing keys look like "<domain>.<service>.<event>.<region>", e.g. "orders3.billing7.created12.eu2".
const LEVELS = [vocab('orders', 12), vocab('svc', 15), vocab('evt', 20), vocab('region', 8)];

// Binding shapes by word: 'L' keeps the key's word, '*' and '#' are wildcards. A mix of exact
// keys, single-word wildcards and '#' at the start, middle and end, as classroom topologies use.
const SHAPES = [
  'LLLL',
  'LLL*',
  'LL*L',
  'L*LL',
  '*LLL',
  'LL#',
  'L#LL',
  '#LL',
  'LLL#',
  '**LL',
  '#LL#',
  'L#L',
];

function shape(words: readonly string[], pattern: string): string[] {
  const out: string[] = [];
  let w = 0;
  for (const c of pattern) {
    if (c === '#') {
      // '#' stands for the words it would skip in the template: one in the middle, or all
      // remaining words at the end.
      out.push('#');
      const remainingLiterals = pattern.length - out.length;
      w = words.length - remainingLiterals;
    } else {
      out.push(c === '*' ? '*' : words[w]);
      w++;
    }
  }
  return out;
}

export function buildTopicTopology(opts: TopicTopologyOptions): TopicTopology {
  const rnd = prng(opts.seed ?? 0x7091c);
  const combos = LEVELS.reduce((n, level) => n * level.length, 1);
  if (opts.keys > combos / 2)
    throw new RangeError(`at most ${Math.floor(combos / 2)} routing keys`);

  const keySet = new Set<string>();
  const keyWords: string[][] = [];
  while (keySet.size < opts.keys) {
    const words = LEVELS.map((level) => level[rnd(level.length)]);
    const key = words.join('.');
    if (!keySet.has(key)) {
      keySet.add(key);
      keyWords.push(words);
    }
  }
  const routingKeys = [...keySet];
  const queues = Math.max(1, Math.round(opts.bindings / 4));
  const bindings: Array<{ key: string; value: string }> = [];
  const value = (): string => `q${rnd(queues)}`;

  // Live bindings, derived from real routing keys, until the match budget is spent. A
  // candidate whose fan-out would overshoot the budget is skipped, so the average lands close.
  let budget = opts.keys * opts.perKeyMatches;
  let totalMatches = 0;
  for (
    let attempts = 0;
    bindings.length < opts.bindings && budget > 0 && attempts < opts.bindings * 20;
    attempts++
  ) {
    const key = shape(keyWords[rnd(keyWords.length)], SHAPES[rnd(SHAPES.length)]).join('.');
    let fanout = 0;
    for (const rk of routingKeys) if (topicMatches(key, rk)) fanout++;
    if (fanout > budget) continue;
    bindings.push({ key, value: value() });
    budget -= fanout;
    totalMatches += fanout;
  }
  // Dead bindings: the same shapes, sharing prefixes with live keys (so the trie walk goes
  // deep), with one literal swapped for a word no routing key contains.
  while (bindings.length < opts.bindings) {
    const words = shape(keyWords[rnd(keyWords.length)], SHAPES[rnd(SHAPES.length)]);
    const literals = words.flatMap((w, i) => (w === '*' || w === '#' ? [] : [i]));
    const at = literals[rnd(literals.length)];
    words[at] = `${words[at]}x${rnd(1000)}`;
    bindings.push({ key: words.join('.'), value: value() });
  }
  // Live and dead bindings interleaved, as a real topology is declared.
  for (let i = bindings.length - 1; i > 0; i--) {
    const j = rnd(i + 1);
    [bindings[i], bindings[j]] = [bindings[j], bindings[i]];
  }
  return { bindings, routingKeys, totalMatches };
}
