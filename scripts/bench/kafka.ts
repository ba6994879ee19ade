/**
 * Kafka engine throughput: records produced into a 12-partition topic and consumed by 3 consumer
 * groups (3 members each), with keyed records, manual commits and per-partition size retention
 * so memory stays bounded. One "record" counts once when it has been produced AND consumed by
 * all three groups. Wall-clock timing is fine here: this is a script, not the engine.
 */
import { pathToFileURL } from 'node:url';
import { createKafkaCluster } from '../../src/engine/kafka';

const GROUPS = ['billing', 'search', 'audit'];
const MEMBERS = ['c1', 'c2', 'c3'];
const BATCH = 1200;

export function benchKafka(seconds: number, recordEvents = false): { kafkaRecordsPerSec: number } {
  const cluster = createKafkaCluster({ seed: 1, brokers: 3, recordEvents });
  cluster.execute({ type: 'topic.create', topic: 'bench', partitions: 12, replicationFactor: 1, config: { retentionBytes: 256 * 1024 } });
  for (const group of GROUPS)
    for (const member of MEMBERS)
      cluster.execute({ type: 'group.join', group, member, topics: ['bench'], autoOffsetReset: 'earliest', enableAutoCommit: false });
  const keys = Array.from({ length: 1000 }, (_, i) => `user-${i}`);
  const value = 'x'.repeat(64);
  let produced = 0;
  let consumed = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < BATCH; i++) {
      const r = cluster.execute({ type: 'produce', topic: 'bench', key: keys[(produced + i) % keys.length], value, acks: 1 });
      if (!r.ok) throw new Error(r.error.code);
    }
    produced += BATCH;
    for (const group of GROUPS)
      for (const member of MEMBERS) {
        const r = cluster.execute({ type: 'poll', group, member, maxRecords: 5000 });
        if (!r.ok) throw new Error(r.error.code);
        consumed += r.value.records.length;
        cluster.execute({ type: 'commit', group, member });
      }
    if (recordEvents) cluster.takeEvents();
  }
  const elapsed = (performance.now() - started) / 1000;
  if (consumed !== produced * GROUPS.length) throw new Error(`consumed ${consumed}, expected ${produced * GROUPS.length}`);
  return { kafkaRecordsPerSec: Math.round(produced / elapsed) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchKafka(0.5); // warm-up
  const quiet = benchKafka(3);
  const withEvents = benchKafka(3, true);
  console.log(JSON.stringify({ ...quiet, kafkaRecordsPerSecWithEvents: withEvents.kafkaRecordsPerSec }));
}
