import { insertSorted, percentileOfSorted } from './core/percentile';
import type { EventCode, EventParams } from './types';

type Status = 'in-flight' | 'completed' | 'failed' | 'lost';

interface Order {
  readonly sentAt: number;
  status: Status;
  processings: number;
  /** Set when A has been told the order failed (REST). */
  aThinksFailed: boolean;
  blockedSince: number | null;
}

export type Emit = (code: EventCode, orderId?: number, params?: EventParams) => void;

/**
 * The end-to-end book of every order. It alone moves an order between outcomes, so the
 * identity sent = completed + failed + lost + inFlight holds by construction in every style.
 */
export class Ledger {
  private readonly orders = new Map<number, Order>();
  private readonly latencies: number[] = [];
  private counts = { completed: 0, failed: 0, lost: 0, duplicates: 0, inconsistent: 0 };
  private blockedClosedMs = 0;
  private waiting = 0;
  private waitingSinceSum = 0;

  constructor(private readonly emit: Emit) {}

  send(orderId: number, at: number): void {
    this.orders.set(orderId, {
      sentAt: at,
      status: 'in-flight',
      processings: 0,
      aThinksFailed: false,
      blockedSince: null,
    });
    this.emit('order-sent', orderId);
  }

  status(orderId: number): Status | undefined {
    return this.orders.get(orderId)?.status;
  }

  /** B finished processing the order once more. The first time completes it; later ones are duplicates. */
  complete(orderId: number, at: number): void {
    const o = this.orders.get(orderId);
    if (o === undefined) return;
    o.processings++;
    if (o.status === 'completed') {
      this.counts.duplicates++;
      this.emit('order-duplicate', orderId, { processings: o.processings });
      return;
    }
    if (o.status === 'failed') this.counts.failed--;
    if (o.status === 'lost') this.counts.lost--;
    if (o.aThinksFailed) this.counts.inconsistent++;
    o.status = 'completed';
    this.counts.completed++;
    const latencyMs = at - o.sentAt;
    insertSorted(this.latencies, latencyMs);
    this.emit('order-completed', orderId, { latencyMs });
  }

  /** A known failure. Only an order still in flight can fail. */
  fail(orderId: number, reason: string): void {
    const o = this.orders.get(orderId);
    if (o?.status !== 'in-flight') return;
    o.status = 'failed';
    this.counts.failed++;
    this.emit('order-failed', orderId, { reason });
  }

  /** A silent loss. Only an order still in flight can be lost. */
  lose(orderId: number, reason: string): void {
    const o = this.orders.get(orderId);
    if (o?.status !== 'in-flight') return;
    o.status = 'lost';
    this.counts.lost++;
    this.emit('order-lost', orderId, { reason });
  }

  /** A was told the order failed; if B has in fact processed it, A's view is now wrong. */
  markATold(orderId: number): void {
    const o = this.orders.get(orderId);
    if (o === undefined || o.aThinksFailed) return;
    o.aThinksFailed = true;
    if (o.status === 'completed') this.counts.inconsistent++;
  }

  /** A's caller starts waiting synchronously for this order. */
  block(orderId: number, at: number): void {
    const o = this.orders.get(orderId);
    if (o === undefined || o.blockedSince !== null) return;
    o.blockedSince = at;
    this.waiting++;
    this.waitingSinceSum += at;
  }

  unblock(orderId: number, at: number): void {
    const o = this.orders.get(orderId);
    if (o?.blockedSince == null) return;
    this.blockedClosedMs += at - o.blockedSince;
    this.waiting--;
    this.waitingSinceSum -= o.blockedSince;
    o.blockedSince = null;
  }

  snapshot(now: number) {
    const sent = this.orders.size;
    const { completed, failed, lost, duplicates, inconsistent } = this.counts;
    return {
      sent,
      completed,
      failed,
      lost,
      inFlight: sent - completed - failed - lost,
      duplicates,
      inconsistent,
      latencyP50Ms: percentileOfSorted(this.latencies, 50) ?? null,
      latencyP95Ms: percentileOfSorted(this.latencies, 95) ?? null,
      aBlockedMs: this.blockedClosedMs + this.waiting * now - this.waitingSinceSum,
      aWaiting: this.waiting,
    };
  }
}
