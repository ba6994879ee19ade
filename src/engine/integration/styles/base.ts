import { EventQueue } from '../../../sim/event-queue';
import { createRng, exponential, type Rng } from '../core/prng';
import { Ledger } from '../ledger';
import type {
  EventCode,
  EventParams,
  IntegrationEvent,
  IntegrationStyle,
  ServiceTime,
  StyleCommand,
  StyleKind,
  StyleMetrics,
} from '../types';

/** Options every style shares: who B is and how fast it works. */
export interface BSideConfig {
  readonly serviceTime: ServiceTime;
  readonly instances: number;
}

/**
 * The discrete-event loop and the B-side controls shared by the four styles. A subclass
 * schedules its own internal events (type E) and reacts to them in handle(); the base keeps
 * the clock, the (time, seq) queue, the ledger and the event buffer.
 */
export abstract class StyleBase<E> implements IntegrationStyle {
  protected readonly queue = new EventQueue<E>();
  protected readonly ledger: Ledger;
  protected readonly rng: Rng;
  protected t = 0;
  protected speed = 1;
  protected down = false;
  private events: IntegrationEvent[] = [];

  protected constructor(
    readonly id: string,
    readonly kind: StyleKind,
    seed: number,
    private readonly serviceTime: ServiceTime,
  ) {
    this.rng = createRng(seed);
    this.ledger = new Ledger((code, orderId, params) => this.emit(code, orderId, params));
  }

  now(): number {
    return this.t;
  }

  nextDueAt(): number | undefined {
    return this.queue.peek()?.time;
  }

  advanceTo(t: number): void {
    for (
      let next = this.queue.peek();
      next !== undefined && next.time <= t;
      next = this.queue.peek()
    ) {
      this.queue.pop();
      // Never move the clock backwards, even for an event scheduled in the past by mistake.
      this.t = Math.max(this.t, next.time);
      this.handle(next.payload);
    }
    this.t = Math.max(this.t, t);
  }

  execute(cmd: StyleCommand): void {
    switch (cmd.type) {
      case 'send':
        this.ledger.send(cmd.orderId, this.t);
        this.onSend(cmd.orderId);
        return;
      case 'set-b-speed':
        // A floor instead of zero: "stopped" is what set-b-down is for.
        this.speed = Math.max(0.01, cmd.factor);
        this.emit('b-speed-changed', undefined, { factor: this.speed });
        return;
      case 'set-b-down':
        if (cmd.down === this.down) return;
        this.down = cmd.down;
        this.emit(cmd.down ? 'b-down' : 'b-up');
        if (cmd.down) this.onDown();
        else this.onUp();
        return;
      case 'set-b-instances': {
        const count = Math.max(1, Math.floor(cmd.count));
        this.emit('b-instances-changed', undefined, { count });
        this.onInstances(count);
        return;
      }
      case 'crash-b':
        this.onCrash();
        return;
      case 'schema-change':
      case 'schema-fix':
        this.onSchema(cmd.type === 'schema-change');
        return;
    }
  }

  takeEvents(): IntegrationEvent[] {
    const out = this.events;
    this.events = [];
    return out;
  }

  metrics(): StyleMetrics {
    return {
      ...this.ledger.snapshot(this.t),
      backlog: this.backlog(),
      bBusy: this.bBusy(),
      extra: this.extra(),
    };
  }

  protected emit(code: EventCode, orderId?: number, params?: EventParams): void {
    const ev: {
      at: number;
      style: string;
      code: EventCode;
      orderId?: number;
      params?: EventParams;
    } = {
      at: this.t,
      style: this.id,
      code,
    };
    if (orderId !== undefined) ev.orderId = orderId;
    if (params !== undefined) ev.params = params;
    this.events.push(ev);
  }

  /** One service duration at the current speed, in whole milliseconds (at least 1). */
  protected serviceMs(): number {
    const s = this.serviceTime;
    const base =
      s.kind === 'fixed'
        ? s.ms
        : s.kind === 'uniform'
          ? s.minMs + (s.maxMs - s.minMs) * this.rng.next()
          : exponential(this.rng, s.meanMs);
    return Math.max(1, Math.round(base / this.speed));
  }

  protected abstract handle(e: E): void;
  protected abstract onSend(orderId: number): void;
  protected abstract onDown(): void;
  protected abstract onUp(): void;
  protected abstract onInstances(count: number): void;
  protected abstract onCrash(): void;
  protected onSchema(_changed: boolean): void {
    // Only the shared database couples A and B through a schema.
  }
  protected abstract backlog(): number;
  protected abstract bBusy(): number;
  protected extra(): Record<string, number> {
    return {};
  }
}
