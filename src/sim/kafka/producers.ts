/**
 * The producer applications: each sends its next record on a schedule (or when asked), keys in
 * turn, the value rendered with the record's number. The record travels to the topic first; the
 * cluster appends it when it arrives, and a short hop inside the topic shows the partition the
 * partitioner chose.
 */
import type { KafkaCluster } from '../../engine/kafka';
import { recordValue } from '../../scenario/kafka/export';
import type { KafkaScenario, KProducerNode } from '../../scenario/kafka/types';
import { IN, OUT } from './anchors';
import type { KafkaFlightBoard, NameIndex } from './flights';
import { nodeById } from './sync';
import { recordRef, type KafkaLatency, type KClientEvent } from './types';

export type ProducerTimer =
  | { kind: 'producer-tick'; producer: string; gen: number }
  | { kind: 'produce-arrive'; producer: string; topic: string; key: string | null; value: string; headers: Readonly<Record<string, string>>; colorId: number };

export interface ProducerPorts {
  readonly engine: KafkaCluster;
  readonly flights: KafkaFlightBoard;
  readonly latency: KafkaLatency;
  now(): number;
  doc(): KafkaScenario;
  names(): NameIndex;
  schedule(at: number, timer: ProducerTimer): void;
  client(event: KClientEvent): void;
  collect(): void;
  /** Told of every record sent, when it leaves (the queue comparison listens). */
  sent(time: number, producer: string, key: string | null, value: string): void;
}

interface ProducerRuntime {
  sent: number;
  gen: number;
  sig: string;
}

export class ProducerApps {
  private readonly runtimes = new Map<string, ProducerRuntime>();

  constructor(private readonly p: ProducerPorts) {}

  /** Follows the document: a changed schedule restarts its ticks; a removed producer is forgotten. */
  sync(doc: KafkaScenario): void {
    for (const n of doc.nodes) if (n.kind === 'producer') this.reschedule(n);
    for (const id of [...this.runtimes.keys()]) if (!nodeById(doc, id)) this.runtimes.delete(id);
  }

  sendNow(producerId: string): void {
    const p = nodeById(this.p.doc(), producerId);
    if (p?.kind === 'producer') this.send(p);
  }

  handle(timer: ProducerTimer): void {
    if (timer.kind === 'produce-arrive') return this.arrive(timer);
    const p = nodeById(this.p.doc(), timer.producer);
    const rt = this.runtimes.get(timer.producer);
    if (p?.kind !== 'producer' || !rt || rt.gen !== timer.gen || !p.schedule.enabled || p.schedule.ratePerSec <= 0) return;
    if (p.schedule.limit > 0 && rt.sent >= p.schedule.limit) return;
    this.send(p);
    this.p.schedule(this.p.now() + 1000 / p.schedule.ratePerSec, timer);
  }

  private reschedule(p: KProducerNode): void {
    const s = p.schedule;
    const sig = JSON.stringify([s.enabled, s.ratePerSec]);
    let rt = this.runtimes.get(p.id);
    if (!rt) {
      rt = { sent: 0, gen: 0, sig: '' };
      this.runtimes.set(p.id, rt);
    }
    if (rt.sig === sig) return;
    rt.sig = sig;
    rt.gen++;
    if (s.enabled && s.ratePerSec > 0) this.p.schedule(this.p.now(), { kind: 'producer-tick', producer: p.id, gen: rt.gen });
  }

  private send(p: KProducerNode): void {
    const doc = this.p.doc();
    const now = this.p.now();
    const edge = doc.edges.find((e) => e.kind === 'produce' && e.source === p.id);
    const topic = edge ? nodeById(doc, edge.target) : undefined;
    if (!edge || topic?.kind !== 'topic') {
      this.p.client({ type: 'producer-unconnected', producer: p.id });
      return;
    }
    const rt = this.runtimes.get(p.id);
    const n = (rt?.sent ?? 0) + 1;
    if (rt) rt.sent = n;
    const key = p.keyed ? (p.keys.length > 0 ? p.keys[(n - 1) % p.keys.length] : '') : null;
    const value = recordValue(p.value, n, key);
    const headers = Object.fromEntries(p.headers.map((h) => [h.key, h.value]));
    const colorId = this.p.flights.colorFor(key);
    this.p.client({ type: 'producer-sent', producer: p.id, topic: topic.name, key, value });
    this.p.sent(now, p.id, key, value);
    this.p.flights.add({ kind: 'record', a: { node: p.id, handle: OUT }, b: { node: topic.id, handle: IN }, curve: true, reverse: false, departAt: now, arriveAt: now + this.p.latency.produce, colorId, ref: null });
    this.p.schedule(now + this.p.latency.produce, { kind: 'produce-arrive', producer: p.id, topic: topic.name, key, value, headers, colorId });
  }

  private arrive(m: Extract<ProducerTimer, { kind: 'produce-arrive' }>): void {
    const now = this.p.now();
    const r = this.p.engine.execute({ type: 'produce', topic: m.topic, key: m.key, value: m.value, headers: m.headers, producer: m.producer });
    const topicNode = this.p.names().topic(m.topic);
    if (!r.ok) {
      if (topicNode) this.p.flights.mark('error', { node: topicNode, handle: IN }, now, m.colorId);
      this.p.collect();
      return;
    }
    const ref = recordRef(m.topic, r.value.partition, r.value.offset >= 0 ? r.value.offset : this.lastOffset(m.topic, r.value.partition));
    this.p.flights.setRecordColor(ref, m.colorId);
    if (topicNode) {
      this.p.flights.hop(topicNode, r.value.partition, now, m.colorId, ref);
      if (r.value.ack === 'acked' && nodeById(this.p.doc(), m.producer)) this.p.flights.ack(m.producer, topicNode, now + this.p.latency.hop);
    }
    this.p.collect();
  }

  /** acks=0 returns offset -1 to the producer; the log still knows where the record went. */
  private lastOffset(topic: string, partition: number): number {
    const p = this.p.engine.topics().find((t) => t.name === topic)?.partitions[partition];
    return p ? p.logEndOffset - 1 : -1;
  }
}
