import { Partitioners, type Message, type PartitionerArgs } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { KafkaSimulation } from '../../sim/kafka/runner';
import { connectorConfigs, connectorCurl, kafkajsProgram, programCount, topicCommands } from './export';
import { KAFKA_PRESETS } from './presets';
import type { KafkaScenario } from './types';

const preset = (id: string): KafkaScenario => KAFKA_PRESETS.find((p) => p.id === id)!.build();

interface Sent {
  topic: string;
  key: string | null;
  value: string;
  partition: number;
  acks: number;
}

/**
 * Runs the generated program with a stand-in for the kafkajs module whose partitioner is kafkajs's
 * own: what the program would send to a real broker, and the partition kafkajs would pick.
 */
async function runProgram(code: string): Promise<{ sent: Sent[]; topics: { topic: string; numPartitions: number; replicationFactor: number; configEntries: { name: string; value: string }[] }[]; log: string[] }> {
  const sent: Sent[] = [];
  const log: string[] = [];
  let topics: Awaited<ReturnType<typeof runProgram>>['topics'] = [];
  let offset = 0;
  class Kafka {
    admin() {
      return {
        connect: () => Promise.resolve(),
        createTopics: (args: { topics: typeof topics }) => {
          topics = args.topics;
          return Promise.resolve(true);
        },
        disconnect: () => Promise.resolve(),
      };
    }
    producer(options: { createPartitioner: () => (args: PartitionerArgs) => number }) {
      const partition = options.createPartitioner();
      return {
        connect: () => Promise.resolve(),
        send: ({ topic, acks, messages }: { topic: string; acks: number; messages: Message[] }) => {
          const t = topics.find((x) => x.topic === topic)!;
          const partitionMetadata = Array.from({ length: t.numPartitions }, (_, i) => ({ partitionId: i, leader: 0, partitionErrorCode: 0, replicas: [0], isr: [0] }));
          return Promise.resolve(
            messages.map((m) => {
              const p = partition({ topic, partitionMetadata, message: m });
              sent.push({ topic, key: typeof m.key === 'string' ? m.key : null, value: String(m.value), partition: p, acks });
              return { topicName: topic, partition: p, baseOffset: String(offset++) };
            }),
          );
        },
        disconnect: () => Promise.resolve(),
      };
    }
  }
  const fakeRequire = (name: string) => {
    if (name !== 'kafkajs') throw new Error(`unexpected require ${name}`);
    return { Kafka, Partitioners };
  };
  const fakeConsole = { log: (s: string) => log.push(s), error: (e: unknown) => log.push(`error ${String(e)}`) };
  const fakeProcess = { exit: (n: number) => log.push(`exit ${n}`) };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: run the program we generate
  const program = new Function('require', 'console', 'process', code) as (r: typeof fakeRequire, c: typeof fakeConsole, p: typeof fakeProcess) => void;
  program(fakeRequire, fakeConsole, fakeProcess);
  for (let i = 0; i < 200; i++) await Promise.resolve();
  return { sent, topics, log };
}

describe('kafka-topics.sh commands', () => {
  it('create every topic with its partitions, replication factor, retention and cleanup policy', () => {
    const text = topicCommands(preset('compaction'));
    expect(text).toContain('kafka-topics.sh --bootstrap-server localhost:9092 --create --topic temperatures');
    expect(text).toContain('--partitions 1 --replication-factor 1');
    expect(text).toContain('--config cleanup.policy=compact');
    expect(text).toContain('--config retention.ms=604800000');
    expect(text).toContain('--config delete.retention.ms=5000');
    const repl = topicCommands(preset('replication'));
    expect(repl).toContain('--topic payments-safe \\\n  --partitions 1 --replication-factor 3');
    expect(repl).toContain('--config min.insync.replicas=2');
    expect(topicCommands(preset('retention'))).toContain('--config retention.ms=8000');
  });

  it('say nothing when there are no topics', () => {
    expect(topicCommands({ ...preset('ordering'), nodes: [] })).toBe('');
  });
});

describe('Connect configurations', () => {
  it('use the file connectors’ real class and property names', () => {
    const configs = connectorConfigs(preset('connect-pipeline'));
    expect(configs.map((c) => JSON.parse(c.json) as unknown)).toEqual([
      { name: 'file-source', config: { 'connector.class': 'org.apache.kafka.connect.file.FileStreamSourceConnector', 'tasks.max': '1', file: 'input.txt', topic: 'connect-test' } },
      { name: 'file-sink', config: { 'connector.class': 'org.apache.kafka.connect.file.FileStreamSinkConnector', 'tasks.max': '1', file: 'file.txt', topics: 'connect-test' } },
    ]);
    expect(connectorCurl(configs[0])).toBe("curl -X POST -H 'Content-Type: application/json' --data @file-source.json http://localhost:8083/connectors\n");
  });
});

describe('the kafkajs program', () => {
  it.each(['partitions-keys', 'ordering', 'replication', 'compaction', 'rebalance'])('%s: kafkajs’s own partitioner puts every keyed record where the simulator did', async (id) => {
    const doc = preset(id);
    const { sent, topics, log } = await runProgram(kafkajsProgram(doc));
    expect(log.filter((l) => l.startsWith('error') || l.startsWith('exit'))).toEqual([]);
    // The same topics as the canvas.
    for (const n of doc.nodes) if (n.kind === 'topic') expect(topics.find((t) => t.topic === n.name)).toMatchObject({ numPartitions: n.partitions, replicationFactor: n.replicationFactor });
    // The same records, in the same order, per producer.
    const sim = new KafkaSimulation(doc);
    sim.advanceTo(60_000);
    const appended = sim.takeLog().flatMap((e) => (e.source === 'engine' && e.event.type === 'record.appended' ? [e.event] : []));
    const producers = doc.nodes.filter((n) => n.kind === 'producer');
    expect(sent.length).toBe(producers.reduce((s, p) => s + (p.kind === 'producer' ? programCount(p) : 0), 0));
    for (const s of sent) {
      const same = appended.find((a) => a.topic === s.topic && a.value === s.value && a.key === s.key);
      expect(same, `${s.topic} ${s.key} ${s.value}`).toBeDefined();
      expect(s.partition).toBe(same!.partition);
    }
    // Console lines say where the record went and where BrokerLab put it.
    expect(log[0]).toMatch(/-> partition (\d+) offset 0 \(BrokerLab: \1\)/);
  });

  it('sends with the producer’s acks (all = -1) and is valid JavaScript', async () => {
    const { sent } = await runProgram(kafkajsProgram(preset('replication')));
    expect(new Set(sent.map((s) => s.acks))).toEqual(new Set([1, -1]));
    expect(kafkajsProgram(preset('replication'))).toContain("require('kafkajs')");
  });
});
