/**
 * The Kafka simulation: the cluster engine plus the client applications a scenario describes
 * (producers sending keyed records on a schedule, consumers polling, processing and committing,
 * applications writing lines to files), with travel times so every record can be watched as it
 * moves. Pure and deterministic: time only moves through advanceTo/step, and the same document,
 * seed and actions give the same log.
 */
import { createKafkaCluster, type KafkaCluster, type KafkaCommand, type KafkaEvent, type OffsetSpec } from '../../engine/kafka';
import { recordValue } from '../../scenario/kafka/export';
import type { KafkaScenario, KGroupNode, KProducerNode } from '../../scenario/kafka/types';
import { EventQueue } from '../event-queue';
import { IN, memberIn, OUT, partitionOut } from './anchors';
import { KafkaFlightBoard, STAGGER_MS, type NameIndex } from './flights';
import { KafkaTopologySync, memberKey, nodeById, type MemberRun } from './sync';
import { DEFAULT_KAFKA_LATENCY, recordRef, type HeldRecord, type KafkaLatency, type KClientEvent, type KLogEntry } from './types';

type ClientTimer =
  | { kind: 'producer-tick'; producer: string; gen: number }
  | { kind: 'produce-arrive'; producer: string; topic: string; key: string | null; value: string; headers: Readonly<Record<string, string>>; colorId: number }
  | { kind: 'poll'; key: string; gen: number }
  | { kind: 'processed'; key: string; gen: number; held: HeldRecord; last: boolean }
  | { kind: 'writer-tick'; file: string; gen: number };

interface ProducerRuntime {
  sent: number;
  gen: number;
  sig: string;
}

export interface ConsumerRuntime {
  readonly run: MemberRun;
  gen: number;
  crashed: boolean;
  held: HeldRecord[];
  lastError: string | null;
}

interface WriterRuntime {
  written: number;
  gen: number;
  sig: string;
}

export interface KafkaSimulationOptions {
  readonly latency?: KafkaLatency;
}

/** The cluster settings fixed for the life of an engine: changing them starts the simulation over. */
export function clusterSignature(doc: KafkaScenario): string {
  const b = doc.nodes.find((n) => n.kind === 'brokers');
  return JSON.stringify([doc.seed, b?.kind === 'brokers' ? [b.brokers, b.replicationDelayMs] : null]);
}

/** The value a producer sends: `{n}` is the record's number, `{key}` its key (the exported program renders it the same way). */
export const renderValue = recordValue;

export class KafkaSimulation {
  readonly engine: KafkaCluster;
  readonly flights: KafkaFlightBoard;
  readonly latency: KafkaLatency;
  readonly signature: string;
  private doc: KafkaScenario;
  private readonly timers = new EventQueue<ClientTimer>();
  private readonly sync: KafkaTopologySync;
  readonly consumers = new Map<string, ConsumerRuntime>();
  private readonly producers = new Map<string, ProducerRuntime>();
  private readonly writers = new Map<string, WriterRuntime>();
  private names: NameIndex;
  private log: KLogEntry[] = [];
  private logSeq = 0;
  private t = 0;
  /** Bumped whenever anything visible changes, so the UI knows when to re-read. */
  version = 0;
  /** Told of every record a producer sends, at the simulated time it leaves (the queue comparison listens). */
  onSent: ((time: number, producer: string, key: string | null, value: string) => void) | null = null;

  constructor(doc: KafkaScenario, options: KafkaSimulationOptions = {}) {
    const b = doc.nodes.find((n) => n.kind === 'brokers');
    this.engine = createKafkaCluster({
      seed: doc.seed,
      brokers: b?.kind === 'brokers' ? b.brokers : 1,
      replicationDelayMs: b?.kind === 'brokers' ? b.replicationDelayMs : 0,
    });
    this.signature = clusterSignature(doc);
    this.latency = options.latency ?? DEFAULT_KAFKA_LATENCY;
    this.flights = new KafkaFlightBoard(this.latency);
    this.doc = doc;
    this.names = nameIndex(doc);
    this.sync = new KafkaTopologySync(this.engine, {
      failed: (node, command, error) => this.client({ type: 'command-failed', node, command, error }),
      joined: (m) => this.memberJoined(m),
      left: (m) => this.consumers.delete(m.key),
      connectorIncomplete: (connector, missing) => this.client({ type: 'connector-incomplete', connector, missing }),
    });
    this.setDocument(doc);
  }

  now(): number {
    return this.t;
  }

  document(): KafkaScenario {
    return this.doc;
  }

  /** Applies an edited document to the running cluster, changing only what changed. */
  setDocument(doc: KafkaScenario): void {
    this.doc = doc;
    this.names = nameIndex(doc);
    this.sync.apply(doc);
    for (const n of doc.nodes) {
      if (n.kind === 'producer') this.reschedule(n);
      if (n.kind === 'file') this.rescheduleWriter(n.id, n.writer.enabled, n.writer.ratePerSec);
    }
    for (const id of [...this.producers.keys()]) if (!nodeById(doc, id)) this.producers.delete(id);
    for (const id of [...this.writers.keys()]) if (!nodeById(doc, id)) this.writers.delete(id);
    this.collect();
  }

  nextDueAt(): number | null {
    const client = this.timers.peek()?.time ?? null;
    const engine = this.engine.nextDueAt();
    if (client === null) return engine;
    if (engine === null) return client;
    return Math.min(client, engine);
  }

  /** Runs everything due up to t, in time order, then sets the clock to t. */
  advanceTo(t: number): void {
    for (let next = this.nextDueAt(); next !== null && next <= t; next = this.nextDueAt()) this.runNext();
    if (t > this.t) this.t = t;
    this.engine.advanceTo(this.t);
    this.collect();
  }

  /** Runs the next scheduled thing only (the Step button); returns false when nothing is left. */
  step(): boolean {
    if (this.nextDueAt() === null) return false;
    this.runNext();
    return true;
  }

  takeLog(): KLogEntry[] {
    const out = this.log;
    this.log = [];
    return out;
  }

  // ---- user actions -------------------------------------------------------------------------

  /** Sends the producer's next record now. */
  sendNow(producerId: string): void {
    const p = nodeById(this.doc, producerId);
    if (p?.kind === 'producer') this.send(p);
    this.collect();
  }

  crashConsumer(groupNode: string, consumerId: string): void {
    const rt = this.consumers.get(memberKey(groupNode, consumerId));
    if (!rt || rt.crashed) return;
    if (!this.run(groupNode, { type: 'consumer.crash', group: rt.run.group, member: rt.run.member })) return;
    rt.crashed = true;
    rt.gen++;
    const dropped = rt.held.length;
    rt.held = [];
    this.flights.mark('crash', { node: groupNode, handle: memberIn(consumerId) }, this.t, 0);
    this.client({ type: 'consumer-crashed', group: groupNode, consumer: consumerId, dropped });
    this.collect();
  }

  restartConsumer(groupNode: string, consumerId: string): void {
    const key = memberKey(groupNode, consumerId);
    const rt = this.consumers.get(key);
    if (!rt || !rt.crashed) return;
    if (!this.sync.rejoin(this.doc, key)) return;
    rt.crashed = false;
    rt.gen++;
    rt.lastError = null;
    this.client({ type: 'consumer-restarted', group: groupNode, consumer: consumerId });
    this.timers.schedule(this.t, { kind: 'poll', key, gen: rt.gen });
    this.collect();
  }

  /** commitSync() for every live member of a group (the manual commit button). */
  commitGroup(groupNode: string): void {
    for (const rt of this.consumers.values())
      if (rt.run.groupNode === groupNode && !rt.crashed) this.run(groupNode, { type: 'commit', group: rt.run.group, member: rt.run.member });
    this.collect();
  }

  /** seek() on every partition the group's live members own; they read from there at their next poll. */
  seekGroup(groupNode: string, offset: OffsetSpec): void {
    const group = this.engine.groups().find((g) => g.id === nodeName(this.doc, groupNode));
    for (const m of group?.members ?? []) {
      if (!m.alive) continue;
      for (const a of m.assignment) this.run(groupNode, { type: 'seek', group: group!.id, member: m.id, topic: a.topic, partition: a.partition, offset });
    }
    this.collect();
  }

  failBroker(broker: number): void {
    this.run(null, { type: 'broker.fail', broker });
    this.collect();
  }

  recoverBroker(broker: number): void {
    this.run(null, { type: 'broker.recover', broker });
    this.collect();
  }

  failWorker(worker: string): void {
    this.run(null, { type: 'connect.worker.fail', worker });
    this.collect();
  }

  recoverWorker(worker: string): void {
    this.run(null, { type: 'connect.worker.recover', worker });
    this.collect();
  }

  /** An application appends a line to a file (the "append a line" box, or a file's writer). */
  appendLine(fileNode: string, line: string): void {
    const f = nodeById(this.doc, fileNode);
    if (f?.kind !== 'file') return;
    if (this.run(fileNode, { type: 'file.append', path: f.name, text: `${line}\n` })) {
      this.flights.mark('write', { node: fileNode, handle: null }, this.t, 0);
      this.client({ type: 'file-written', file: fileNode, line });
    }
    this.collect();
  }

  compactTopic(topicNode: string): void {
    const n = nodeById(this.doc, topicNode);
    if (n?.kind === 'topic') this.run(topicNode, { type: 'topic.compact', topic: n.name });
    this.collect();
  }

  // ---- the event loop -----------------------------------------------------------------------

  private runNext(): void {
    const client = this.timers.peek();
    const engine = this.engine.nextDueAt();
    if (client !== undefined && (engine === null || client.time <= engine)) {
      this.timers.pop();
      if (client.time > this.t) this.t = client.time;
      this.engine.advanceTo(this.t);
      this.collect();
      this.handle(client.payload);
    } else if (engine !== null) {
      if (engine > this.t) this.t = engine;
      this.engine.advanceTo(this.t);
    }
    this.collect();
  }

  private handle(timer: ClientTimer): void {
    switch (timer.kind) {
      case 'producer-tick': {
        const p = nodeById(this.doc, timer.producer);
        const rt = this.producers.get(timer.producer);
        if (p?.kind !== 'producer' || !rt || rt.gen !== timer.gen || !p.schedule.enabled || p.schedule.ratePerSec <= 0) return;
        if (p.schedule.limit > 0 && rt.sent >= p.schedule.limit) return;
        this.send(p);
        this.timers.schedule(this.t + 1000 / p.schedule.ratePerSec, timer);
        return;
      }
      case 'produce-arrive':
        return this.produceArrive(timer);
      case 'poll':
        return this.poll(timer.key, timer.gen);
      case 'processed':
        return this.processed(timer.key, timer.gen, timer.held, timer.last);
      case 'writer-tick': {
        const f = nodeById(this.doc, timer.file);
        const rt = this.writers.get(timer.file);
        if (f?.kind !== 'file' || !rt || rt.gen !== timer.gen || !f.writer.enabled || f.writer.ratePerSec <= 0 || f.writer.lines.length === 0) return;
        if (f.writer.limit > 0 && rt.written >= f.writer.limit) return;
        this.appendLine(f.id, f.writer.lines[rt.written % f.writer.lines.length]);
        rt.written++;
        this.timers.schedule(this.t + 1000 / f.writer.ratePerSec, timer);
        return;
      }
    }
  }

  // ---- producers ----------------------------------------------------------------------------

  private reschedule(p: KProducerNode): void {
    const s = p.schedule;
    const sig = JSON.stringify([s.enabled, s.ratePerSec]);
    let rt = this.producers.get(p.id);
    if (!rt) {
      rt = { sent: 0, gen: 0, sig: '' };
      this.producers.set(p.id, rt);
    }
    if (rt.sig === sig) return;
    rt.sig = sig;
    rt.gen++;
    if (s.enabled && s.ratePerSec > 0) this.timers.schedule(this.t, { kind: 'producer-tick', producer: p.id, gen: rt.gen });
  }

  private rescheduleWriter(id: string, enabled: boolean, rate: number): void {
    const sig = JSON.stringify([enabled, rate]);
    let rt = this.writers.get(id);
    if (!rt) {
      rt = { written: 0, gen: 0, sig: '' };
      this.writers.set(id, rt);
    }
    if (rt.sig === sig) return;
    rt.sig = sig;
    rt.gen++;
    if (enabled && rate > 0) this.timers.schedule(this.t + 1000 / rate, { kind: 'writer-tick', file: id, gen: rt.gen });
  }

  private send(p: KProducerNode): void {
    const edge = this.doc.edges.find((e) => e.kind === 'produce' && e.source === p.id);
    const topic = edge ? nodeById(this.doc, edge.target) : undefined;
    if (!edge || topic?.kind !== 'topic') {
      this.client({ type: 'producer-unconnected', producer: p.id });
      return;
    }
    const rt = this.producers.get(p.id);
    const n = (rt?.sent ?? 0) + 1;
    if (rt) rt.sent = n;
    const key = p.keyed ? (p.keys.length > 0 ? p.keys[(n - 1) % p.keys.length] : '') : null;
    const value = renderValue(p.value, n, key);
    const headers = Object.fromEntries(p.headers.map((h) => [h.key, h.value]));
    const colorId = this.flights.colorFor(key);
    this.client({ type: 'producer-sent', producer: p.id, topic: topic.name, key, value });
    this.onSent?.(this.t, p.id, key, value);
    this.flights.add({ kind: 'record', a: { node: p.id, handle: OUT }, b: { node: topic.id, handle: IN }, curve: true, reverse: false, departAt: this.t, arriveAt: this.t + this.latency.produce, colorId, ref: null });
    this.timers.schedule(this.t + this.latency.produce, { kind: 'produce-arrive', producer: p.id, topic: topic.name, key, value, headers, colorId });
  }

  private produceArrive(m: Extract<ClientTimer, { kind: 'produce-arrive' }>): void {
    const r = this.engine.execute({ type: 'produce', topic: m.topic, key: m.key, value: m.value, headers: m.headers, producer: m.producer });
    const topicNode = this.names.topic(m.topic);
    if (!r.ok) {
      if (topicNode) this.flights.mark('error', { node: topicNode, handle: IN }, this.t, m.colorId);
      this.collect();
      return;
    }
    const ref = recordRef(m.topic, r.value.partition, r.value.offset >= 0 ? r.value.offset : this.lastOffset(m.topic, r.value.partition));
    this.flights.setRecordColor(ref, m.colorId);
    if (topicNode) {
      this.flights.hop(topicNode, r.value.partition, this.t, m.colorId, ref);
      if (r.value.ack === 'acked' && nodeById(this.doc, m.producer)) this.flights.ack(m.producer, topicNode, this.t + this.latency.hop);
    }
    this.collect();
  }

  /** acks=0 returns offset -1 to the producer; the log still knows where the record went. */
  private lastOffset(topic: string, partition: number): number {
    const p = this.engine.topics().find((t) => t.name === topic)?.partitions[partition];
    return p ? p.logEndOffset - 1 : -1;
  }

  // ---- consumers ----------------------------------------------------------------------------

  private memberJoined(m: MemberRun): void {
    const rt: ConsumerRuntime = { run: m, gen: 0, crashed: false, held: [], lastError: null };
    this.consumers.set(m.key, rt);
    this.timers.schedule(this.t, { kind: 'poll', key: m.key, gen: rt.gen });
  }

  private group(rt: ConsumerRuntime): { node: KGroupNode; pollIntervalMs: number; processingMs: number } | null {
    const n = nodeById(this.doc, rt.run.groupNode);
    const c = n?.kind === 'group' ? n.consumers.find((x) => x.id === rt.run.consumerId) : undefined;
    return n?.kind === 'group' && c ? { node: n, pollIntervalMs: c.pollIntervalMs, processingMs: c.processingMs } : null;
  }

  private poll(key: string, gen: number): void {
    const rt = this.consumers.get(key);
    if (!rt || rt.gen !== gen || rt.crashed) return;
    const g = this.group(rt);
    if (!g) return;
    const r = this.engine.execute({ type: 'poll', group: rt.run.group, member: rt.run.member, maxRecords: g.node.maxPollRecords });
    this.collect();
    if (!r.ok) {
      // Said once, not at every poll: the same error would fill the log.
      if (rt.lastError !== r.error.code) this.client({ type: 'command-failed', node: g.node.id, command: 'poll', error: r.error });
      rt.lastError = r.error.code;
      this.timers.schedule(this.t + g.pollIntervalMs, { kind: 'poll', key, gen });
      return;
    }
    rt.lastError = null;
    const records = r.value.records;
    if (records.length === 0) {
      this.timers.schedule(this.t + g.pollIntervalMs, { kind: 'poll', key, gen });
      return;
    }
    let done = this.t;
    records.forEach((rec, i) => {
      const ref = recordRef(rec.topic, rec.partition, rec.offset);
      const topicNode = this.names.topic(rec.topic);
      const depart = Math.max(this.t, this.flights.landingOf(ref) ?? this.t) + Math.min(i, 12) * STAGGER_MS;
      const arriveAt = depart + this.latency.deliver;
      const colorId = this.flights.colorOfRecord(rec);
      if (topicNode)
        this.flights.add({ kind: 'record', a: { node: topicNode, handle: partitionOut(rec.partition) }, b: { node: rt.run.groupNode, handle: memberIn(rt.run.consumerId) }, curve: true, reverse: false, departAt: depart, arriveAt, colorId, ref });
      done = Math.max(done, arriveAt) + g.processingMs;
      const held: HeldRecord = { record: rec, colorId, arriveAt, doneAt: done };
      rt.held.push(held);
      this.timers.schedule(done, { kind: 'processed', key, gen, held, last: i === records.length - 1 });
    });
    this.version++;
  }

  private processed(key: string, gen: number, held: HeldRecord, last: boolean): void {
    const rt = this.consumers.get(key);
    if (!rt || rt.gen !== gen || rt.crashed) return;
    rt.held = rt.held.filter((h) => h !== held);
    const rec = held.record;
    this.client({ type: 'consumer-processed', group: rt.run.groupNode, consumer: rt.run.consumerId, topic: rec.topic, partition: rec.partition, offset: rec.offset, key: rec.key, value: rec.value });
    if (!last) return;
    const g = this.group(rt);
    if (!g) return;
    if (g.node.commit === 'after-batch') this.run(g.node.id, { type: 'commit', group: rt.run.group, member: rt.run.member });
    this.timers.schedule(this.t + g.pollIntervalMs, { kind: 'poll', key, gen });
  }

  // ---- engine plumbing ----------------------------------------------------------------------

  private run(node: string | null, cmd: KafkaCommand): boolean {
    const r = this.engine.execute(cmd);
    if (!r.ok) this.client({ type: 'command-failed', node, command: cmd.type, error: r.error });
    return r.ok;
  }

  private client(event: KClientEvent): void {
    this.log.push({ seq: this.logSeq++, time: this.t, source: 'client', event });
    this.version++;
  }

  /** Moves the engine's events into the log and turns them into flights and marks. */
  private collect(): void {
    const events = this.engine.takeEvents();
    if (events.length === 0) return;
    for (const e of events) {
      this.log.push({ seq: this.logSeq++, time: e.at, source: 'engine', event: e });
      this.react(e);
    }
    this.version++;
  }

  private react(e: KafkaEvent): void {
    this.flights.onEngineEvent(e, this.names);
  }
}

function nodeName(doc: KafkaScenario, id: string): string | undefined {
  return nodeById(doc, id)?.name;
}

/** Names in the engine's events → the nodes that draw them. */
export function nameIndex(doc: KafkaScenario): NameIndex {
  const byKind = (kind: string) => new Map(doc.nodes.filter((n) => n.kind === kind).map((n) => [n.name, n.id]));
  const topics = byKind('topic');
  const connectors = byKind('connector');
  const files = byKind('file');
  const members = new Map<string, { node: string; handle: string }>();
  for (const n of doc.nodes) {
    if (n.kind === 'group') for (const c of n.consumers) members.set(`${n.name}\u0000${c.name}`, { node: n.id, handle: memberIn(c.id) });
    // A sink connector's tasks consume as the group connect-<name>.
    if (n.kind === 'connector' && n.connectorClass === 'FileStreamSink')
      for (let i = 0; i < n.tasksMax; i++) members.set(`connect-${n.name}\u0000connector-consumer-${n.name}-${i}`, { node: n.id, handle: IN });
  }
  return {
    topic: (name) => topics.get(name),
    connector: (name) => connectors.get(name),
    file: (name) => files.get(name),
    member: (group, member) => members.get(`${group}\u0000${member}`) ?? null,
    producer: (id) => (nodeById(doc, id)?.kind === 'producer' ? { node: id, topicEdge: doc.edges.some((e) => e.kind === 'produce' && e.source === id) } : null),
  };
}
