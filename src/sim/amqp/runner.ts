/**
 * The AMQP simulation: the broker engine plus the client applications a scenario describes
 * (producers publishing on a schedule, consumers processing and acknowledging), with travel
 * times so that every message can be watched as it moves. Pure and deterministic: time only
 * moves through advanceTo/step, and the same document, seed and actions give the same log.
 */
import { createBroker, type Broker } from '../../engine/amqp/broker';
import type { AmqpCommand, CommandResult } from '../../engine/amqp/commands';
import type { AmqpEvent } from '../../engine/amqp/events';
import type { Scenario } from '../../scenario/types';
import { EventQueue } from '../event-queue';
import { nodeOf, type AppsContext, type ClientTimer, type SettleAction } from './apps';
import type { AppInfo, Closure, LinkState } from './clients';
import { ConsumerApps, type HeldView } from './consumer-apps';
import { ProducerApps } from './producer-apps';
import { FlightBoard } from './flights';
import { TopologySync } from './sync';
import { DEFAULT_LATENCY, RECONNECT_MS, type ClientEvent, type Latency, type SimLogEntry } from './types';

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
  private readonly consumers: ConsumerApps;
  private readonly producers: ProducerApps;
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
    const ctx: AppsContext = {
      now: () => this.t,
      doc: () => this.doc,
      schedule: (at, timer) => this.timers.schedule(at, timer),
      client: (event) => this.client(event),
      run: (nodeId, cmd) => this.run(nodeId, cmd),
      flights: this.flights,
      sync: this.sync,
      latency: this.latency,
    };
    this.consumers = new ConsumerApps(ctx);
    this.producers = new ProducerApps(ctx);
    this.setDocument(doc);
  }

  now(): number {
    return this.t;
  }

  /** Applies an edited document to the running broker, changing only what changed. */
  setDocument(doc: Scenario): void {
    this.doc = doc;
    for (const q of this.sync.apply(doc)) this.client({ type: 'queue-recreated', nodeId: q.nodeId, queue: q.name });
    this.consumers.apply(doc);
    this.producers.apply(doc);
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

  heldBy(consumerId: string): HeldView {
    return this.consumers.held(consumerId);
  }

  // ---- user actions -------------------------------------------------------------------------

  publishNow(producerId: string): void {
    this.producers.publishNow(producerId);
  }

  /** The user's decision for a message a manual consumer holds. */
  settle(consumerId: string, deliveryTag: number, action: SettleAction, requeue: boolean): void {
    this.consumers.settle(consumerId, deliveryTag, action, requeue);
  }

  crashConsumer(consumerId: string): void {
    this.consumers.crash(consumerId);
    this.collect();
  }

  restartBroker(): void {
    this.run(null, { type: 'broker.restart' });
    this.consumers.dropAll();
    this.sync.forgetConnections();
    this.timers.schedule(this.t + RECONNECT_MS, { kind: 'reconnect' });
    this.collect();
  }

  deleteQueue(nodeId: string): void {
    const q = nodeOf(this.doc, nodeId, 'queue');
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
    for (const n of this.doc.nodes) if (n.kind === 'consumer' && n.app === app) this.consumers.dropHeld(n.id);
    this.collect();
  }

  reconnectApp(app: string): void {
    this.sync.reconnectApp(this.doc, app, this.isDown);
    this.collect();
  }

  /** A producer's or consumer's application closes that node's channel (channel.close, reply 200). */
  closeChannel(nodeId: string): void {
    this.sync.closeChannelOf(nodeId);
    this.consumers.dropHeld(nodeId);
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

  /** The scenario consumer that consumed on a channel, even a closed one (the log names it). */
  consumerOnChannel(channel: number): string | undefined {
    return this.sync.consumerThatUsed(channel);
  }

  /** Every application: its connection and channels, and how they ended (the connections panel). */
  clients(): AppInfo[] {
    return this.sync.registry.view(this.doc, this.broker.state);
  }

  /** How a producer's or consumer's channel stands (the node badge); `closure` is kept, so it compares by identity. */
  link(nodeId: string): { state: LinkState; closure: Closure | null } {
    const n = this.doc.nodes.find((x) => x.id === nodeId);
    if (n?.kind !== 'producer' && n?.kind !== 'consumer') return { state: 'idle', closure: null };
    return this.sync.registry.linkOf(this.broker.state, n.kind, nodeId, this.isDown(nodeId));
  }

  private readonly isDown = (nodeId: string): boolean => this.consumers.isDown(nodeId);

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
      case 'producer-tick':
        return this.producers.tick(timer);
      case 'publish-arrive':
        return this.producers.arrive(timer);
      case 'delivery-arrive':
        return this.consumers.arrive(timer);
      case 'processing-done':
        return this.consumers.processed(timer.consumerId, timer.delivery);
      case 'settle-arrive':
        return this.consumers.settleArrive(timer);
      case 'consumer-restart':
        return this.consumers.restart(timer.consumerId);
      case 'reconnect':
        this.sync.reconnect(this.doc, this.isDown);
        this.client({ type: 'apps-reconnected' });
        return;
    }
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
    if (e.type === 'channel-closed') this.consumers.forgetDeliveries(e.channel);
    else if (e.type === 'delivered') this.consumers.delivered(e);
  }
}
