// Topic keys as words, and the normative matcher of broker-semantics A.4.
// This file is the specification in code: TopicIndex and explainTopicMatch are both
// property-tested against topicMatches, so it favours being obviously right over being fast.

/**
 * Splits a topic key on every '.'. The empty key has zero words; otherwise there are
 * (dots + 1) words and a word may be empty: "a..b" -> ["a", "", "b"], "." -> ["", ""].
 * (RabbitMQ split_topic_key_binary/1.) A plain indexOf loop: no regex, no String.split
 * special cases to remember.
 */
export function splitTopic(key: string): string[] {
  if (key === '') return [];
  const words: string[] = [];
  let start = 0;
  for (let dot = key.indexOf('.'); dot !== -1; dot = key.indexOf('.', start)) {
    words.push(key.slice(start, dot));
    start = dot + 1;
  }
  words.push(key.slice(start));
  return words;
}

/**
 * The reference matcher of A.4 (RabbitMQ's ref_match/2), clause for clause. Only a word that
 * is exactly "*" or "#" in the binding key is a wildcard; everything in the routing key is literal.
 */
export function topicMatches(bindingKey: string, routingKey: string): boolean {
  return matchWords(splitTopic(bindingKey), splitTopic(routingKey));
}

/** Same as topicMatches, on keys already split. */
export function matchWords(f: readonly string[], t: readonly string[]): boolean {
  // States (fi, ti) already known to fail. Without this, a key like "#.#.#.#.x" against a long
  // routing key makes the reference recursion exponential; with it, each state is tried once.
  const failed = new Set<number>();
  const width = t.length + 1;

  const go = (fi: number, ti: number): boolean => {
    if (fi === f.length) return ti === t.length;
    const word = f[fi];
    if (word === '#') {
      if (fi === f.length - 1) return true; // a trailing # takes the rest, including nothing
      const state = fi * width + ti;
      if (failed.has(state)) return false;
      for (let k = ti; k <= t.length; k++) if (go(fi + 1, k)) return true;
      failed.add(state);
      return false;
    }
    if (ti === t.length) return false;
    if (word !== '*' && word !== t[ti]) return false;
    return go(fi + 1, ti + 1);
  };

  return go(0, 0);
}
