/**
 * The side-by-side view (curriculum §6): the same messages through a RabbitMQ queue and a Kafka
 * topic. Every record the Kafka scenario's first producer sends is also published, at the same
 * simulated time, to a queue of a small AMQP simulation (src/sim/amqp/runner.ts), and every Kafka
 * consumer group gets a counterpart: one consumer on that queue. A queue forgets what it
 * delivered, so a second consumer there gets no history and shares new messages with the
 * first; a second Kafka group reads the whole log.
 */
import { defaultMessage } from '../../scenario/defaults';
import type { KafkaScenario } from '../../scenario/kafka/types';
import type { ConsumerNode, Scenario, ScenarioEdge, ScenarioNode } from '../../scenario/types';
import { SCENARIO_VERSION } from '../../scenario/types';
import { AmqpSimulation } from '../amqp/runner';

export const COMPARE_PRODUCER = 'p';
export const COMPARE_QUEUE = 'q';
export const compareConsumerId = (groupNode: string): string => `c-${groupNode}`;

export interface CompareReader {
  /** The Kafka group it stands for (node id) and its name. */
  readonly groupNode: string;
  readonly name: string;
  /** Message bodies this consumer processed, in order. */
  readonly received: readonly string[];
}

export interface CompareView {
  readonly queue: string;
  readonly published: number;
  readonly ready: readonly string[];
  readonly unacked: number;
  readonly readers: readonly CompareReader[];
}

/** The AMQP twin of a Kafka scenario: producer → queue (named like the first topic) → one consumer per group. */
export function amqpTwin(doc: KafkaScenario, payload = ''): Scenario {
  const producer = doc.nodes.find((n) => n.kind === 'producer');
  const topicEdge = producer ? doc.edges.find((e) => e.kind === 'produce' && e.source === producer.id) : undefined;
  const topic = doc.nodes.find((n) => n.id === topicEdge?.target);
  const nodes: ScenarioNode[] = [
    {
      id: COMPARE_PRODUCER,
      kind: 'producer',
      position: { x: 0, y: 0 },
      name: producer?.name ?? 'producer',
      app: 'app-producer',
      message: { ...defaultMessage(''), payloadKind: 'text', payload, properties: { contentType: 'text/plain', deliveryMode: 2 } },
      schedule: { enabled: false, ratePerSec: 1, burst: 1, keys: [], limit: 0 },
      confirm: false,
    },
    { id: COMPARE_QUEUE, kind: 'queue', position: { x: 300, y: 0 }, name: topic?.name ?? 'orders', durable: true, exclusive: false, autoDelete: false, args: {} },
  ];
  const edges: ScenarioEdge[] = [{ id: 'e-p', kind: 'publish', source: COMPARE_PRODUCER, target: COMPARE_QUEUE }];
  for (const g of doc.nodes) {
    if (g.kind !== 'group') continue;
    const consumer: ConsumerNode = {
      id: compareConsumerId(g.id),
      kind: 'consumer',
      position: { x: 600, y: 0 },
      name: g.name,
      app: `app-${g.name}`,
      ackMode: 'manual',
      prefetch: 1,
      prefetchGlobal: false,
      processingMs: g.consumers[0]?.processingMs ?? 300,
      action: { kind: 'ack' },
      priority: 0,
      exclusive: false,
    };
    nodes.push(consumer);
    edges.push({ id: `e-${consumer.id}`, kind: 'subscription', source: COMPARE_QUEUE, target: consumer.id });
  }
  return { version: SCENARIO_VERSION, mode: 'amqp', title: 'queue-vs-log', nodes, edges, playback: { speed: 1 } };
}

export class QueueComparison {
  readonly amqp: AmqpSimulation;
  private kdoc: KafkaScenario;
  private doc: Scenario;
  private published = 0;
  private readonly bodies = new Map<number, string>();
  private readonly received = new Map<string, string[]>();
  version = 0;

  constructor(kdoc: KafkaScenario) {
    this.kdoc = kdoc;
    this.doc = amqpTwin(kdoc);
    this.amqp = new AmqpSimulation(this.doc, { seed: 1 });
    this.drain();
  }

  /** Follows the Kafka document: a new group gets its consumer on the queue. */
  update(kdoc: KafkaScenario): void {
    this.kdoc = kdoc;
    this.doc = amqpTwin(kdoc, this.payload());
    this.amqp.setDocument(this.doc);
    this.drain();
  }

  /** The first Kafka producer sent a record at `time`: the same message goes to the queue then. */
  sent(time: number, producerId: string, value: string): void {
    if (this.kdoc.nodes.find((n) => n.kind === 'producer')?.id !== producerId) return;
    this.amqp.advanceTo(time);
    this.doc = amqpTwin(this.kdoc, value);
    this.amqp.setDocument(this.doc);
    this.amqp.publishNow(COMPARE_PRODUCER);
    this.published++;
    this.drain();
  }

  advanceTo(t: number): void {
    this.amqp.advanceTo(t);
    this.drain();
  }

  view(): CompareView {
    const q = this.amqp.broker.snapshot().queues.find((x) => x.name === this.queueName());
    return {
      queue: this.queueName(),
      published: this.published,
      ready: q?.ready.map((r) => r.message.body) ?? [],
      unacked: q?.unacked ?? 0,
      readers: this.kdoc.nodes.flatMap((g) => (g.kind === 'group' ? [{ groupNode: g.id, name: g.name, received: this.received.get(compareConsumerId(g.id)) ?? [] }] : [])),
    };
  }

  private queueName(): string {
    return this.doc.nodes.find((n) => n.id === COMPARE_QUEUE)?.name ?? '';
  }

  private payload(): string {
    const p = this.doc.nodes.find((n) => n.id === COMPARE_PRODUCER);
    return p?.kind === 'producer' ? p.message.payload : '';
  }

  private drain(): void {
    const log = this.amqp.takeLog();
    if (log.length > 0) this.version++;
    for (const e of log) {
      if (e.source === 'broker' && e.event.type === 'published') this.bodies.set(e.event.message.id, e.event.message.body);
      if (e.source === 'client' && e.event.type === 'consumer-processed') {
        const list = this.received.get(e.event.consumerId) ?? [];
        list.push(this.bodies.get(e.event.messageId) ?? '');
        this.received.set(e.event.consumerId, list);
      }
    }
  }
}
