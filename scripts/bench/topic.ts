// Topic-exchange routing throughput (broker-semantics A.4; src/engine/amqp/routing/topic-index.ts).
// Target: >= 500,000 routed messages/s with 10,000 bindings and 1,000 distinct routing keys
// (~10 matching bindings each), and the 10k-binding figure at least half the 10-binding one.
// Run alone with `npx tsx scripts/bench/topic.ts`; the engine's `npm run bench` imports benchTopicIndex.

import { pathToFileURL } from 'node:url';
import { TopicIndex } from '../../src/engine/amqp/routing/topic';
import { buildTopicTopology } from '../../src/engine/amqp/routing/topic.bench-fixture';

export interface TopicBenchOptions {
  readonly bindings: number;
  readonly keys: number;
  readonly perKeyMatches: number;
  readonly seconds: number;
  /** Passed to TopicIndex; 0 measures the bare trie (every message is a cache miss). */
  readonly cacheLimit?: number;
}

export interface TopicBenchResult {
  readonly routedPerSec: number;
  /** Average number of queues a message was routed to (after per-queue dedupe). */
  readonly avgQueues: number;
  /** Average number of bindings matching a routing key, as generated. */
  readonly avgBindingMatches: number;
}

export function benchTopicIndex(opts: TopicBenchOptions): TopicBenchResult {
  const topology = buildTopicTopology(opts);
  const index = new TopicIndex<string>(
    opts.cacheLimit === undefined ? {} : { cacheLimit: opts.cacheLimit },
  );
  for (const { key, value } of topology.bindings) index.add(key, value);
  const keys = topology.routingKeys;

  // One pass per round over every key, the clock read once per round so it costs nothing.
  const round = (): number => {
    let queues = 0;
    for (let i = 0; i < keys.length; i++) queues += index.match(keys[i]).length;
    return queues;
  };
  const warmUntil = performance.now() + Math.min(300, opts.seconds * 200);
  while (performance.now() < warmUntil) round();

  let routed = 0;
  let queues = 0;
  const start = performance.now();
  const stop = start + opts.seconds * 1000;
  let now = start;
  while (now < stop) {
    queues += round();
    routed += keys.length;
    now = performance.now();
  }
  return {
    routedPerSec: routed / ((now - start) / 1000),
    avgQueues: queues / routed,
    avgBindingMatches: topology.totalMatches / keys.length,
  };
}

function main(): void {
  const rows = [];
  for (const cacheLimit of [undefined, 0]) {
    for (const bindings of [10, 10_000]) {
      const r = benchTopicIndex({
        bindings,
        keys: 1000,
        perKeyMatches: 10,
        seconds: 2,
        cacheLimit,
      });
      rows.push({
        index: cacheLimit === 0 ? 'trie, no cache' : 'trie + cache',
        bindings,
        'routed/s': Math.round(r.routedPerSec).toLocaleString('en-US'),
        'bindings matched/key': r.avgBindingMatches.toFixed(2),
        'queues/message': r.avgQueues.toFixed(2),
      });
    }
  }
  console.table(rows);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main();
