// fast-check generators of valid scenarios, for the round-trip and robustness properties.
// Everything generated is within LIMITS, and edges are only those connect.ts would draw, so a
// generated scenario must come back from every load path unchanged and without warnings.

import fc from 'fast-check';
import { connect } from './connect';
import type {
  ConsumerAction,
  HeaderEntry,
  MessageTemplate,
  NodeKind,
  Position,
  QueueArgs,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
  TypedValue,
} from './types';
import { SCENARIO_VERSION } from './types';

const noNegZero = (n: number) => (n === 0 ? 0 : n);
const text = (maxLength = 12) => fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'binary', maxLength: 6 }));
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map(noNegZero);

const position: fc.Arbitrary<Position> = fc.record({ x: double(-1e6, 1e6), y: double(-1e6, 1e6) });

const typedValue: fc.Arbitrary<TypedValue> = fc.oneof(
  fc.record({ kind: fc.constant('string' as const), value: text(20) }),
  fc.record({ kind: fc.constant('int' as const), value: fc.maxSafeInteger().map(noNegZero) }),
  fc.record({ kind: fc.constant('float' as const), value: fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegZero) }),
  fc.record({ kind: fc.constant('bool' as const), value: fc.boolean() }),
  fc.constant({ kind: 'void' as const }),
);

const headers: fc.Arbitrary<HeaderEntry[]> = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 10 }), value: typedValue }), {
  maxLength: 4,
  selector: (h) => h.key,
});

const message: fc.Arbitrary<MessageTemplate> = fc.record({
  routingKey: text(),
  headers,
  payloadKind: fc.constantFrom('json' as const, 'text' as const, 'base64' as const),
  payload: text(40),
  mandatory: fc.boolean(),
  properties: fc.record(
    {
      contentType: text(),
      deliveryMode: fc.constantFrom(1 as const, 2 as const),
      priority: fc.integer({ min: 0, max: 255 }),
      expiration: fc.nat().map(String),
      timestamp: fc.nat(),
      appId: text(),
    },
    { requiredKeys: [] },
  ),
});

const queueArgs: fc.Arbitrary<QueueArgs> = fc.record(
  {
    messageTtl: fc.integer({ min: 0, max: 0xffff_ffff }),
    expires: fc.integer({ min: 1, max: 0xffff_ffff }),
    maxLength: fc.nat(),
    overflow: fc.constantFrom('drop-head' as const, 'reject-publish' as const, 'reject-publish-dlx' as const),
    deadLetterExchange: text(),
    maxPriority: fc.integer({ min: 1, max: 255 }),
    singleActiveConsumer: fc.boolean(),
    queueType: fc.constantFrom('classic' as const, 'quorum' as const),
    deliveryLimit: fc.integer({ min: -1, max: 100 }),
  },
  { requiredKeys: [] },
);

const action: fc.Arbitrary<ConsumerAction> = fc.oneof(
  fc.constant({ kind: 'ack' as const }),
  fc.constant({ kind: 'manual' as const }),
  fc.record({ kind: fc.constantFrom('nack' as const, 'reject' as const), requeue: fc.boolean() }),
  fc.record({ kind: fc.constant('crash' as const), after: fc.constantFrom('receive' as const, 'process' as const) }),
);

function nodeOf(kind: NodeKind, id: string): fc.Arbitrary<ScenarioNode> {
  const common = { id: fc.constant(id), position, name: text() };
  switch (kind) {
    case 'producer':
      return fc.record({
        ...common,
        kind: fc.constant(kind),
        app: text(),
        message,
        schedule: fc.record({
          enabled: fc.boolean(),
          ratePerSec: double(0, 10_000),
          burst: fc.integer({ min: 1, max: 10_000 }),
          keys: fc.array(text(), { maxLength: 4 }),
          limit: fc.integer({ min: 0, max: 1_000_000_000 }),
        }),
        confirm: fc.boolean(),
      });
    case 'exchange':
      return fc.record({
        ...common,
        kind: fc.constant(kind),
        type: fc.constantFrom('direct' as const, 'fanout' as const, 'topic' as const, 'headers' as const),
        durable: fc.boolean(),
        autoDelete: fc.boolean(),
        internal: fc.boolean(),
        alternateExchange: text(),
      });
    case 'queue':
      return fc.record({
        ...common,
        kind: fc.constant(kind),
        durable: fc.boolean(),
        exclusive: fc.boolean(),
        autoDelete: fc.boolean(),
        args: queueArgs,
      });
    case 'consumer':
      return fc.record({
        ...common,
        kind: fc.constant(kind),
        app: text(),
        ackMode: fc.constantFrom('auto' as const, 'manual' as const),
        prefetch: fc.integer({ min: 0, max: 65535 }),
        prefetchGlobal: fc.boolean(),
        processingMs: double(0, 86_400_000),
        action,
        priority: fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff }),
        exclusive: fc.boolean(),
      });
  }
}

const nodeKind = fc.constantFrom<NodeKind>('producer', 'exchange', 'queue', 'consumer');

/** A valid scenario of up to `maxNodes` nodes, wired only where connect() allows. */
export function scenarioArb(maxNodes = 8): fc.Arbitrary<Scenario> {
  return fc
    .array(nodeKind, { maxLength: maxNodes })
    .chain((kinds) =>
      fc.record({
        title: text(),
        speed: double(0.01, 1000),
        nodes: fc.tuple(...kinds.map((k, i) => nodeOf(k, `n${i}`))),
        pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), text(8), headers), { maxLength: maxNodes * 2 }),
      }),
    )
    .map(({ title, speed, nodes, pairs }) => {
      const doc: Scenario = { version: SCENARIO_VERSION, mode: 'amqp', title, playback: { speed }, nodes, edges: [] };
      if (nodes.length < 2) return doc;
      pairs.forEach(([a, b, key, args], i) => {
        const result = connect(doc, nodes[a % nodes.length].id, nodes[b % nodes.length].id);
        if (!result.ok) return;
        const edge: ScenarioEdge =
          result.edge.kind === 'binding' ? { ...result.edge, id: `e${i}`, key, args } : { ...result.edge, id: `e${i}` };
        // connect() only refuses a second *empty* binding; the document refuses any repeat.
        const repeat = doc.edges.some(
          (e) => e.kind === 'binding' && edge.kind === 'binding' && e.source === edge.source && e.target === edge.target && e.key === edge.key,
        );
        if (!repeat) doc.edges.push(edge);
      });
      return doc;
    });
}
