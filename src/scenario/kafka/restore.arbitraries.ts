// fast-check generators of valid Kafka scenarios: every value within KAFKA_LIMITS and
// KAFKA_RANGES, names unique per kind, one brokers and one Connect node at most, and only the
// edges connectKafka would draw. A generated scenario must come back from every load path unchanged.

import fc from 'fast-check';
import { connectKafka } from './connect';
import type { KafkaEdge, KafkaNode, KafkaScenario, KConsumer } from './types';
import { KAFKA_SCENARIO_VERSION } from './types';

const noNegZero = (n: number) => (n === 0 ? 0 : n);
const text = (max = 12) => fc.oneof(fc.string({ maxLength: max }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const name = fc.stringMatching(/^[a-z][a-z0-9._-]{0,11}$/);
const position = fc.record({ x: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(noNegZero), y: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(noNegZero) });
const int = (min: number, max: number) => fc.integer({ min, max });
const rate = fc.double({ min: 0, max: 100, noNaN: true }).map(noNegZero);

const consumers: fc.Arbitrary<KConsumer[]> = fc
  .uniqueArray(name, { maxLength: 4 })
  .chain((names) => fc.tuple(...names.map((n, i) => fc.record({ id: fc.constant(`c${i + 1}`), name: fc.constant(n), pollIntervalMs: int(1, 10_000), processingMs: int(0, 10_000) }))));

function nodeArb(kind: KafkaNode['kind'], id: string, nodeName: string): fc.Arbitrary<KafkaNode> {
  const base = { id: fc.constant(id), name: fc.constant(nodeName), position };
  switch (kind) {
    case 'producer':
      return fc.record({
        ...base,
        kind: fc.constant('producer' as const),
        keyed: fc.boolean(),
        keys: fc.array(text(), { maxLength: 4 }),
        value: text(30),
        headers: fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 8 }), value: text() }), { maxLength: 3, selector: (h) => h.key }),
        acks: fc.constantFrom(0 as const, 1 as const, 'all' as const),
        partitioner: fc.constantFrom('default' as const, 'round-robin' as const),
        batchSize: int(0, 1_048_576),
        schedule: fc.record({ enabled: fc.boolean(), ratePerSec: rate, limit: int(0, 1000) }),
      });
    case 'topic':
      return fc.record({
        ...base,
        kind: fc.constant('topic' as const),
        partitions: int(1, 12),
        replicationFactor: int(1, 5),
        cleanupPolicy: fc.constantFrom('delete' as const, 'compact' as const, 'compact,delete' as const),
        retentionMs: int(-1, 1e12),
        retentionBytes: int(-1, 1e9),
        deleteRetentionMs: int(0, 1e10),
        minInsyncReplicas: int(1, 5),
      });
    case 'group':
      return fc.record({
        ...base,
        kind: fc.constant('group' as const),
        assignor: fc.constantFrom('range' as const, 'roundrobin' as const, 'sticky' as const, 'cooperative-sticky' as const),
        autoOffsetReset: fc.constantFrom('earliest' as const, 'latest' as const, 'none' as const),
        commit: fc.constantFrom('auto' as const, 'after-batch' as const, 'manual' as const),
        autoCommitIntervalMs: int(1, 60_000),
        sessionTimeoutMs: int(1, 60_000),
        maxPollRecords: int(1, 10_000),
        consumers,
      });
    case 'brokers':
      return fc.record({ ...base, kind: fc.constant('brokers' as const), brokers: int(1, 5), replicationDelayMs: int(0, 60_000) });
    case 'connect':
      return fc.record({ ...base, kind: fc.constant('connect' as const), workers: int(1, 5) });
    case 'connector':
      return fc.record({
        ...base,
        kind: fc.constant('connector' as const),
        connectorClass: fc.constantFrom('FileStreamSource' as const, 'FileStreamSink' as const),
        tasksMax: int(1, 8),
        batchSize: int(1, 100_000),
      });
    case 'file':
      return fc.record({
        ...base,
        kind: fc.constant('file' as const),
        initial: text(40),
        writer: fc.record({ enabled: fc.boolean(), ratePerSec: rate, lines: fc.array(text(), { maxLength: 3 }), limit: int(0, 1000) }),
      });
  }
}

const KINDS: readonly KafkaNode['kind'][] = ['producer', 'topic', 'group', 'connector', 'file'];

export const kafkaScenarioArb: fc.Arbitrary<KafkaScenario> = fc
  .record({
    plain: fc.array(fc.tuple(fc.constantFrom(...KINDS), name), { maxLength: 10 }),
    brokers: fc.boolean(),
    connect: fc.boolean(),
  })
  .chain(({ plain, brokers, connect }) => {
    const seen = new Set<string>();
    const specs = plain.filter(([k, n]) => !seen.has(`${k}/${n}`) && seen.add(`${k}/${n}`));
    if (brokers) specs.push(['brokers', 'cluster']);
    if (connect) specs.push(['connect', 'connect']);
    const nodes = specs.map(([kind, n], i) => nodeArb(kind, `n${i + 1}`, n));
    return fc.record({
      nodes: fc.tuple(...nodes),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
      title: text(20),
      seed: int(0, 2_147_483_647),
      compare: fc.boolean(),
      speed: fc.double({ min: 0.01, max: 1000, noNaN: true }),
    });
  })
  .map(({ nodes, pairs, title, seed, compare, speed }) => {
    const doc: KafkaScenario = { version: KAFKA_SCENARIO_VERSION, mode: 'kafka', title, seed, compare, playback: { speed }, nodes, edges: [] };
    const edges: KafkaEdge[] = [];
    for (const [a, b] of pairs) {
      if (nodes.length < 2) break;
      const r = connectKafka({ ...doc, edges }, nodes[a % nodes.length].id, nodes[b % nodes.length].id);
      if (r.ok) edges.push({ id: `e${edges.length + 1}`, ...r.edge });
    }
    return { ...doc, edges };
  });
