import { ModelLog } from './model';

export type JmsFlavor = 'activemq' | 'ibmmq';

export interface JmsMessage {
  readonly id: string;
  readonly body: string;
  readonly persistent: boolean;
  redeliveries: number;
}

/**
 * A JMS queue (point to point) as ActiveMQ or IBM MQ run it, closest model: each message goes
 * to one consumer and waits in the queue while nobody consumes. A rollback redelivers it; past
 * the redelivery limit it goes to the dead-letter destination (ActiveMQ: maximumRedeliveries,
 * default 6, to ActiveMQ.DLQ; IBM MQ: BackoutCount reaching BOTHRESH, to the BOQNAME queue).
 */
export class JmsQueue {
  readonly log = new ModelLog('jms-queue');
  private readonly ready: JmsMessage[] = [];
  private readonly unacked = new Map<string, JmsMessage>();
  readonly deadLetters: JmsMessage[] = [];
  private nextId = 1;

  constructor(
    readonly name: string,
    readonly flavor: JmsFlavor,
    /** ActiveMQ maximumRedeliveries (default 6) or IBM MQ BOTHRESH. */
    readonly redeliveryLimit: number = flavor === 'activemq' ? 6 : 3,
  ) {}

  get deadLetterDestination(): string {
    return this.flavor === 'activemq' ? 'ActiveMQ.DLQ' : `${this.name}.BOQ`;
  }

  send(now: number, body: string, persistent = true): string {
    const id = `ID:${this.name}-${this.nextId++}`;
    this.ready.push({ id, body, persistent, redeliveries: 0 });
    this.log.emit(now, 'jms-sent', { queue: this.name, id, persistent });
    return id;
  }

  receive(now: number): JmsMessage | undefined {
    const m = this.ready.shift();
    if (m === undefined) return undefined;
    this.unacked.set(m.id, m);
    this.log.emit(now, 'jms-delivered', {
      queue: this.name,
      id: m.id,
      redelivered: m.redeliveries > 0,
    });
    return m;
  }

  acknowledge(now: number, id: string): boolean {
    const ok = this.unacked.delete(id);
    if (ok) this.log.emit(now, 'jms-acknowledged', { queue: this.name, id });
    return ok;
  }

  /** Session rollback / recover(): back to the head, or to the dead-letter destination past the limit. */
  rollback(now: number, id: string): void {
    const m = this.unacked.get(id);
    if (m === undefined) return;
    this.unacked.delete(id);
    m.redeliveries++;
    if (m.redeliveries > this.redeliveryLimit) {
      this.deadLetters.push(m);
      this.log.emit(now, 'jms-dead-lettered', {
        queue: this.name,
        id,
        to: this.deadLetterDestination,
        redeliveries: m.redeliveries,
      });
      return;
    }
    this.ready.unshift(m);
    this.log.emit(now, 'jms-rolled-back', { queue: this.name, id, redeliveries: m.redeliveries });
  }

  get depth(): number {
    return this.ready.length;
  }
}

interface Subscription {
  readonly clientId: string;
  readonly name: string;
  readonly durable: boolean;
  online: boolean;
  readonly inbox: JmsMessage[];
}

/**
 * A JMS topic, closest model: every subscriber gets a copy. A non-durable subscription exists
 * only while its consumer is connected; a durable one (clientID + subscription name) keeps
 * persistent messages while offline, but not non-persistent ones.
 */
export class JmsTopic {
  readonly log = new ModelLog('jms-topic-durable');
  private readonly subs = new Map<string, Subscription>();
  private nextId = 1;

  constructor(readonly name: string) {}

  subscribe(now: number, clientId: string, name: string, durable: boolean): void {
    const key = `${clientId}:${name}`;
    const existing = this.subs.get(key);
    if (existing !== undefined) existing.online = true;
    else this.subs.set(key, { clientId, name, durable, online: true, inbox: [] });
    this.log.emit(now, existing !== undefined ? 'jms-durable-reconnected' : 'jms-subscribed', {
      clientId,
      name,
      durable,
      waiting: existing?.inbox.length ?? 0,
    });
  }

  /** A non-durable subscription ends with its connection; a durable one stays, offline. */
  disconnect(now: number, clientId: string, name: string): void {
    const key = `${clientId}:${name}`;
    const s = this.subs.get(key);
    if (s === undefined) return;
    if (s.durable) s.online = false;
    else this.subs.delete(key);
    this.log.emit(now, 'jms-disconnected', { clientId, name, durable: s.durable });
  }

  /** Ends a durable subscription for good (unsubscribe). */
  unsubscribe(now: number, clientId: string, name: string): void {
    this.subs.delete(`${clientId}:${name}`);
    this.log.emit(now, 'jms-unsubscribed', { clientId, name });
  }

  publish(now: number, body: string, persistent = true): string {
    const id = `ID:${this.name}-${this.nextId++}`;
    let copies = 0;
    let missed = 0;
    for (const s of this.subs.values()) {
      if (s.online || persistent) {
        s.inbox.push({ id, body, persistent, redeliveries: 0 });
        copies++;
      } else missed++;
    }
    this.log.emit(now, 'jms-published', {
      topic: this.name,
      id,
      persistent,
      copies,
      missedByOfflineDurable: missed,
    });
    return id;
  }

  /** Messages waiting for (or received by) this subscription; only an online subscriber can take them. */
  take(clientId: string, name: string): JmsMessage[] {
    const s = this.subs.get(`${clientId}:${name}`);
    if (s?.online !== true) return [];
    return s.inbox.splice(0);
  }
}
