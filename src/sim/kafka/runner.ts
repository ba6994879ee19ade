/**
 * The Kafka simulation: the cluster engine plus the client applications a scenario describes
 * (producers sending keyed records on a schedule, consumers polling, processing and committing,
 * applications writing lines to files), with travel times so every record can be watched as it
 * moves. Pure and deterministic: time only moves through advanceTo/step, and the same document,
 * seed and actions give the same log.
 */
import { createKafkaCluster, type KafkaCluster, type KafkaCommand, type KafkaEvent, type OffsetSpec } from '../../engine/kafka';
import { recordValue } from '../../scenario/kafka/export';
import type { KafkaScenario } from '../../scenario/kafka/types';
import { EventQueue } from '../event-queue';
import { ConsumerApps, type ConsumerRuntime, type ConsumerTimer } from './consumers';
import { ProducerApps, type ProducerTimer } from './producers';
import { KafkaFlightBoard, type NameIndex } from './flights';
import { nameIndex } from './names';
import { KafkaTopologySync, nodeById } from './sync';
import { DEFAULT_KAFKA_LATENCY, type KafkaLatency, type KClientEvent, type KLogEntry } from './types';

type ClientTimer =
  | ProducerTimer
  | ConsumerTimer
  | { kind: 'writer-tick'; file: string; gen: number };

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

export type { ConsumerRuntime };

export class KafkaSimulation {
  readonly engine: KafkaCluster;
  readonly flights: KafkaFlightBoard;
  readonly latency: KafkaLatency;
  readonly signature: string;
  private doc: KafkaScenario;
  private readonly timers = new EventQueue<ClientTimer>();
  private readonly sync: KafkaTopologySync;
  private readonly apps: ConsumerApps;
  private readonly producerApps: ProducerApps;
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
    this.producerApps = new ProducerApps({
      engine: this.engine,
      flights: this.flights,
      latency: this.latency,
      now: () => this.t,
      doc: () => this.doc,
      names: () => this.names,
      schedule: (at, timer) => void this.timers.schedule(at, timer),
      client: (event) => this.client(event),
      collect: () => this.collect(),
      sent: (time, producer, key, value) => this.onSent?.(time, producer, key, value),
    });
    this.apps = new ConsumerApps({
      engine: this.engine,
      flights: this.flights,
      latency: this.latency,
      now: () => this.t,
      doc: () => this.doc,
      names: () => this.names,
      schedule: (at, timer) => void this.timers.schedule(at, timer),
      client: (event) => this.client(event),
      run: (node, cmd) => this.run(node, cmd),
      collect: () => this.collect(),
      changed: () => void this.version++,
    });
    this.sync = new KafkaTopologySync(this.engine, {
      failed: (node, command, error) => this.client({ type: 'command-failed', node, command, error }),
      joined: (m) => this.apps.joined(m),
      left: (m) => this.apps.left(m.key),
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
    this.producerApps.sync(doc);
    for (const n of doc.nodes) if (n.kind === 'file') this.rescheduleWriter(n.id, n.writer.enabled, n.writer.ratePerSec);
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
    this.producerApps.sendNow(producerId);
    this.collect();
  }

  /** The consumer applications' runtimes (what each holds, whether it crashed), for the canvas. */
  get consumers(): ReadonlyMap<string, ConsumerRuntime> {
    return this.apps.runtimes;
  }

  /** How many records a group's consumers processed since the start. */
  processedBy(groupNode: string): number {
    return this.apps.processedBy.get(groupNode) ?? 0;
  }

  crashConsumer(groupNode: string, consumerId: string): void {
    this.apps.crash(groupNode, consumerId);
    this.collect();
  }

  restartConsumer(groupNode: string, consumerId: string): void {
    this.apps.restart(groupNode, consumerId, (key) => this.sync.rejoin(this.doc, key));
    this.collect();
  }

  /** commitSync() for every live member of a group (the manual commit button). */
  commitGroup(groupNode: string): void {
    this.apps.commit(groupNode);
    this.collect();
  }

  /** seek() on every partition the group's live members own; they read from there at their next poll. */
  seekGroup(groupNode: string, offset: OffsetSpec): void {
    this.apps.seek(groupNode, offset);
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
      case 'producer-tick':
      case 'produce-arrive':
        return this.producerApps.handle(timer);
      case 'poll':
      case 'processed':
        return this.apps.handle(timer);
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

  // ---- file writers ----------------------------------------------------------------------

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
