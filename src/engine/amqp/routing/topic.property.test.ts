// Property tests: the index and the trace must agree with the normative matcher on keys
// built from a tiny alphabet, where empty words, wildcards and collisions are the norm.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTopic, TopicIndex, topicMatches } from './topic';
import { explainTopicMatch } from './topic-explain';
import type { TopicStep } from './topic-explain';

const word = fc.constantFrom('', '*', '#', 'a', 'b');
const key = fc.array(word, { maxLength: 5 }).map((ws) => ws.join('.'));
// Longer keys with a word no binding can hold literally as often, for deeper backtracking.
const longKey = fc
  .array(fc.constantFrom('', '*', '#', 'a', 'b', 'c'), { maxLength: 9 })
  .map((ws) => ws.join('.'));
const value = fc.constantFrom('q1', 'q2', 'q3', 'q4');
const op = fc.record({ add: fc.boolean(), key, value });

/** The obviously-correct model: the list of pairs in insertion order, filtered by topicMatches. */
function expectedMatch(pairs: ReadonlyArray<readonly [string, string]>, rk: string): string[] {
  const out: string[] = [];
  for (const [k, v] of pairs) if (topicMatches(k, rk) && !out.includes(v)) out.push(v);
  return out;
}

describe('TopicIndex against topicMatches', () => {
  it('splitTopic round-trips and never drops a word', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (ws) => {
        const k = ws.join('.');
        expect(splitTopic(k)).toEqual(k === '' ? [] : ws);
      }),
    );
  });

  it.each([undefined, 0, 2])(
    'match = filter(topicMatches) across add/remove interleavings (cacheLimit %s)',
    (cacheLimit) => {
      fc.assert(
        fc.property(
          fc.array(op, { maxLength: 30 }),
          fc.array(key, { minLength: 1, maxLength: 6 }),
          (ops, probes) => {
            const index = new TopicIndex<string>(cacheLimit === undefined ? {} : { cacheLimit });
            let model: Array<readonly [string, string]> = [];
            for (const { add, key: k, value: v } of ops) {
              const present = model.some(([mk, mv]) => mk === k && mv === v);
              if (add) {
                index.add(k, v);
                if (!present) model.push([k, v]);
              } else {
                index.remove(k, v);
                model = model.filter(([mk, mv]) => !(mk === k && mv === v));
              }
              expect(index.size).toBe(model.length);
              // Probe after every change, twice, so a stale cache entry would be caught.
              for (const rk of probes) {
                expect(index.match(rk)).toEqual(expectedMatch(model, rk));
                expect(index.match(rk)).toEqual(expectedMatch(model, rk));
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});

describe('TopicIndex on longer keys', () => {
  it('match = filter(topicMatches) for many bindings with several # each', () => {
    fc.assert(
      fc.property(
        fc.array(longKey, { minLength: 1, maxLength: 25 }),
        fc.array(longKey, { maxLength: 8 }),
        (keys, probes) => {
          const index = new TopicIndex<number>();
          keys.forEach((k, i) => index.add(k, i % 7)); // shared values: dedupe across keys
          const pairs = keys.map((k, i) => [k, String(i % 7)] as const);
          for (const rk of probes)
            expect(index.match(rk).map(String)).toEqual(expectedMatch(pairs, rk));
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Routing words consumed by the non-failure steps, in order. */
function consumed(steps: readonly TopicStep[]): string[] {
  const out: string[] = [];
  for (const s of steps) {
    if (s.kind === 'literal') out.push(s.routingWord);
    else if (s.kind === 'star') out.push(s.takes);
    else if (s.kind === 'hash') out.push(...s.takes);
  }
  return out;
}

describe('explainTopicMatch', () => {
  it('agrees with topicMatches and accounts for every word', () => {
    fc.assert(
      fc.property(key, key, (binding, rk) => {
        const trace = explainTopicMatch(binding, rk);
        expect(trace.matched).toBe(topicMatches(binding, rk));
        expect(trace.bindingWords).toEqual(splitTopic(binding));
        expect(trace.routingWords).toEqual(splitTopic(rk));
        const words = trace.routingWords;
        const used = consumed(trace.steps);
        // Each step starts where the previous ones left off.
        let at = 0;
        trace.steps.forEach((s, i) => {
          expect(s.at).toBe(at);
          if (s.kind === 'literal') expect(s.routingWord).toBe(s.word);
          if (s.kind === 'literal' || s.kind === 'star') at += 1;
          if (s.kind === 'hash') at += s.takes.length;
          if (trace.matched) expect(s.binding).toBe(i); // one step per binding word, in order
        });
        if (trace.matched) {
          expect(used).toEqual(words);
          expect(trace.steps.length).toBe(trace.bindingWords.length);
        } else {
          expect(used).toEqual(words.slice(0, used.length));
          const last = trace.steps.at(-1);
          expect(['mismatch', 'missing-word', 'extra-words']).toContain(last?.kind);
          if (last?.kind === 'mismatch') expect(last.got).toBe(words[last.at]);
          if (last?.kind === 'mismatch') expect(last.expected).not.toBe(last.got);
          if (last?.kind === 'missing-word') expect(last.at).toBe(words.length);
          if (last?.kind === 'extra-words') expect(last.words).toEqual(words.slice(last.at));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
