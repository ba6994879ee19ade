import type { ServiceTime } from '../types';
import { StyleBase } from './base';

export interface BrokerConfig {
  readonly serviceTime: ServiceTime;
  /** Consumers on the queue (B instances). */
  readonly instances: number;
  /** Unacked deliveries one consumer may hold; 0 = unlimited (broker-semantics D.2). */
  readonly prefetch: number;
  /** 'manual': ack after processing, so a crash requeues; 'auto': acked on delivery, so a crash loses (D.3). */
  readonly ackMode: 'manual' | 'auto';
  /** Maximum ready messages; undefined = unbounded (C.6). */
  readonly maxLength?: number;
  readonly overflow: 'reject-publish' | 'drop-head';
  /** How long a crashed consumer takes to reconnect. */
  readonly restartMs: number;
}

export const DEFAULT_BROKER: BrokerConfig = {
  serviceTime: { kind: 'fixed', ms: 200 },
  instances: 1,
  prefetch: 10,
  ackMode: 'manual',
  overflow: 'reject-publish',
  restartMs: 1000,
};

interface Msg {
  readonly orderId: number;
  redelivered: boolean;
}

interface Consumer {
  readonly index: number;
  up: boolean;
  removed: boolean;
  gen: number;
  /** Delivered and not yet started, oldest first. */
  buffer: Msg[];
  current: Msg | null;
}

type Ev =
  | { readonly k: 'done'; readonly c: Consumer; readonly gen: number }
  | { readonly k: 'reconnect'; readonly c: Consumer };

/**
 * A publishes to a durable queue and moves on. The queue holds messages while B is busy or
 * down; consumers take up to `prefetch` each, work through them one at a time, and ack when
 * done. With manual acks a consumer that dies puts its unacked messages back at the head of
 * the queue with redelivered=true (D.4, D.5), so nothing is lost.
 */
export class BrokerStyle extends StyleBase<Ev> {
  private ready: Msg[] = [];
  private consumers: Consumer[] = [];
  private rr = 0;
  private redeliveries = 0;

  constructor(
    id: string,
    seed: number,
    readonly config: BrokerConfig = DEFAULT_BROKER,
  ) {
    super(id, 'broker', seed, config.serviceTime);
    this.onInstances(Math.max(1, config.instances));
  }

  protected onSend(orderId: number): void {
    const max = this.config.maxLength;
    if (max !== undefined && this.ready.length >= max) {
      if (this.config.overflow === 'reject-publish') {
        // The publisher gets a nack (with confirms): A knows this order did not make it.
        this.emit('broker-rejected-publish', orderId, { maxLength: max });
        this.ledger.fail(orderId, 'queue-full');
        return;
      }
      const dropped = this.ready.shift() as Msg;
      this.emit('broker-dropped-head', dropped.orderId, { maxLength: max });
      this.ledger.lose(dropped.orderId, 'queue-overflow');
    }
    this.ready.push({ orderId, redelivered: false });
    this.emit('broker-enqueued', orderId, { depth: this.ready.length });
    this.dispatch();
  }

  private canTake(c: Consumer): boolean {
    const unacked = c.buffer.length + (c.current !== null ? 1 : 0);
    return c.up && !c.removed && (this.config.prefetch === 0 || unacked < this.config.prefetch);
  }

  /** Round-robin over consumers that can accept, as D.1 describes (no priorities here). */
  private dispatch(): void {
    const n = this.consumers.length;
    while (this.ready.length > 0) {
      let chosen: Consumer | null = null;
      for (let i = 0; i < n; i++) {
        const c = this.consumers[(this.rr + i) % n];
        if (this.canTake(c)) {
          chosen = c;
          this.rr = (this.rr + i + 1) % n;
          break;
        }
      }
      if (chosen === null) return;
      const m = this.ready.shift() as Msg;
      chosen.buffer.push(m);
      this.emit('broker-delivered', m.orderId, {
        consumer: chosen.index,
        redelivered: m.redelivered,
      });
      if (chosen.current === null) this.startNext(chosen);
    }
  }

  private startNext(c: Consumer): void {
    const m = c.buffer.shift();
    c.current = m ?? null;
    if (m !== undefined)
      this.queue.schedule(this.t + this.serviceMs(), { k: 'done', c, gen: c.gen });
  }

  protected handle(e: Ev): void {
    const c = e.c;
    if (c.removed) return;
    if (e.k === 'reconnect') {
      if (this.down || c.up) return;
      c.up = true;
      this.emit('b-restarted', undefined, { instance: c.index });
      this.dispatch();
      return;
    }
    if (e.gen !== c.gen || c.current === null) return;
    const m = c.current;
    if (this.config.ackMode === 'manual')
      this.emit('broker-acked', m.orderId, { consumer: c.index });
    this.ledger.complete(m.orderId, this.t);
    c.current = null;
    this.startNext(c);
    this.dispatch();
  }

  /** The consumer's channel closes: unacked messages go back (manual) or are gone (auto-ack). */
  private disconnect(c: Consumer): void {
    c.up = false;
    c.gen++;
    const held = c.current !== null ? [c.current, ...c.buffer] : [...c.buffer];
    c.current = null;
    c.buffer = [];
    if (this.config.ackMode === 'auto') {
      for (const m of held) this.ledger.lose(m.orderId, 'auto-ack-consumer-died');
      return;
    }
    for (const m of held) {
      m.redelivered = true;
      this.redeliveries++;
      this.emit('broker-requeued', m.orderId, { consumer: c.index });
    }
    // Back at the head, ahead of anything published later (classic queue requeue, D.4).
    this.ready.unshift(...held);
  }

  protected onDown(): void {
    for (const c of this.consumers) this.disconnect(c);
  }

  protected onUp(): void {
    for (const c of this.consumers) c.up = true;
    this.dispatch();
  }

  protected onInstances(count: number): void {
    while (this.consumers.length > count) {
      const c = this.consumers.pop() as Consumer;
      this.disconnect(c);
      c.removed = true;
    }
    while (this.consumers.length < count) {
      this.consumers.push({
        index: this.consumers.length,
        up: !this.down,
        removed: false,
        gen: 0,
        buffer: [],
        current: null,
      });
    }
    this.rr %= this.consumers.length;
    this.dispatch();
  }

  protected onCrash(): void {
    if (this.down) return;
    const victim =
      this.consumers.find((c) => c.up && c.current !== null) ?? this.consumers.find((c) => c.up);
    if (victim === undefined) return;
    this.emit('b-crashed', victim.current?.orderId, { instance: victim.index });
    this.disconnect(victim);
    this.queue.schedule(this.t + this.config.restartMs, { k: 'reconnect', c: victim });
    // Another consumer may pick the requeued messages up right away.
    this.dispatch();
  }

  protected backlog(): number {
    return this.ready.length;
  }

  protected bBusy(): number {
    return this.consumers.reduce((n, c) => n + (c.current !== null ? 1 : 0), 0);
  }

  protected extra(): Record<string, number> {
    const unacked =
      this.config.ackMode === 'manual'
        ? this.consumers.reduce((n, c) => n + c.buffer.length + (c.current !== null ? 1 : 0), 0)
        : 0;
    return {
      unacked,
      redeliveries: this.redeliveries,
      consumersUp: this.consumers.filter((c) => c.up).length,
    };
  }
}
