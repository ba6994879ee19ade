/**
 * The AMQP simulation: the broker engine plus the client applications a scenario describes
 * (producers publishing on a schedule, consumers processing and acknowledging), with travel
 * times so that every message can be watched as it moves. Pure and deterministic: time only
 * moves through advanceTo/step, and the same document, seed and actions give the same log.
 */
import { createBroker, type Broker } from '../../engine/amqp/broker';
import type { AmqpCommand, CommandResult } from '../../engine/amqp/commands';
import type { AmqpEvent } from '../../engine/amqp/events';
import type { MessageProperties } from '../../engine/amqp/model';
import type { ConsumerNode, ProducerNode, Scenario } from '../../scenario/types';
import { EventQueue } from '../event-queue';
import { messageBody, messageProperties } from './fields';
import type { AppInfo, Closure, LinkState } from './clients';
import { FlightBoard } from './flights';
import { TopologySync } from './sync';
import {
  CONSUMER_RESTART_MS,
  DEFAULT_LATENCY,
  RECONNECT_MS,
  type ClientEvent,
  type HeldDelivery,
  type Latency,
  type SimLogEntry,
} from './types';

type ClientTimer =
  | { kind: 'producer-tick'; producerId: string; generation: number }
  | { kind: 'publish-arrive'; producerId: string; message: OutgoingMessage; flightColor: number }
  | { kind: 'delivery-arrive'; consumerId: string; delivery: HeldDelivery }
  | { kind: 'processing-done'; consumerId: string; delivery: HeldDelivery }
  | { kind: 'settle-arrive'; consumerId: string; delivery: HeldDelivery; action: 'ack' | 'nack' | 'reject'; requeue: boolean }
  | { kind: 'consumer-restart'; consumerId: string }
  | { kind: 'reconnect' };

/** A message as it left the producer: later edits to the template do not change it in flight. */
interface OutgoingMessage {
  readonly routingKey: string;
  readonly mandatory: boolean;
  readonly properties: MessageProperties;
  readonly body: string;
}

interface ConsumerRuntime {
  inbox: HeldDelivery[];
  processing: HeldDelivery | null;
  /** Manual consumers: messages waiting for the user's Ack / Nack / Reject. */
  awaiting: HeldDelivery[];
  downUntil: number | null;
}

interface ProducerRuntime {
  sent: number;
  keyIndex: number;
  generation: number;
  scheduleSig: string;
}

export interface SimulationOptions {
  readonly seed?: number;
  readonly latency?: Latency;
}

export class AmqpSimulation {
  readonly broker: Broker;
  readonly flights = new FlightBoard();
  readonly latency: Latency;
  private doc: Scenario;
  private readonly timers = new EventQueue<ClientTimer>();
  private readonly sync: TopologySync;
  private readonly consumers = new Map<string, ConsumerRuntime>();
  private readonly producers = new Map<string, ProducerRuntime>();
  private log: SimLogEntry[] = [];
  private logSeq = 0;
  private t = 0;
  /** Bumped whenever anything visible changes, so the UI knows when to re-read. */
  version = 0;

  constructor(doc: Scenario, options: SimulationOptions = {}) {
    this.broker = createBroker({ seed: options.seed ?? 1 });
    this.latency = options.latency ?? DEFAULT_LATENCY;
    this.doc = doc;
    this.sync = new TopologySync(this.broker, (nodeId, command, error) =>
      this.client({ type: 'command-failed', nodeId, command, error }),
    );
    this.flights.producerOfChannel = (channel) => this.sync.producerOfChannel(channel);
    this.setDocument(doc);
  }

  now(): number {
    return this.t;
  }

  /** Applies an edited document to the running broker, changing only what changed. */
  setDocument(doc: Scenario): void {
    this.doc = doc;
    for (const q of this.sync.apply(doc)) this.client({ type: 'queue-recreated', nodeId: q.nodeId, queue: q.name });
    for (const n of doc.nodes) {
      if (n.kind === 'consumer' && !this.consumers.has(n.id))
        this.consumers.set(n.id, { inbox: [], processing: null, awaiting: [], downUntil: null });
      if (n.kind === 'producer') this.reschedule(n);
    }
    for (const id of [...this.consumers.keys()]) if (!doc.nodes.some((n) => n.id === id)) this.consumers.delete(id);
    for (const id of [...this.producers.keys()]) if (!doc.nodes.some((n) => n.id === id)) this.producers.delete(id);
    this.collect();
  }

  /** Time of the next thing that will happen, or null when nothing is scheduled. */
  nextDueAt(): number | null {
    const client = this.timers.peek()?.time ?? null;
    const broker = this.broker.nextDueAt();
    if (client === null) return broker;
    if (broker === null) return client;
    return Math.min(client, broker);
  }

  /** Runs everything due up to t, in time order, then sets the clock to t. */
  advanceTo(t: number): void {
    for (let next = this.nextDueAt(); next !== null && next <= t; next = this.nextDueAt()) this.runNext();
    if (t > this.t) this.t = t;
    this.broker.advanceTo(this.t);
    this.collect();
  }

  /** Runs the next scheduled thing only (the Step button); returns false when nothing is left. */
  step(): boolean {
    if (this.nextDueAt() === null) return false;
    this.runNext();
    return true;
  }

  takeLog(): SimLogEntry[] {
    const out = this.log;
    this.log = [];
    return out;
  }

  heldBy(consumerId: string): { inbox: readonly HeldDelivery[]; processing: HeldDelivery | null; awaiting: readonly HeldDelivery[]; down: boolean } {
    const c = this.consumers.get(consumerId);
    return {
      inbox: c?.inbox ?? [],
      processing: c?.processing ?? null,
      awaiting: c?.awaiting ?? [],
      down: c?.downUntil !== null && c?.downUntil !== undefined,
    };
  }

  // ---- user actions -------------------------------------------------------------------------

  publishNow(producerId: string): void {
    const p = this.node(producerId, 'producer');
    if (p) this.send(p, this.nextKey(p));
  }

  /** The user's decision for a message a manual consumer holds. */
  settle(consumerId: string, deliveryTag: number, action: 'ack' | 'nack' | 'reject', requeue: boolean): void {
    const c = this.consumers.get(consumerId);
    const i = c?.awaiting.findIndex((d) => d.deliveryTag === deliveryTag) ?? -1;
    if (!c || i < 0) return;
    const [delivery] = c.awaiting.splice(i, 1);
    this.sendSettle(consumerId, delivery, action, requeue);
  }

  crashConsumer(consumerId: string): void {
    this.crash(consumerId);
    this.collect();
  }

  restartBroker(): void {
    this.run(null, { type: 'broker.restart' });
    for (const c of this.consumers.values()) {
      c.inbox = [];
      c.processing = null;
      c.awaiting = [];
    }
    this.sync.forgetConnections();
    this.timers.schedule(this.t + RECONNECT_MS, { kind: 'reconnect' });
    this.collect();
  }

  deleteQueue(nodeId: string): void {
    const q = this.node(nodeId, 'queue');
    if (q) this.run(nodeId, { type: 'queue.delete', channel: this.sync.adminChannel(), queue: q.name });
    this.collect();
  }

  /**
   * The application closes its connection (reply 200): the broker requeues every unacked
   * message of its channels (redelivered). A client library does not recover from a close it
   * asked for, so its consumers stay unsubscribed until reconnectApp; its producers open a new
   * connection at their next publish.
   */
  closeConnection(app: string): void {
    this.sync.closeApp(app);
    for (const n of this.doc.nodes) if (n.kind === 'consumer' && n.app === app) this.dropHeld(n.id);
    this.collect();
  }

  reconnectApp(app: string): void {
    this.sync.reconnectApp(this.doc, app, this.isDown);
    this.collect();
  }

  /** A producer's or consumer's application closes that node's channel (channel.close, reply 200). */
  closeChannel(nodeId: string): void {
    this.sync.closeChannelOf(nodeId);
    this.dropHeld(nodeId);
    this.collect();
  }

  /** A consumer opens a new channel and subscribes again (after its channel was closed). */
  reopenChannel(nodeId: string): void {
    if (!this.isDown(nodeId)) this.sync.restartConsumer(this.doc, nodeId);
    this.collect();
  }

  /** Deletes an exchange on the broker only, as an operator would: the document keeps it ("Declare again"). */
  deleteExchange(nodeId: string): void {
    const x = this.doc.nodes.find((n) => n.id === nodeId);
    if (x?.kind === 'exchange') this.run(nodeId, { type: 'exchange.delete', channel: this.sync.adminChannel(), exchange: x.name });
    this.collect();
  }

  /** Declares again what the broker lost (restart, deletions, auto-delete, x-expires). */
  redeclare(): void {
    this.sync.redeclareMissing(this.doc, this.isDown);
    this.collect();
  }

  // ---- read-only views ----------------------------------------------------------------------

  /** Every application: its connection and channels, and how they ended (the connections panel). */
  /** The scenario consumer that consumed on a channel, even a closed one (the log names it). */
  consumerOnChannel(channel: number): string | undefined {
    return this.sync.consumerThatUsed(channel);
  }

  clients(): AppInfo[] {
    return this.sync.registry.view(this.doc, this.broker.state);
  }

  /** How a producer's or consumer's channel stands (the node badge); `closure` is kept, so it compares by identity. */
  link(nodeId: string): { state: LinkState; closure: Closure | null } {
    const n = this.doc.nodes.find((x) => x.id === nodeId);
    if (n?.kind !== 'producer' && n?.kind !== 'consumer') return { state: 'idle', closure: null };
    return this.sync.registry.linkOf(this.broker.state, n.kind, nodeId, this.isDown(nodeId));
  }

  private readonly isDown = (nodeId: string): boolean => {
    const until = this.consumers.get(nodeId)?.downUntil;
    return until !== null && until !== undefined;
  };

  // ---- the event loop -----------------------------------------------------------------------

  private runNext(): void {
    const client = this.timers.peek();
    const broker = this.broker.nextDueAt();
    if (client !== undefined && (broker === null || client.time <= broker)) {
      this.timers.pop();
      if (client.time > this.t) this.t = client.time;
      this.broker.advanceTo(this.t);
      this.handle(client.payload);
    } else if (broker !== null) {
      if (broker > this.t) this.t = broker;
      this.broker.advanceTo(this.t);
    }
    this.collect();
  }

  private handle(timer: ClientTimer): void {
    switch (timer.kind) {
      case 'producer-tick': {
        const p = this.node(timer.producerId, 'producer');
        const rt = this.producers.get(timer.producerId);
        if (!p || !rt || rt.generation !== timer.generation || !p.schedule.enabled) return;
        for (let i = 0; i < Math.max(1, p.schedule.burst); i++) {
          if (p.schedule.limit > 0 && rt.sent >= p.schedule.limit) return;
          this.send(p, this.nextKey(p));
        }
        this.timers.schedule(this.t + 1000 / p.schedule.ratePerSec, timer);
        return;
      }
      case 'publish-arrive':
        return this.publishArrive(timer.producerId, timer.message, timer.flightColor);
      case 'delivery-arrive': {
        const c = this.consumers.get(timer.consumerId);
        const node = this.node(timer.consumerId, 'consumer');
        if (!c || !node || c.downUntil !== null || !this.sync.isOpen(timer.delivery.channel)) return;
        this.client({
          type: 'consumer-received',
          consumerId: node.id,
          messageId: timer.delivery.message.id,
          deliveryTag: timer.delivery.deliveryTag,
          redelivered: timer.delivery.redelivered,
        });
        if (node.action.kind === 'crash' && node.action.after === 'receive' && node.ackMode === 'manual') {
          c.inbox.push(timer.delivery);
          return this.crash(node.id);
        }
        c.inbox.push(timer.delivery);
        return this.processNext(node, c);
      }
      case 'processing-done':
        return this.processed(timer.consumerId, timer.delivery);
      case 'settle-arrive': {
        if (!this.sync.isOpen(timer.delivery.channel)) {
          this.client({ type: 'settle-lost', consumerId: timer.consumerId, deliveryTag: timer.delivery.deliveryTag });
          return;
        }
        const base = { channel: timer.delivery.channel, deliveryTag: timer.delivery.deliveryTag };
        const cmd: AmqpCommand =
          timer.action === 'ack'
            ? { type: 'basic.ack', ...base }
            : timer.action === 'nack'
              ? { type: 'basic.nack', ...base, requeue: timer.requeue }
              : { type: 'basic.reject', ...base, requeue: timer.requeue };
        this.run(timer.consumerId, cmd);
        return;
      }
      case 'consumer-restart': {
        const c = this.consumers.get(timer.consumerId);
        if (!c) return;
        c.downUntil = null;
        this.sync.restartConsumer(this.doc, timer.consumerId);
        this.client({ type: 'consumer-restarted', consumerId: timer.consumerId });
        return;
      }
      case 'reconnect':
        this.sync.reconnect(this.doc, this.isDown);
        this.client({ type: 'apps-reconnected' });
        return;
    }
  }

  // ---- producers ----------------------------------------------------------------------------

  private reschedule(p: ProducerNode): void {
    const s = p.schedule;
    const sig = JSON.stringify([s.enabled, s.ratePerSec, s.burst]);
    let rt = this.producers.get(p.id);
    if (!rt) {
      rt = { sent: 0, keyIndex: 0, generation: 0, scheduleSig: '' };
      this.producers.set(p.id, rt);
    }
    if (rt.scheduleSig === sig) return;
    rt.scheduleSig = sig;
    rt.generation++;
    if (s.enabled && s.ratePerSec > 0)
      this.timers.schedule(this.t, { kind: 'producer-tick', producerId: p.id, generation: rt.generation });
  }

  private nextKey(p: ProducerNode): string {
    const rt = this.producers.get(p.id);
    const keys = p.schedule.keys;
    if (!rt || keys.length === 0) return p.message.routingKey;
    return keys[rt.keyIndex++ % keys.length];
  }

  private send(p: ProducerNode, routingKey: string): void {
    const target = this.doc.edges.find((e) => e.kind === 'publish' && e.source === p.id);
    if (!target) {
      this.client({ type: 'producer-unconnected', producerId: p.id });
      return;
    }
    const rt = this.producers.get(p.id);
    if (rt) rt.sent++;
    const colorId = this.flights.reserveColor();
    this.flights.add({ kind: 'message', from: p.id, to: target.target, edgeId: target.id, reverse: false, departAt: this.t, arriveAt: this.t + this.latency.publish, colorId, messageId: 0 });
    const message: OutgoingMessage = {
      routingKey,
      mandatory: p.message.mandatory,
      properties: messageProperties(p.message),
      body: messageBody(p.message),
    };
    this.timers.schedule(this.t + this.latency.publish, { kind: 'publish-arrive', producerId: p.id, message, flightColor: colorId });
  }

  private publishArrive(producerId: string, message: OutgoingMessage, colorId: number): void {
    const p = this.node(producerId, 'producer');
    const d = this.sync.topology(this.doc).producers.find((x) => x.nodeId === producerId);
    if (!p || !d || d.exchange === null) return;
    const channel = this.sync.producerChannel(p);
    if (channel === null) return;
    const routingKey = d.routingKeyOverride ?? message.routingKey;
    this.client({ type: 'producer-sent', producerId, routingKey, exchange: d.exchange });
    this.flights.nextPublishColor = colorId;
    this.run(producerId, {
      type: 'basic.publish',
      channel,
      exchange: d.exchange,
      routingKey,
      mandatory: message.mandatory,
      properties: message.properties,
      body: message.body,
    });
  }

  // ---- consumers ----------------------------------------------------------------------------

  private processNext(node: ConsumerNode, c: ConsumerRuntime): void {
    if (c.processing || c.downUntil !== null) return;
    const next = c.inbox.shift();
    if (!next) return;
    c.processing = next;
    this.timers.schedule(this.t + Math.max(0, node.processingMs), { kind: 'processing-done', consumerId: node.id, delivery: next });
  }

  private processed(consumerId: string, delivery: HeldDelivery): void {
    const c = this.consumers.get(consumerId);
    const node = this.node(consumerId, 'consumer');
    if (!c || !node || c.processing !== delivery) return;
    c.processing = null;
    const autoAck = node.ackMode === 'auto';
    this.client({ type: 'consumer-processed', consumerId, messageId: delivery.message.id, autoAck });
    if (!autoAck) {
      const a = node.action;
      if (a.kind === 'crash' && a.after === 'process') {
        c.inbox.unshift(delivery);
        return this.crash(consumerId);
      }
      if (a.kind === 'manual') c.awaiting.push(delivery);
      else if (a.kind === 'ack') this.sendSettle(consumerId, delivery, 'ack', false);
      else if (a.kind === 'nack' || a.kind === 'reject') this.sendSettle(consumerId, delivery, a.kind, a.requeue);
      else this.sendSettle(consumerId, delivery, 'ack', false);
    }
    this.processNext(node, c);
  }

  private sendSettle(consumerId: string, delivery: HeldDelivery, action: 'ack' | 'nack' | 'reject', requeue: boolean): void {
    const edge = this.doc.edges.find((e) => e.kind === 'subscription' && e.target === consumerId);
    this.client({ type: 'consumer-settled', consumerId, messageId: delivery.message.id, deliveryTag: delivery.deliveryTag, action, requeue });
    if (edge)
      this.flights.add({ kind: action, from: consumerId, to: edge.source, edgeId: edge.id, reverse: true, departAt: this.t, arriveAt: this.t + this.latency.ack, colorId: delivery.colorId, messageId: delivery.message.id });
    this.timers.schedule(this.t + this.latency.ack, { kind: 'settle-arrive', consumerId, delivery, action, requeue });
  }

  private crash(consumerId: string): void {
    const c = this.consumers.get(consumerId);
    const node = this.node(consumerId, 'consumer');
    if (!c || !node || c.downUntil !== null) return;
    const held = c.inbox.length + c.awaiting.length + (c.processing ? 1 : 0);
    this.dropHeld(consumerId);
    c.downUntil = this.t + CONSUMER_RESTART_MS;
    // A crashed process drops its channel: the broker requeues what it had not acked.
    this.sync.closeConsumer(consumerId);
    this.flights.mark('crash', consumerId, this.t, 0);
    this.client({ type: 'consumer-crashed', consumerId, lost: node.ackMode === 'auto' ? held : 0, held });
    this.timers.schedule(c.downUntil, { kind: 'consumer-restart', consumerId });
  }

  /** Deliveries of a closed channel can no longer be settled: the broker has requeued them. */
  private forgetDeliveries(channel: number): void {
    const consumerId = this.sync.consumerOfChannel(channel);
    const c = consumerId === null ? undefined : this.consumers.get(consumerId);
    if (!c) return;
    c.inbox = c.inbox.filter((d) => d.channel !== channel);
    c.awaiting = c.awaiting.filter((d) => d.channel !== channel);
    if (c.processing?.channel === channel) c.processing = null;
  }

  private dropHeld(consumerId: string): void {
    const c = this.consumers.get(consumerId);
    if (!c) return;
    c.inbox = [];
    c.processing = null;
    c.awaiting = [];
  }

  // ---- engine plumbing ----------------------------------------------------------------------

  private run(nodeId: string | null, cmd: AmqpCommand): CommandResult {
    const result = this.broker.execute(cmd);
    if (!result.ok) this.client({ type: 'command-failed', nodeId, command: cmd.type, error: result.error });
    return result;
  }

  private client(event: ClientEvent): void {
    this.log.push({ seq: this.logSeq++, time: this.t, source: 'client', event });
    this.version++;
  }

  /** Moves the engine's events into the log and turns them into flights and marks. */
  private collect(): void {
    const events = this.broker.takeEvents();
    if (events.length === 0) return;
    for (const e of events) {
      this.log.push({ seq: this.logSeq++, time: e.time, source: 'broker', event: e });
      this.sync.registry.observe(e);
      this.react(e);
    }
    this.version++;
  }

  private react(e: AmqpEvent): void {
    this.flights.onBrokerEvent(e, this.doc, this.latency);
    if (e.type === 'channel-closed') return this.forgetDeliveries(e.channel);
    if (e.type !== 'delivered') return;
    const consumerId = this.sync.consumerOfChannel(e.channel);
    if (consumerId === null) return;
    const colorId = this.flights.colorOf(e.message.id);
    const delivery: HeldDelivery = {
      deliveryTag: e.deliveryTag,
      channel: e.channel,
      message: e.message,
      queue: e.queue,
      redelivered: e.redelivered,
      colorId,
      receivedAt: e.time,
    };
    const arrive = this.flights.deliveryFlight(e, consumerId, this.doc, this.latency, colorId);
    this.timers.schedule(arrive, { kind: 'delivery-arrive', consumerId, delivery });
  }

  private node<K extends 'producer' | 'consumer' | 'queue'>(id: string, kind: K) {
    const n = this.doc.nodes.find((x) => x.id === id);
    return n?.kind === kind ? (n as Extract<Scenario['nodes'][number], { kind: K }>) : undefined;
  }
}
