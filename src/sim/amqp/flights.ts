/**
 * Turns what the broker and the clients did into tokens moving between nodes (flights) and
 * one-place effects (marks), in simulated time. The animation only reads these; it never owns
 * time (architecture rule 11).
 */
import type { AmqpEvent } from '../../engine/amqp/events';
import type { Scenario } from '../../scenario/types';
import type { Flight, Latency, Mark, MarkKind } from './types';

/** Bounds for bookkeeping maps: old entries go first, so a long run cannot grow memory. */
const MAX_TRACKED = 20_000;

interface NameIndex {
  readonly doc: Scenario;
  readonly exchanges: Map<string, string>;
  readonly queues: Map<string, string>;
}

export class FlightBoard {
  flights: Flight[] = [];
  marks: Mark[] = [];
  private nextId = 1;
  private nextColor = 1;
  private readonly colors = new Map<number, number>();
  /** When a message's copy lands in a queue (message id|queue): deliveries leave after it. */
  private readonly landAt = new Map<string, number>();
  /** Dead letters start routing once they reach the DLX. */
  private readonly routeDelay = new Map<number, number>();
  private readonly publishedTo = new Map<number, string>();
  private index: NameIndex | null = null;
  /** The colour the next publish takes: the one its token already has. */
  nextPublishColor = 0;
  /** Which node published on a channel, for returns and confirms. */
  producerOfChannel: (channel: number) => string | null = () => null;

  reserveColor(): number {
    return this.nextColor++;
  }

  colorOf(messageId: number): number {
    return this.colors.get(messageId) ?? 0;
  }

  add(f: Omit<Flight, 'id'>): Flight {
    const flight = { ...f, id: this.nextId++ };
    this.flights.push(flight);
    return flight;
  }

  mark(kind: MarkKind, nodeId: string, at: number, colorId: number): void {
    this.marks.push({ id: this.nextId++, kind, nodeId, at, colorId });
  }

  /** Forgets flights that arrived and marks older than `keepMs` before `now`. */
  prune(now: number, keepMs = 2000): void {
    if (this.flights.length > 0 && this.flights.some((f) => f.arriveAt < now))
      this.flights = this.flights.filter((f) => f.arriveAt >= now);
    if (this.marks.length > 0 && this.marks[0].at < now - keepMs) this.marks = this.marks.filter((m) => m.at >= now - keepMs);
  }

  onBrokerEvent(e: AmqpEvent, doc: Scenario, latency: Latency): void {
    const names = this.names(doc);
    switch (e.type) {
      case 'published':
        this.remember(this.publishedTo, e.message.id, e.message.exchange);
        this.remember(this.colors, e.message.id, this.nextPublishColor || this.reserveColor());
        this.nextPublishColor = 0;
        return;
      case 'routed': {
        const start = e.time + (this.routeDelay.get(e.messageId) ?? 0);
        this.routeDelay.delete(e.messageId);
        const color = this.colorOf(e.messageId);
        const reachedAt = new Map<string, number>();
        if (e.hops[0]) reachedAt.set(e.hops[0].exchange, start);
        for (const hop of e.hops) {
          const from = names.exchanges.get(hop.exchange);
          const t0 = reachedAt.get(hop.exchange) ?? start;
          for (const b of hop.matched) {
            const isQueue = b.destinationKind === 'queue';
            const to = (isQueue ? names.queues : names.exchanges).get(b.destination);
            if (!isQueue && !reachedAt.has(b.destination)) reachedAt.set(b.destination, t0 + latency.route);
            if (isQueue) this.remember(this.landAt, `${e.messageId}|${b.destination}`, t0 + latency.route);
            if (from && to) {
              const edge = doc.edges.find((x) => x.kind === 'binding' && x.source === from && x.target === to);
              this.add({ kind: 'message', from, to, edgeId: edge?.id ?? null, reverse: false, departAt: t0, arriveAt: t0 + latency.route, colorId: color, messageId: e.messageId });
            }
          }
          // Reached through the alternate exchange: a hop with no edge on the canvas.
          const next = e.hops[e.hops.indexOf(hop) + 1];
          if (next?.viaAlternate && !reachedAt.has(next.exchange)) {
            reachedAt.set(next.exchange, t0 + latency.route);
            const to = names.exchanges.get(next.exchange);
            if (from && to)
              this.add({ kind: 'message', from, to, edgeId: null, reverse: false, departAt: t0, arriveAt: t0 + latency.route, colorId: color, messageId: e.messageId });
          }
        }
        return;
      }
      case 'returned': {
        const producer = this.producerOfChannel(e.channel);
        const from = names.exchanges.get(e.exchange) ?? (e.exchange === '' ? names.queues.get(e.routingKey) : undefined);
        const edge = producer ? doc.edges.find((x) => x.kind === 'publish' && x.source === producer) : undefined;
        if (producer && edge)
          this.add({ kind: 'return', from: from ?? edge.target, to: producer, edgeId: edge.id, reverse: true, departAt: e.time, arriveAt: e.time + latency.publish, colorId: this.colorOf(e.message.id), messageId: e.message.id });
        return;
      }
      case 'dropped': {
        const color = this.colorOf(e.messageId);
        if (e.reason === 'unroutable') {
          const node = names.exchanges.get(this.publishedTo.get(e.messageId) ?? '');
          if (node) this.mark('unroutable', node, e.time, color);
        } else if (e.queue) {
          const node = names.queues.get(e.queue);
          if (node) this.mark(e.reason === 'overflow' ? 'overflow' : 'dropped', node, e.time, color);
        }
        return;
      }
      case 'expired': {
        const node = names.queues.get(e.queue);
        if (node) this.mark('expired', node, e.time, this.colorOf(e.messageId));
        return;
      }
      case 'dead-lettered': {
        const color = this.colorOf(e.messageId);
        this.remember(this.colors, e.newMessageId, color);
        const from = names.queues.get(e.queue);
        const to = names.exchanges.get(e.exchange);
        if (from && to) {
          this.add({ kind: 'dead-letter', from, to, edgeId: null, reverse: false, departAt: e.time, arriveAt: e.time + latency.route, colorId: color, messageId: e.newMessageId });
          this.routeDelay.set(e.newMessageId, latency.route);
        }
        return;
      }
      default:
        return;
    }
  }

  /** The token from a queue to the consumer it delivered to; returns when it arrives. */
  deliveryFlight(e: Extract<AmqpEvent, { type: 'delivered' }>, consumerId: string, doc: Scenario, latency: Latency, colorId: number): number {
    const key = `${e.message.id}|${e.queue}`;
    const depart = Math.max(e.time, this.landAt.get(key) ?? e.time);
    this.landAt.delete(key);
    const edge = doc.edges.find((x) => x.kind === 'subscription' && x.target === consumerId);
    const from = this.names(doc).queues.get(e.queue) ?? edge?.source;
    if (from)
      this.add({ kind: 'message', from, to: consumerId, edgeId: edge?.id ?? null, reverse: false, departAt: depart, arriveAt: depart + latency.deliver, colorId, messageId: e.message.id });
    return depart + latency.deliver;
  }

  /** A publish whose message has an id yet: the time it lands in a queue, for the queue's row. */
  landing(messageId: number, queue: string): number | undefined {
    return this.landAt.get(`${messageId}|${queue}`);
  }

  private names(doc: Scenario): NameIndex {
    if (this.index?.doc === doc) return this.index;
    const exchanges = new Map<string, string>();
    const queues = new Map<string, string>();
    for (const n of doc.nodes) {
      if (n.kind === 'exchange') exchanges.set(n.name, n.id);
      if (n.kind === 'queue') queues.set(n.name, n.id);
    }
    this.index = { doc, exchanges, queues };
    return this.index;
  }

  private remember<K, V>(map: Map<K, V>, key: K, value: V): void {
    map.set(key, value);
    if (map.size > MAX_TRACKED) map.delete(map.keys().next().value as K);
  }
}
