import { describe, expect, it } from 'vitest';
import { partitionForKey } from '../../engine/kafka';
import { KAFKA_PRESETS } from '../../scenario/kafka/presets';
import type { KafkaScenario } from '../../scenario/kafka/types';
import { KafkaSimulation, renderValue } from './runner';
import type { KLogEntry } from './types';

const preset = (id: string): KafkaScenario => KAFKA_PRESETS.find((p) => p.id === id)!.build();

function run(doc: KafkaScenario, ms: number): { sim: KafkaSimulation; log: KLogEntry[] } {
  const sim = new KafkaSimulation(doc);
  const log: KLogEntry[] = [];
  for (let t = 0; t <= ms; t += 250) {
    sim.advanceTo(t);
    log.push(...sim.takeLog());
  }
  return { sim, log };
}

const engineEvents = <T extends string>(log: KLogEntry[], type: T) =>
  log.flatMap((e) => (e.source === 'engine' && e.event.type === type ? [e.event as Extract<typeof e.event, { type: T }>] : []));
const clientEvents = <T extends string>(log: KLogEntry[], type: T) =>
  log.flatMap((e) => (e.source === 'client' && e.event.type === type ? [e.event as Extract<typeof e.event, { type: T }>] : []));

describe('KafkaSimulation', () => {
  it('renders values with the record number and key', () => {
    expect(renderValue('order {n} for {key}', 3, 'user-1')).toBe('order 3 for user-1');
    expect(renderValue('{key}', 1, null)).toBe('null');
  });

  it('sends keyed records to the partition their key hashes to, and the group reads them all', () => {
    const { sim, log } = run(preset('partitions-keys'), 10_000);
    const appended = engineEvents(log, 'record.appended');
    expect(appended.length).toBeGreaterThan(10);
    for (const a of appended) {
      expect(a.decision.reason).toBe('key-hash');
      expect(a.partition).toBe(partitionForKey(a.key!, 3));
    }
    const processed = clientEvents(log, 'consumer-processed');
    expect(processed.length).toBeGreaterThan(appended.length - 4);
    const group = sim.engine.groups().find((g) => g.id === 'analytics')!;
    expect(group.partitions.some((p) => (p.committed ?? 0) > 0)).toBe(true);
  });

  it('a record lands in its partition after its token travelled, and consumers wait for it', () => {
    const sim = new KafkaSimulation(preset('partitions-keys'));
    sim.advanceTo(700);
    const log = sim.takeLog();
    const appended = engineEvents(log, 'record.appended')[0];
    expect(appended.at).toBe(600); // produce latency
    const ref = `${appended.topic}/${appended.partition}@${appended.offset}`;
    expect(sim.flights.landingOf(ref)).toBe(850);
  });

  it('keeps per-key order inside each consumer', () => {
    const { log } = run(preset('ordering'), 20_000);
    const processed = clientEvents(log, 'consumer-processed');
    expect(processed.length).toBe(24);
    const byKey = new Map<string, number[]>();
    for (const p of processed) byKey.set(p.key!, [...(byKey.get(p.key!) ?? []), Number(/step (\d+)/.exec(p.value!)![1])]);
    for (const steps of byKey.values()) expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('leaves the third consumer idle on a two-partition topic', () => {
    const { sim } = run(preset('idle-consumer'), 2000);
    const g = sim.engine.groups().find((x) => x.id === 'workers')!;
    expect(g.members.map((m) => m.assignment.length)).toEqual([1, 1, 0]);
  });

  it('moves a crashed consumer’s partitions after the session timeout, and takes them back on restart', () => {
    const doc = preset('rebalance');
    const sim = new KafkaSimulation(doc);
    sim.advanceTo(2000);
    const group = doc.nodes.find((n) => n.kind === 'group')!;
    const owners = () => sim.engine.groups()[0].members.map((m) => [m.id, m.assignment.map((a) => a.partition)]);
    expect(owners()).toEqual([['consumer-1', [0, 1]], ['consumer-2', [2, 3]]]);
    sim.crashConsumer(group.id, 'c1');
    sim.advanceTo(7000);
    expect(owners()).toEqual([['consumer-1', [0, 1]], ['consumer-2', [2, 3]]]); // not noticed yet
    sim.advanceTo(8100);
    expect(owners()).toEqual([['consumer-2', [0, 1, 2, 3]]]);
    sim.restartConsumer(group.id, 'c1');
    expect(owners()).toEqual([['consumer-1', [0, 1]], ['consumer-2', [2, 3]]]);
  });

  it('joins a consumer added to the document and rebalances', () => {
    const doc = preset('rebalance');
    const sim = new KafkaSimulation(doc);
    sim.advanceTo(1000);
    const g = doc.nodes.find((n) => n.kind === 'group')!;
    if (g.kind !== 'group') throw new Error('group');
    sim.setDocument({ ...doc, nodes: doc.nodes.map((n) => (n === g ? { ...g, consumers: [...g.consumers, { id: 'c3', name: 'consumer-3', pollIntervalMs: 500, processingMs: 200 }] } : n)) });
    const sizes = sim.engine.groups()[0].members.map((m) => m.assignment.length);
    expect(sizes).toEqual([2, 1, 1]);
  });

  it('replays from the earliest offset after a seek', () => {
    const doc = preset('replay');
    const sim = new KafkaSimulation(doc);
    sim.advanceTo(10_000);
    const first = clientEvents(sim.takeLog(), 'consumer-processed').length;
    expect(first).toBe(8);
    sim.seekGroup(doc.nodes.find((n) => n.kind === 'group')!.id, 'earliest');
    sim.advanceTo(20_000);
    expect(clientEvents(sim.takeLog(), 'consumer-processed').length).toBe(8);
  });

  it('retention moves the log start offset', () => {
    const { sim } = run(preset('retention'), 20_000);
    const p = sim.engine.topics()[0].partitions[0];
    expect(p.logStartOffset).toBeGreaterThan(5);
    expect(p.logEndOffset).toBeGreaterThan(p.logStartOffset);
  });

  it('compaction keeps the latest value per key', () => {
    const doc = preset('compaction');
    const sim = new KafkaSimulation(doc);
    sim.advanceTo(6000);
    sim.compactTopic(doc.nodes.find((n) => n.kind === 'topic')!.id);
    const records = sim.engine.topics()[0].partitions[0].records;
    const hw = sim.engine.topics()[0].partitions[0].highWatermark;
    const keys = records.filter((r) => r.offset < hw).map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('acks=1 records can be lost when the leader fails before followers copy them; acks=all ones are retried', () => {
    const doc = preset('replication');
    const sim = new KafkaSimulation(doc);
    sim.advanceTo(3300);
    const leader = sim.engine.topics().find((t) => t.name === 'payments-fast')!.partitions[0].leader!;
    sim.failBroker(leader);
    sim.advanceTo(6000);
    const log = sim.takeLog();
    const lost = engineEvents(log, 'records.lost');
    expect(lost.some((l) => l.topic === 'payments-fast' && l.records.every((r) => r.acks === 1))).toBe(true);
    expect(lost.some((l) => l.topic === 'payments-safe' && l.records.length > 0)).toBe(false);
  });

  it('runs the Connect pipeline: lines of input.txt end up in file.txt, in order', () => {
    const { sim } = run(preset('connect-pipeline'), 12_000);
    const out = sim.engine.files().find((f) => f.path === 'file.txt')!;
    expect(out.content.startsWith('first line\nsecond line\nhello\n')).toBe(true);
  });

  it('shows a sink line in file.txt only once its token reached the file', () => {
    const sim = new KafkaSimulation(preset('connect-pipeline'));
    let seen = false;
    for (let t = 0; t < 3000; t += 50) {
      sim.advanceTo(t);
      const f = sim.engine.files().find((x) => x.path === 'file.txt');
      if (!f) continue;
      const shown = sim.flights.visibleSize(f.path, f.size, t);
      expect(shown).toBeLessThanOrEqual(f.size);
      if (shown < f.size) seen = true;
    }
    expect(seen).toBe(true);
  });

  it('is deterministic', () => {
    const a = run(preset('rebalance'), 8000).log.map((e) => JSON.stringify(e));
    const b = run(preset('rebalance'), 8000).log.map((e) => JSON.stringify(e));
    expect(a).toEqual(b);
  });

  it.each(KAFKA_PRESETS.map((p) => [p.id]))('preset %s runs a minute without a failed command', (id) => {
    const { log } = run(preset(id), 60_000);
    expect(clientEvents(log, 'command-failed').map((e) => `${e.command} ${e.error.code}`)).toEqual([]);
    expect(log.length).toBeGreaterThan(10);
  });
});
