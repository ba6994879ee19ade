// A word-by-word account of why a topic binding key does or does not match a routing key,
// for the teaching panels. Plain data with codes and parameters only: the UI owns the words
// ("notas = notas", "# takes a.b") in every language.

import { splitTopic } from './topic-words';

/**
 * One step of the explanation. `binding` is the 0-based index of the binding word the step is
 * about; `at` is the 0-based index of the routing word where the step starts (the UI shows
 * "word at + 1").
 */
export type TopicStep =
  /** A literal binding word equal to the routing word. */
  | {
      readonly kind: 'literal';
      readonly binding: number;
      readonly at: number;
      readonly word: string;
      readonly routingWord: string;
    }
  /** '*' took exactly one routing word (possibly the empty word). */
  | { readonly kind: 'star'; readonly binding: number; readonly at: number; readonly takes: string }
  /** '#' took these routing words, possibly none. */
  | {
      readonly kind: 'hash';
      readonly binding: number;
      readonly at: number;
      readonly takes: readonly string[];
    }
  /** Failure: the literal binding word differs from the routing word. */
  | {
      readonly kind: 'mismatch';
      readonly binding: number;
      readonly at: number;
      readonly expected: string;
      readonly got: string;
    }
  /** Failure: the routing key ran out while the binding still needs `expected` ('*' or a literal). */
  | {
      readonly kind: 'missing-word';
      readonly binding: number;
      readonly at: number;
      readonly expected: string;
    }
  /** Failure: the binding key ran out while the routing key still has `words`. */
  | {
      readonly kind: 'extra-words';
      readonly binding: number;
      readonly at: number;
      readonly words: readonly string[];
    };

export interface TopicTrace {
  readonly matched: boolean;
  readonly bindingWords: readonly string[];
  readonly routingWords: readonly string[];
  /** For a match, steps that consume the routing words in order; otherwise steps ending in one failure step. */
  readonly steps: readonly TopicStep[];
}

/**
 * Explains topicMatches(bindingKey, routingKey) and always agrees with it.
 *
 * Which account to give, when there are several: the search follows the reference matcher,
 * letting each '#' take as few words as possible and backtracking left to right, so a match is
 * reported the way a person would read it off. For a failure every attempt fails; we report the
 * attempt that got furthest into the routing key (a mismatch at word i counts as reaching i + 1,
 * running out of routing words as reaching the end), the first such attempt on ties. For
 * "a.#.b" against "a.c.d" that is "# takes c; b != d", not "b != c".
 */
export function explainTopicMatch(bindingKey: string, routingKey: string): TopicTrace {
  const f = splitTopic(bindingKey);
  const t = splitTopic(routingKey);
  const steps: TopicStep[] = [];
  let bestFailure: TopicStep[] = [];
  let bestReach = -1;
  // States (fi, ti) already explored without success; their best failure is already recorded,
  // and a revisit would reach exactly as far, so it can never replace it.
  const failed = new Set<number>();
  const width = t.length + 1;

  const fail = (step: TopicStep, reach: number): false => {
    if (reach > bestReach) {
      bestReach = reach;
      bestFailure = [...steps, step];
    }
    return false;
  };

  const go = (fi: number, ti: number): boolean => {
    if (fi === f.length) {
      if (ti === t.length) return true;
      return fail({ kind: 'extra-words', binding: fi, at: ti, words: t.slice(ti) }, ti);
    }
    const word = f[fi];
    if (word === '#') {
      const state = fi * width + ti;
      if (failed.has(state)) return false;
      // A trailing '#' takes everything left; otherwise try the fewest words first.
      const from = fi === f.length - 1 ? t.length : ti;
      for (let k = from; k <= t.length; k++) {
        steps.push({ kind: 'hash', binding: fi, at: ti, takes: t.slice(ti, k) });
        if (go(fi + 1, k)) return true;
        steps.pop();
      }
      failed.add(state);
      return false;
    }
    if (ti === t.length)
      return fail({ kind: 'missing-word', binding: fi, at: ti, expected: word }, ti);
    if (word === '*') steps.push({ kind: 'star', binding: fi, at: ti, takes: t[ti] });
    else if (word === t[ti])
      steps.push({ kind: 'literal', binding: fi, at: ti, word, routingWord: t[ti] });
    else return fail({ kind: 'mismatch', binding: fi, at: ti, expected: word, got: t[ti] }, ti + 1);
    if (go(fi + 1, ti + 1)) return true;
    steps.pop();
    return false;
  };

  const matched = go(0, 0);
  return { matched, bindingWords: f, routingWords: t, steps: matched ? steps : bestFailure };
}
