// Going on to a real Kafka: the scenario as the commands and configurations an engineer would
// type. kafka-topics.sh creates the topics, the Connect REST API takes the connectors' JSON, and
// a Node.js program (kafkajs 2.x with its Java-compatible partitioner, so keys land where the Java
// client and this simulator put them) produces the same keyed records.

import { partitionForKey } from '../../engine/kafka';
import { KAFKA_DEFAULTS } from './defaults';
import type { KafkaScenario, KProducerNode, KTopicNode } from './types';

export const BOOTSTRAP = 'localhost:9092';
export const CONNECT_URL = 'http://localhost:8083';

/** The value a producer sends for record n (the simulation renders it the same way). */
export function recordValue(template: string, n: number, key: string | null): string {
  return template.replace(/\{n\}/g, String(n)).replace(/\{key\}/g, key ?? 'null');
}

/** Shell words are single-quoted unless they are plainly safe. */
function sh(word: string): string {
  return /^[A-Za-z0-9._,:=/@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function topicConfigs(t: KTopicNode): [string, string][] {
  const out: [string, string][] = [
    ['cleanup.policy', t.cleanupPolicy],
    ['retention.ms', String(t.retentionMs)],
  ];
  if (t.retentionBytes !== KAFKA_DEFAULTS.retentionBytes) out.push(['retention.bytes', String(t.retentionBytes)]);
  if (t.cleanupPolicy !== 'delete' && t.deleteRetentionMs !== KAFKA_DEFAULTS.deleteRetentionMs) out.push(['delete.retention.ms', String(t.deleteRetentionMs)]);
  if (t.minInsyncReplicas !== KAFKA_DEFAULTS.minInsyncReplicas) out.push(['min.insync.replicas', String(t.minInsyncReplicas)]);
  return out;
}

export function topicCommands(doc: KafkaScenario): string {
  const topics = doc.nodes.filter((n): n is KTopicNode => n.kind === 'topic');
  if (topics.length === 0) return '';
  return topics
    .map((t) =>
      [
        `kafka-topics.sh --bootstrap-server ${BOOTSTRAP} --create --topic ${sh(t.name)}`,
        `  --partitions ${t.partitions} --replication-factor ${t.replicationFactor}`,
        ...topicConfigs(t).map(([k, v]) => `  --config ${sh(`${k}=${v}`)}`),
      ].join(' \\\n'),
    )
    .join('\n\n')
    .concat('\n');
}

export interface ConnectorConfig {
  readonly name: string;
  readonly json: string;
}

/** POST /connectors bodies: the connector classes and property names the file connectors really have. */
export function connectorConfigs(doc: KafkaScenario): ConnectorConfig[] {
  const out: ConnectorConfig[] = [];
  for (const n of doc.nodes) {
    if (n.kind !== 'connector') continue;
    const source = n.connectorClass === 'FileStreamSource';
    const fileEdge = doc.edges.find((e) => (source ? e.kind === 'source-read' && e.target === n.id : e.kind === 'sink-write' && e.source === n.id));
    const file = doc.nodes.find((x) => x.id === (source ? fileEdge?.source : fileEdge?.target))?.name ?? '';
    const topics = doc.edges
      .filter((e) => (source ? e.kind === 'source-write' && e.source === n.id : e.kind === 'sink-read' && e.target === n.id))
      .map((e) => doc.nodes.find((x) => x.id === (source ? e.target : e.source))?.name ?? '')
      .filter((x) => x !== '');
    const config: Record<string, string> = {
      'connector.class': source ? 'org.apache.kafka.connect.file.FileStreamSourceConnector' : 'org.apache.kafka.connect.file.FileStreamSinkConnector',
      'tasks.max': String(n.tasksMax),
      file,
    };
    if (source) {
      config.topic = topics[0] ?? '';
      if (n.batchSize !== KAFKA_DEFAULTS.sourceBatchSize) config['batch.size'] = String(n.batchSize);
    } else config.topics = topics.join(',');
    out.push({ name: n.name, json: `${JSON.stringify({ name: n.name, config }, null, 2)}\n` });
  }
  return out;
}

export function connectorCurl(c: ConnectorConfig): string {
  return `curl -X POST -H 'Content-Type: application/json' --data @${sh(`${c.name}.json`)} ${CONNECT_URL}/connectors\n`;
}

/** How many records the program sends for a producer: its limit, or 10 when it has none. */
export const programCount = (p: KProducerNode): number => (p.schedule.limit > 0 ? Math.min(p.schedule.limit, 1000) : 10);

const ACKS = { 0: 0, 1: 1, all: -1 } as const;

/** A runnable Node.js program (CommonJS, kafkajs 2.x) that creates the topics and sends each producer's records. */
export function kafkajsProgram(doc: KafkaScenario): string {
  const topics = doc.nodes.filter((n): n is KTopicNode => n.kind === 'topic');
  const producers = doc.nodes.filter((n): n is KProducerNode => n.kind === 'producer');
  const lines: string[] = [
    `// ${doc.title || 'BrokerLab Kafka scenario'}: the same keyed records on a real Kafka.`,
    '// Run: npm install kafkajs && node producer.js   (a broker on ' + BOOTSTRAP + ')',
    "'use strict';",
    "const { Kafka, Partitioners } = require('kafkajs');",
    '',
    `const kafka = new Kafka({ clientId: 'brokerlab', brokers: [${JSON.stringify(BOOTSTRAP)}] });`,
    '',
    '// The same topics as on the canvas (createTopics leaves existing ones alone).',
    `const topics = ${JSON.stringify(
      topics.map((t) => ({ topic: t.name, numPartitions: t.partitions, replicationFactor: t.replicationFactor, configEntries: topicConfigs(t).map(([name, value]) => ({ name, value })) })),
      null,
      2,
    )};`,
    '',
    "// kafkajs 2's DefaultPartitioner is its Java-compatible partitioner (called JavaCompatiblePartitioner",
    '// before 2.0): murmur2 of the key, like the Java client and BrokerLab, so a key lands in the same partition.',
    'const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });',
    '',
    'async function main() {',
    '  const admin = kafka.admin();',
    '  await admin.connect();',
    '  await admin.createTopics({ topics, waitForLeaders: true });',
    '  await admin.disconnect();',
    '  await producer.connect();',
  ];
  for (const p of producers) {
    const edge = doc.edges.find((e) => e.kind === 'produce' && e.source === p.id);
    const topic = topics.find((t) => t.id === edge?.target);
    if (!topic) {
      lines.push(`  // ${p.name}: not connected to a topic on the canvas.`);
      continue;
    }
    const count = programCount(p);
    const records = Array.from({ length: count }, (_, i) => {
      const key = p.keyed ? (p.keys.length > 0 ? p.keys[i % p.keys.length] : '') : null;
      return { key, value: recordValue(p.value, i + 1, key), expected: key === null || p.partitioner === 'round-robin' ? null : partitionForKey(key, topic.partitions) };
    });
    const headers = p.headers.length > 0 ? `, headers: ${JSON.stringify(Object.fromEntries(p.headers.map((h) => [h.key, h.value])))}` : '';
    lines.push(
      '',
      `  // Producer ${JSON.stringify(p.name)}: acks=${p.acks}${p.partitioner === 'round-robin' ? ' (BrokerLab used RoundRobinPartitioner, which kafkajs lacks: keys decide here)' : ''}${p.keyed ? '' : ' (null keys: kafkajs spreads them its own way, not sticky)'}.`,
      `  // expected: the partition BrokerLab put each record in (murmur2 of the key % ${topic.partitions}).`,
      '  {',
      `    const records = ${JSON.stringify(records)};`,
      '    for (const r of records) {',
      `      const [meta] = await producer.send({ topic: ${JSON.stringify(topic.name)}, acks: ${ACKS[p.acks]}, messages: [{ key: r.key, value: r.value${headers} }] });`,
      "      console.log(`${r.key} -> partition ${meta.partition} offset ${meta.baseOffset}` + (r.expected === null ? '' : ` (BrokerLab: ${r.expected})`));",
      '    }',
      '  }',
    );
  }
  lines.push('  await producer.disconnect();', '}', '', 'main().catch((e) => {', '  console.error(e);', '  process.exit(1);', '});', '');
  return lines.join('\n');
}
