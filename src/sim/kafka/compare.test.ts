import { describe, expect, it } from 'vitest';
import { KAFKA_PRESETS } from '../../scenario/kafka/presets';
import type { KafkaScenario } from '../../scenario/kafka/types';
import { amqpTwin, QueueComparison } from './compare';
import { KafkaSimulation } from './runner';

const doc = (): KafkaScenario => KAFKA_PRESETS.find((p) => p.id === 'queue-vs-log')!.build();

function start(d: KafkaScenario) {
  const compare = new QueueComparison(d);
  const sim = new KafkaSimulation(d);
  sim.onSent = (time, producer, _key, value) => compare.sent(time, producer, value);
  const advance = (t: number) => {
    sim.advanceTo(t);
    compare.advanceTo(t);
  };
  return { compare, sim, advance };
}

describe('queue vs log', () => {
  it('builds the AMQP twin: producer → queue named like the topic → one consumer per group', () => {
    const twin = amqpTwin(doc());
    expect(twin.nodes.map((n) => `${n.kind}:${n.name}`)).toEqual(['producer:shop', 'queue:orders', 'consumer:billing']);
    expect(twin.edges.map((e) => e.kind)).toEqual(['publish', 'subscription']);
  });

  it('sends the same messages to both, at the same simulated times', () => {
    const { compare, sim, advance } = start(doc());
    advance(15_000);
    const view = compare.view();
    expect(view.published).toBe(6);
    expect(view.readers[0].received).toEqual(['order 1', 'order 2', 'order 3', 'order 4', 'order 5', 'order 6']);
    // The queue forgot them; the log kept them.
    expect(view.ready).toEqual([]);
    expect(sim.engine.topics()[0].partitions[0].records.map((r) => r.value)).toEqual(view.readers[0].received);
  });

  it('a second reader: the queue has nothing left for it, the log gives it everything', () => {
    const d = doc();
    const { compare, sim, advance } = start(d);
    advance(15_000);
    const topic = d.nodes.find((n) => n.kind === 'topic')!;
    const audit = { id: 'n9', kind: 'group' as const, name: 'audit', position: { x: 0, y: 0 }, assignor: 'range' as const, autoOffsetReset: 'earliest' as const, commit: 'auto' as const, autoCommitIntervalMs: 5000, sessionTimeoutMs: 10_000, maxPollRecords: 500, consumers: [{ id: 'c1', name: 'consumer-1', pollIntervalMs: 500, processingMs: 100 }] };
    const next = { ...d, nodes: [...d.nodes, audit], edges: [...d.edges, { id: 'e9', kind: 'subscribe' as const, source: topic.id, target: 'n9' }] };
    sim.setDocument(next);
    compare.update(next);
    advance(25_000);
    const view = compare.view();
    expect(view.readers.map((r) => [r.name, r.received.length])).toEqual([
      ['billing', 6],
      ['audit', 0],
    ]);
    const auditRead = sim.takeLog().filter((e) => e.source === 'client' && e.event.type === 'consumer-processed' && e.event.group === 'n9');
    expect(auditRead).toHaveLength(6);
  });
});
