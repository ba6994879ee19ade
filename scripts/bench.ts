// The engine benchmarks: `npm run bench` prints readable figures; `npm run bench -- --json`
// ends with one JSON line holding every key. Benchmarks measure speed; the tests never time
// anything. Run on a quiet machine: the figures are wall-clock throughput.
//
//   topicRoutePerSec10k  messages routed per second by a topic exchange with 10,000 bindings
//                        and 1,000 distinct routing keys (~10 matching bindings each), through
//                        the engine's own route() (visited set, dedupe per queue), target >= 500k
//   topicRoutePerSec10   the same with 10 bindings (the 10k figure should be >= half of it)
//   cyclePerSec          publish -> route -> enqueue -> deliver -> ack through a direct exchange,
//                        one consumer, prefetch 100, events emitted, target >= 300k
//   bytesPerQueuedMessage heap bytes per message with 1,000,000 small messages ready in one queue,
//                        target <= 300
//   kafkaRecordsPerSec   records produced and consumed per second through a 12-partition topic
//                        read by 3 groups, target >= 500k

import { pathToFileURL } from 'node:url';
import { createBroker, type Broker } from '../src/engine/amqp/broker';
import type { CommandOk, CommandResult } from '../src/engine/amqp/commands';
import { route } from '../src/engine/amqp/routing/route';
import { buildTopicTopology } from '../src/engine/amqp/routing/topic.bench-fixture';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

function must(r: CommandResult): CommandOk {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.text}`);
  return r;
}

function setup(): { broker: Broker; channel: number } {
  const broker = createBroker({ seed: 1 });
  const conn = must(broker.execute({ type: 'connection.open' })).connection!;
  const channel = must(broker.execute({ type: 'channel.open', connection: conn })).channel!;
  return { broker, channel };
}

/** Runs `round` repeatedly for about `seconds`, reading the clock once per round. */
function throughput(seconds: number, round: () => number): number {
  const warm = performance.now() + Math.min(500, seconds * 250);
  while (performance.now() < warm) round();
  let done = 0;
  const start = performance.now();
  const stop = start + seconds * 1000;
  let now = start;
  while (now < stop) {
    done += round();
    now = performance.now();
  }
  return done / ((now - start) / 1000);
}

/**
 * "The same with 10 bindings": the same 1,000 routing keys, and still about ten matching bindings
 * per message, so both figures route each message to about ten queues. With only ten bindings
 * that means ten wildcard patterns that all match the four-word keys.
 */
const TEN_WILDCARDS = ['#', '#.#', '*.#', '#.*', '*.*.*.*', '*.*.#', '#.*.*', '*.#.*', '#.*.#', '*.*.*.#'];

function topology(bindings: number) {
  const big = buildTopicTopology({ bindings: Math.max(bindings, 1000), keys: 1000, perKeyMatches: 10 });
  if (bindings >= 1000) return big;
  return { ...big, bindings: TEN_WILDCARDS.slice(0, bindings).map((key, i) => ({ key, value: `w${i}` })) };
}

export function benchTopicRoute(bindings: number): { perSec: number; avgQueues: number } {
  const { broker, channel } = setup();
  must(broker.execute({ type: 'exchange.declare', channel, exchange: 'x', exchangeType: 'topic' }));
  const topo = topology(bindings);
  const queues = new Set(topo.bindings.map((b) => b.value));
  for (const q of queues) must(broker.execute({ type: 'queue.declare', channel, queue: q }));
  for (const b of topo.bindings)
    must(broker.execute({ type: 'queue.bind', channel, queue: b.value, exchange: 'x', routingKey: b.key }));
  broker.takeEvents();
  const st = broker.state;
  const x = st.exchanges.get('x')!;
  const keys = topo.routingKeys.map((k) => [k]);
  let reached = 0;
  let routed = 0;
  const perSec = throughput(SECONDS, () => {
    for (let i = 0; i < keys.length; i++) reached += route(st, x, keys[i], undefined).queues.length;
    routed += keys.length;
    return keys.length;
  });
  return { perSec, avgQueues: reached / routed };
}

export function benchCycle(): number {
  const { broker, channel } = setup();
  must(broker.execute({ type: 'exchange.declare', channel, exchange: 'd', exchangeType: 'direct' }));
  must(broker.execute({ type: 'queue.declare', channel, queue: 'q' }));
  must(broker.execute({ type: 'queue.bind', channel, queue: 'q', exchange: 'd', routingKey: 'k' }));
  const consumerChannel = must(broker.execute({ type: 'channel.open', connection: 1 })).channel!;
  must(broker.execute({ type: 'basic.qos', channel: consumerChannel, prefetchCount: 100 }));
  must(broker.execute({ type: 'basic.consume', channel: consumerChannel, queue: 'q' }));
  let tag = 0;
  let events = 0;
  const perSec = throughput(SECONDS, () => {
    for (let i = 0; i < 1000; i++) {
      broker.execute({ type: 'basic.publish', channel, exchange: 'd', routingKey: 'k', body: 'hello' });
      broker.execute({ type: 'basic.ack', channel: consumerChannel, deliveryTag: ++tag });
    }
    // The events are really emitted; a UI would read them every frame.
    events += broker.takeEvents().length;
    return 1000;
  });
  if (events === 0) throw new Error('no events were emitted');
  const q = broker.snapshot().queues.find((v) => v.name === 'q')!;
  if (q.ready.length !== 0 || q.unacked !== 0) throw new Error('cycle benchmark left messages behind');
  return perSec;
}

export function benchBytesPerMessage(count = 1_000_000): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
  const { broker, channel } = setup();
  must(broker.execute({ type: 'queue.declare', channel, queue: 'big' }));
  broker.state.recordEvents = false;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  // Distinct small bodies, as real messages have: the figure includes each body's string.
  for (let i = 0; i < count; i++)
    broker.execute({ type: 'basic.publish', channel, exchange: '', routingKey: 'big', body: `m${i}` });
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  const ready = broker.state.queues.get('big')!.readyCount;
  if (ready !== count) throw new Error(`expected ${count} ready messages, found ${ready}`);
  return (after - before) / count;
}

async function benchKafkaIfPresent(): Promise<number | null> {
  try {
    // Kept optional so the AMQP figures still print while the Kafka engine is being built.
    const path = './bench/kafka.ts';
    const mod = (await import(path)) as { benchKafka?: (seconds: number) => { kafkaRecordsPerSec: number } };
    return mod.benchKafka ? mod.benchKafka(SECONDS).kafkaRecordsPerSec : null;
  } catch (e) {
    console.error(`kafka benchmark unavailable: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const t10k = benchTopicRoute(10_000);
  console.log(`topic exchange, 10,000 bindings: ${fmt(t10k.perSec)} routed/s (${t10k.avgQueues.toFixed(1)} queues each)`);
  const t10 = benchTopicRoute(10);
  console.log(`topic exchange, 10 bindings:     ${fmt(t10.perSec)} routed/s (${t10.avgQueues.toFixed(2)} queues each)`);
  const cycle = benchCycle();
  console.log(`publish->ack cycles (direct, prefetch 100, events on): ${fmt(cycle)}/s`);
  const bytes = benchBytesPerMessage();
  console.log(`heap per ready message (1,000,000 in one queue): ${bytes.toFixed(0)} bytes`);
  const kafka = await benchKafkaIfPresent();
  if (kafka !== null) console.log(`kafka, 12 partitions, 3 groups: ${fmt(kafka)} records/s`);
  if (json) {
    const out: Record<string, number> = {
      topicRoutePerSec10k: Math.round(t10k.perSec),
      topicRoutePerSec10: Math.round(t10.perSec),
      cyclePerSec: Math.round(cycle),
      bytesPerQueuedMessage: Math.round(bytes),
    };
    if (kafka !== null) out.kafkaRecordsPerSec = Math.round(kafka);
    console.log(JSON.stringify(out));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
