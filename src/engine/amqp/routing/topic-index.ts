// The topic-exchange routing index: a word trie plus a per-routing-key result cache.
// Why both: scanning every binding costs O(bindings) per message (~16k msg/s at 10k bindings);
// the trie makes a lookup proportional to the paths the routing key can actually take; the
// cache makes the common case (a few hundred distinct routing keys, bindings that rarely
// change) a single Map lookup, independent of the number of bindings.

import { splitTopic } from './topic-words';

/** One value wherever it is bound; `gen`/`best` let match() dedupe without allocating a Set. */
interface ValueRecord<T> {
  readonly value: T;
  refs: number; // how many (key, value) pairs hold this value
  gen: number; // last match() generation that reached this value
  best: number; // smallest pair seq seen in that generation: the value's place in the result
}

interface Entry<T> {
  readonly seq: number; // insertion order of the (key, value) pair
  readonly rec: ValueRecord<T>;
}

class TrieNode<T> {
  literal: Map<string, TrieNode<T>> | null = null;
  star: TrieNode<T> | null = null;
  hash: TrieNode<T> | null = null;
  /** Values bound with the key that ends here, by value (so the same pair is stored once). */
  readonly entries = new Map<T, Entry<T>>();
  /** For a '#' node: the last match() generation that explored it (see enterHash). */
  visitedIn = 0;

  isEmpty(): boolean {
    return (
      this.entries.size === 0 && this.literal === null && this.star === null && this.hash === null
    );
  }
}

const EMPTY: readonly never[] = Object.freeze([]);
const bySeq = (a: ValueRecord<unknown>, b: ValueRecord<unknown>): number => a.best - b.best;

export interface TopicIndexOptions {
  /** Distinct routing keys cached before the cache is dropped and refilled. 0 disables it. */
  readonly cacheLimit?: number;
}

export class TopicIndex<T> {
  private readonly root = new TrieNode<T>();
  private readonly records = new Map<T, ValueRecord<T>>();
  private readonly cache = new Map<string, readonly T[]>();
  private readonly cacheLimit: number;
  private pairs = 0;
  private seq = 0;
  private gen = 0;
  // Scratch state of the match in progress, kept on the instance so a match allocates
  // nothing but its result array.
  private words: string[] = [];
  private readonly found: ValueRecord<T>[] = [];

  constructor(options: TopicIndexOptions = {}) {
    // A few thousand keys covers a classroom topology many times over, and a bound means a
    // stream of unique routing keys (ids in the key) cannot grow memory without limit.
    this.cacheLimit = options.cacheLimit ?? 4096;
  }

  get size(): number {
    return this.pairs;
  }

  add(bindingKey: string, value: T): void {
    let node = this.root;
    for (const word of splitTopic(bindingKey)) node = child(node, word);
    if (node.entries.has(value)) return;
    let rec = this.records.get(value);
    if (rec === undefined) {
      rec = { value, refs: 0, gen: 0, best: 0 };
      this.records.set(value, rec);
    }
    rec.refs++;
    node.entries.set(value, { seq: this.seq++, rec });
    this.pairs++;
    this.cache.clear();
  }

  remove(bindingKey: string, value: T): void {
    const path: TrieNode<T>[] = [this.root];
    const words = splitTopic(bindingKey);
    for (const word of words) {
      const next = existingChild(path[path.length - 1], word);
      if (next === null) return;
      path.push(next);
    }
    const node = path[path.length - 1];
    const entry = node.entries.get(value);
    if (entry === undefined) return;
    node.entries.delete(value);
    if (--entry.rec.refs === 0) this.records.delete(value);
    this.pairs--;
    this.cache.clear();
    // Prune nodes left empty, so add/remove churn does not leave a growing dead trie.
    for (let i = words.length; i > 0 && path[i].isEmpty(); i--) detach(path[i - 1], words[i - 1]);
  }

  match(routingKey: string): readonly T[] {
    if (this.pairs === 0) return EMPTY;
    const cached = this.cache.get(routingKey);
    if (cached !== undefined) return cached;

    // A new generation marks every record and '#' node as unvisited without touching them.
    this.gen++;
    this.words = splitTopic(routingKey);
    this.walk(this.root, 0);
    const found = this.found;
    let result: readonly T[] = EMPTY;
    if (found.length > 0) {
      // Trie order is not insertion order; a value bound by several matching keys sits at
      // the place of its earliest pair.
      found.sort(bySeq);
      const out = new Array<T>(found.length);
      for (let i = 0; i < found.length; i++) out[i] = found[i].value;
      result = Object.freeze(out);
      found.length = 0;
    }
    this.words = [];

    if (this.cacheLimit > 0) {
      if (this.cache.size >= this.cacheLimit) this.cache.clear();
      this.cache.set(routingKey, result);
    }
    return result;
  }

  /** Visits `node` having consumed the routing words before `pos`. */
  private walk(node: TrieNode<T>, pos: number): void {
    const words = this.words;
    if (pos === words.length) {
      this.collect(node);
      if (node.hash !== null) this.enterHash(node.hash, pos); // '#' taking zero words
      return;
    }
    if (node.literal !== null) {
      const next = node.literal.get(words[pos]);
      if (next !== undefined) this.walk(next, pos + 1);
    }
    if (node.star !== null) this.walk(node.star, pos + 1);
    if (node.hash !== null) this.enterHash(node.hash, pos);
  }

  /**
   * Lets the '#' node `h` take words pos..k-1 for every k >= pos. Visiting `h` a second time in
   * the same match can only add work, never results: the walk is depth-first with every '#'
   * trying its shortest take first, so the first visit to `h` is at the lowest position it can
   * be reached at, and that visit already explored every k from there on. Skipping revisits
   * keeps keys such as "#.#.#" or "#.a.#.a" polynomial instead of exponential.
   */
  private enterHash(h: TrieNode<T>, pos: number): void {
    if (h.visitedIn === this.gen) return;
    h.visitedIn = this.gen;
    for (let k = pos; k <= this.words.length; k++) this.walk(h, k);
  }

  private collect(node: TrieNode<T>): void {
    const gen = this.gen;
    for (const entry of node.entries.values()) {
      const rec = entry.rec;
      if (rec.gen !== gen) {
        rec.gen = gen;
        rec.best = entry.seq;
        this.found.push(rec);
      } else if (entry.seq < rec.best) {
        rec.best = entry.seq;
      }
    }
  }
}

function child<T>(node: TrieNode<T>, word: string): TrieNode<T> {
  if (word === '*') return (node.star ??= new TrieNode<T>());
  if (word === '#') return (node.hash ??= new TrieNode<T>());
  node.literal ??= new Map();
  let next = node.literal.get(word);
  if (next === undefined) {
    next = new TrieNode<T>();
    node.literal.set(word, next);
  }
  return next;
}

function existingChild<T>(node: TrieNode<T>, word: string): TrieNode<T> | null {
  if (word === '*') return node.star;
  if (word === '#') return node.hash;
  return node.literal?.get(word) ?? null;
}

function detach<T>(node: TrieNode<T>, word: string): void {
  if (word === '*') node.star = null;
  else if (word === '#') node.hash = null;
  else if (node.literal !== null) {
    node.literal.delete(word);
    if (node.literal.size === 0) node.literal = null;
  }
}
