/**
 * Keeps the broker in step with the document, as the applications and an operator would: one
 * connection per application, a channel per producer and per consumer, and an admin
 * connection that declares exchanges, queues and bindings (like the management UI).
 */
import type { Broker } from '../../engine/amqp/broker';
import type { AmqpCommand, CommandResult } from '../../engine/amqp/commands';
import type { AmqpError } from '../../engine/amqp/errors';
import type { ProducerNode, Scenario } from '../../scenario/types';
import { ADMIN, ClientRegistry } from './clients';
import {
  desiredTopology,
  type DesiredBinding,
  type DesiredConsumer,
  type DesiredExchange,
  type DesiredQueue,
  type DesiredTopology,
} from './topology';

type OnError = (nodeId: string | null, command: string, error: AmqpError) => void;
/** Consumers the runner knows are down (crashed, restarting on their own): not to be started here. */
type Skip = (nodeId: string) => boolean;

export class TopologySync {
  private applied: DesiredTopology = { exchanges: [], queues: [], bindings: [], consumers: [], producers: [] };
  private cached: { doc: Scenario; topology: DesiredTopology } | null = null;
  private readonly connections = new Map<string, number>();
  private readonly appChannels = new Map<string, number>();
  private readonly consumerChannels = new Map<string, number>();
  private readonly channelConsumers = new Map<number, string>();
  /** Every channel a scenario consumer ever consumed on (channel ids are never reused by a broker). */
  private readonly consumerChannelHistory = new Map<number, string>();
  private readonly producerChannels = new Map<string, number>();
  /** Who had which connection and channel, and how they ended (the connections panel, node badges). */
  readonly registry = new ClientRegistry();

  constructor(
    private readonly broker: Broker,
    private readonly onError: OnError,
  ) {}

  /** Brings the broker from what it was last given to what `doc` describes. */
  apply(doc: Scenario): DesiredQueue[] {
    const next = this.topology(doc);
    const prev = this.applied;
    const sigs = <T extends { sig: string }>(xs: readonly T[]) => new Set(xs.map((x) => x.sig));
    const nextEx = sigs(next.exchanges);
    const nextQ = sigs(next.queues);
    const nextB = sigs(next.bindings);
    const nextC = sigs(next.consumers);
    const goneQ = prev.queues.filter((q) => !nextQ.has(q.sig));
    const goneEx = prev.exchanges.filter((x) => !nextEx.has(x.sig));
    const touched = new Set([...goneQ.map((q) => q.name), ...goneEx.map((x) => `x:${x.name}`)]);
    const depends = (b: DesiredBinding) =>
      touched.has(`x:${b.source}`) || touched.has(b.destinationKind === 'queue' ? b.destination : `x:${b.destination}`);

    for (const c of prev.consumers) if (!nextC.has(c.sig) || touched.has(c.queue)) this.closeConsumer(c.nodeId);
    for (const b of prev.bindings) if (!nextB.has(b.sig) && !depends(b)) this.bind(b, 'unbind', prev);
    for (const q of goneQ) this.admin(q.nodeId, { type: 'queue.delete', channel: 0, queue: q.name });
    for (const x of goneEx) this.admin(x.nodeId, { type: 'exchange.delete', channel: 0, exchange: x.name });

    const prevEx = sigs(prev.exchanges);
    const prevQ = sigs(prev.queues);
    const prevB = sigs(prev.bindings);
    const prevC = sigs(prev.consumers);
    for (const x of next.exchanges) if (!prevEx.has(x.sig)) this.declareExchange(x);
    const created = next.queues.filter((q) => !prevQ.has(q.sig));
    for (const q of created) this.declareQueue(q);
    for (const b of next.bindings) if (!prevB.has(b.sig) || depends(b)) this.bind(b, 'bind', next);
    for (const c of next.consumers) if (!prevC.has(c.sig) || touched.has(c.queue)) this.startConsumer(c);

    this.applied = next;
    // Report only queues that existed before under the same node and were declared again.
    return created.filter((q) => prev.queues.some((p) => p.nodeId === q.nodeId));
  }

  /** After a broker restart or auto-deletion: declare again whatever is missing. */
  redeclareMissing(doc: Scenario, skip: Skip = () => false): void {
    const d = desiredTopology(doc);
    const snap = this.broker.snapshot();
    const exchanges = new Set(snap.exchanges.map((x) => x.name));
    const queues = new Set(snap.queues.map((q) => q.name));
    for (const x of d.exchanges) if (!exchanges.has(x.name)) this.declareExchange(x);
    for (const q of d.queues) if (!queues.has(q.name)) this.declareQueue(q);
    const bound = new Set(snap.bindings.map((b) => `${b.source}|${b.destinationKind}|${b.destination}|${b.routingKey}`));
    for (const b of d.bindings)
      if (!bound.has(`${b.source}|${b.destinationKind}|${b.destination}|${b.key}`)) this.bind(b, 'bind', d);
    // Subscribe again the consumers that lost their subscription with the queue (the broker
    // cancelled them) or never had one; a channel the app closed or the broker closed in error
    // stays closed until the user reopens it.
    for (const c of d.consumers) {
      const ch = this.consumerChannels.get(c.nodeId);
      const cancelled = ch !== undefined && this.isOpen(ch) && this.broker.state.channels.get(ch)?.consumers.size === 0;
      if (!skip(c.nodeId) && (ch === undefined || cancelled)) this.startConsumer(c);
    }
    this.applied = d;
  }

  /** What the document asks for, computed once per document. */
  topology(doc: Scenario): DesiredTopology {
    if (this.cached?.doc !== doc) this.cached = { doc, topology: desiredTopology(doc) };
    return this.cached.topology;
  }

  producerOfChannel(channel: number): string | null {
    for (const [id, ch] of this.producerChannels) if (ch === channel) return id;
    return null;
  }

  /** The producer's channel, opened (again) when needed, as a client library would. */
  producerChannel(p: ProducerNode): number | null {
    const existing = this.producerChannels.get(p.id);
    if (existing !== undefined && this.isOpen(existing)) return existing;
    const conn = this.connection(p.app);
    if (conn === null) return null;
    const r = this.broker.execute({ type: 'channel.open', connection: conn, confirm: p.confirm });
    if (!r.ok || r.channel === undefined) return null;
    this.producerChannels.set(p.id, r.channel);
    this.registry.channelOpened(p.app, { kind: 'producer', nodeId: p.id }, this.broker.state, r.channel);
    return r.channel;
  }

  consumerOfChannel(channel: number): string | null {
    return this.channelConsumers.get(channel) ?? null;
  }

  /** The scenario consumer a channel belonged to, even after it closed (for the log's words). */
  consumerThatUsed(channel: number): string | undefined {
    return this.consumerChannelHistory.get(channel);
  }

  isOpen(channel: number): boolean {
    return this.broker.state.channels.get(channel)?.open === true;
  }

  adminChannel(): number {
    return this.channelFor(ADMIN) ?? 0;
  }

  closeConsumer(nodeId: string): void {
    const ch = this.consumerChannels.get(nodeId);
    if (ch === undefined) return;
    this.consumerChannels.delete(nodeId);
    this.channelConsumers.delete(ch);
    if (this.isOpen(ch)) this.broker.execute({ type: 'channel.close', channel: ch });
  }

  restartConsumer(doc: Scenario, nodeId: string): void {
    const c = desiredTopology(doc).consumers.find((x) => x.nodeId === nodeId);
    if (c) this.startConsumer(c);
  }

  /** The node's application closes that node's channel (channel.close, reply 200), keeping it on record. */
  closeChannelOf(nodeId: string): void {
    const ch = this.consumerChannels.get(nodeId) ?? this.producerChannels.get(nodeId);
    if (ch !== undefined && this.isOpen(ch)) this.broker.execute({ type: 'channel.close', channel: ch });
  }

  /** The application connects again and its consumers subscribe again; its producers open channels as they publish. */
  reconnectApp(doc: Scenario, app: string, skip: Skip): void {
    if (this.connection(app) === null) return;
    const d = desiredTopology(doc);
    this.declareOwnQueues(d, app);
    for (const c of d.consumers) if (c.app === app && !skip(c.nodeId)) this.startConsumer(c);
  }

  closeApp(app: string): void {
    const conn = this.connections.get(app);
    if (conn !== undefined) this.broker.execute({ type: 'connection.close', connection: conn });
    this.connections.delete(app);
    this.appChannels.delete(app);
  }

  /** The broker dropped every connection (restart): forget them all. */
  forgetConnections(): void {
    this.connections.clear();
    this.appChannels.clear();
    this.consumerChannels.clear();
    this.channelConsumers.clear();
    this.producerChannels.clear();
  }

  /** Apps come back after a restart: consumers subscribe again to the queues that survived. */
  reconnect(doc: Scenario, skip: Skip = () => false): void {
    const d = desiredTopology(doc);
    for (const app of new Set(d.queues.flatMap((q) => (q.ownerApp === null ? [] : [q.ownerApp])))) this.declareOwnQueues(d, app);
    const queues = this.broker.state.queues;
    for (const c of d.consumers) if (queues.has(c.queue) && !skip(c.nodeId)) this.startConsumer(c);
  }

  /**
   * An exclusive queue dies with the connection that declared it; the application declares it
   * (and binds it) again when it connects, as real consumers of exclusive queues do.
   */
  private declareOwnQueues(d: DesiredTopology, app: string): void {
    for (const q of d.queues) {
      if (q.ownerApp !== app || this.broker.state.queues.has(q.name)) continue;
      this.declareQueue(q);
      for (const b of d.bindings) if (b.destinationKind === 'queue' && b.destination === q.name) this.bind(b, 'bind', d);
    }
  }

  // ---- commands -----------------------------------------------------------------------------

  private declareExchange(x: DesiredExchange): void {
    this.admin(x.nodeId, {
      type: 'exchange.declare',
      channel: 0,
      exchange: x.name,
      exchangeType: x.type,
      durable: x.durable,
      autoDelete: x.autoDelete,
      internal: x.internal,
      arguments: x.args,
    });
  }

  private declareQueue(q: DesiredQueue): void {
    const cmd: AmqpCommand = {
      type: 'queue.declare',
      channel: 0,
      queue: q.name,
      durable: q.durable,
      exclusive: q.exclusive,
      autoDelete: q.autoDelete,
      arguments: q.args,
    };
    // An exclusive queue must be declared by the connection that will use it.
    if (q.ownerApp !== null) this.onApp(q.ownerApp, q.nodeId, cmd);
    else this.admin(q.nodeId, cmd);
  }

  /** `t` says who owns the queue: only the connection owning an exclusive queue may bind it (else 405). */
  private bind(b: DesiredBinding, op: 'bind' | 'unbind', t: DesiredTopology): void {
    const owner = b.destinationKind === 'queue' ? (t.queues.find((q) => q.name === b.destination)?.ownerApp ?? null) : null;
    if (b.destinationKind === 'queue')
      this.onApp(owner ?? ADMIN, b.edgeId, { type: `queue.${op}`, channel: 0, queue: b.destination, exchange: b.source, routingKey: b.key, arguments: b.args });
    else
      this.admin(b.edgeId, { type: `exchange.${op}`, channel: 0, destination: b.destination, source: b.source, routingKey: b.key, arguments: b.args });
  }

  private startConsumer(c: DesiredConsumer): void {
    this.closeConsumer(c.nodeId);
    const conn = this.connection(c.app);
    if (conn === null) return;
    const open = this.broker.execute({ type: 'channel.open', connection: conn });
    if (!open.ok || open.channel === undefined) return;
    const channel = open.channel;
    this.consumerChannels.set(c.nodeId, channel);
    this.channelConsumers.set(channel, c.nodeId);
    this.consumerChannelHistory.set(channel, c.nodeId);
    this.registry.channelOpened(c.app, { kind: 'consumer', nodeId: c.nodeId }, this.broker.state, channel);
    if (!c.noAck && c.prefetch > 0)
      this.report(c.nodeId, this.broker.execute({ type: 'basic.qos', channel, prefetchCount: c.prefetch, global: c.prefetchGlobal }), 'basic.qos');
    const r = this.broker.execute({
      type: 'basic.consume',
      channel,
      queue: c.queue,
      noAck: c.noAck,
      exclusive: c.exclusive,
      arguments: c.priority !== 0 ? { 'x-priority': { kind: 'int', type: 'signedint', value: c.priority } } : {},
    });
    this.report(c.nodeId, r, 'basic.consume');
  }

  private admin(nodeId: string, cmd: AmqpCommand): void {
    this.onApp(ADMIN, nodeId, cmd);
  }

  private onApp(app: string, nodeId: string, cmd: AmqpCommand): void {
    const channel = this.channelFor(app);
    if (channel === null) return;
    this.report(nodeId, this.broker.execute({ ...cmd, channel } as AmqpCommand), cmd.type);
  }

  private report(nodeId: string, r: CommandResult, command: string): void {
    if (!r.ok) this.onError(nodeId, command, r.error);
  }

  private connection(app: string): number | null {
    const existing = this.connections.get(app);
    if (existing !== undefined && this.broker.state.connections.get(existing)?.open) return existing;
    const r = this.broker.execute({ type: 'connection.open' });
    if (!r.ok || r.connection === undefined) return null;
    this.connections.set(app, r.connection);
    this.appChannels.delete(app);
    this.registry.connectionOpened(app, r.connection);
    return r.connection;
  }

  /** A channel per app for declarations; reopened after a channel error closed it. */
  private channelFor(app: string): number | null {
    const existing = this.appChannels.get(app);
    if (existing !== undefined && this.isOpen(existing)) return existing;
    const conn = this.connection(app);
    if (conn === null) return null;
    const r = this.broker.execute({ type: 'channel.open', connection: conn });
    if (!r.ok || r.channel === undefined) return null;
    this.appChannels.set(app, r.channel);
    this.registry.channelOpened(app, { kind: 'declare' }, this.broker.state, r.channel);
    return r.channel;
  }
}
