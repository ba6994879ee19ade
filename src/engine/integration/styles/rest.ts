import type { ServiceTime } from '../types';
import { StyleBase } from './base';

export interface RestConfig {
  readonly serviceTime: ServiceTime;
  readonly instances: number;
  /** Requests one B instance works on at once (default 1, like one consumer or one poller, so styles compare at equal capacity). */
  readonly concurrency: number;
  /** Requests B accepts to wait for a free worker; beyond that it answers 503 at once. */
  readonly queueLimit: number;
  /** A gives up waiting for one attempt after this long. */
  readonly timeoutMs: number;
  /** Extra attempts after the first. */
  readonly maxRetries: number;
  /** Delay before retry n (1-based) = min(maxMs, initialMs * multiplier^(n-1)); no jitter, so times are exact. */
  readonly backoff: {
    readonly initialMs: number;
    readonly multiplier: number;
    readonly maxMs: number;
  };
}

export const DEFAULT_REST: RestConfig = {
  serviceTime: { kind: 'fixed', ms: 200 },
  instances: 1,
  concurrency: 1,
  queueLimit: 10,
  timeoutMs: 2000,
  maxRetries: 2,
  backoff: { initialMs: 1000, multiplier: 2, maxMs: 30_000 },
};

type AttemptState = 'no-answer' | 'queued' | 'in-service' | 'aborted' | 'done';

interface Attempt {
  readonly id: number;
  readonly orderId: number;
  readonly n: number;
  state: AttemptState;
  /** A has stopped waiting for this attempt (response, rejection or timeout). */
  settled: boolean;
  instance: number;
}

type Ev =
  | { readonly k: 'timeout'; readonly attempt: Attempt }
  | { readonly k: 'served'; readonly attempt: Attempt }
  | { readonly k: 'retry'; readonly orderId: number };

/**
 * A synchronous REST call from A to B. A's caller is blocked from the send until it has an
 * answer or gives up; a down B simply never answers, so A only learns it at the timeout.
 * A request whose caller timed out is dropped if B has not started it yet (the server sees
 * the closed connection), but one already in progress runs to the end: B does the work and
 * nobody hears about it, the classic source of duplicates after a retry.
 */
export class RestStyle extends StyleBase<Ev> {
  private nextAttemptId = 1;
  private readonly attemptsByOrder = new Map<number, number>();
  private readonly waitingAtB: Attempt[] = [];
  private busy: Attempt[][];

  constructor(
    id: string,
    seed: number,
    readonly config: RestConfig = DEFAULT_REST,
  ) {
    super(id, 'rest', seed, config.serviceTime);
    this.busy = Array.from({ length: Math.max(1, config.instances) }, () => []);
  }

  protected onSend(orderId: number): void {
    this.ledger.block(orderId, this.t);
    this.startAttempt(orderId);
  }

  private startAttempt(orderId: number): void {
    const n = (this.attemptsByOrder.get(orderId) ?? 0) + 1;
    this.attemptsByOrder.set(orderId, n);
    const a: Attempt = {
      id: this.nextAttemptId++,
      orderId,
      n,
      state: 'no-answer',
      settled: false,
      instance: -1,
    };
    this.emit('rest-attempt', orderId, { attempt: n });
    this.queue.schedule(this.t + this.config.timeoutMs, { k: 'timeout', attempt: a });
    if (this.down) return;
    const free = this.freeInstance();
    if (free >= 0) this.startService(a, free);
    else if (this.waitingAtB.length < this.config.queueLimit) {
      a.state = 'queued';
      this.waitingAtB.push(a);
      this.emit('rest-queued-at-b', orderId, { attempt: n, position: this.waitingAtB.length });
    } else {
      a.state = 'done';
      this.emit('rest-rejected', orderId, { attempt: n, status: 503 });
      this.attemptFailed(a);
    }
  }

  private freeInstance(): number {
    let best = -1;
    for (let i = 0; i < this.busy.length; i++) {
      if (
        this.busy[i].length < this.config.concurrency &&
        (best < 0 || this.busy[i].length < this.busy[best].length)
      )
        best = i;
    }
    return best;
  }

  private startService(a: Attempt, instance: number): void {
    a.state = 'in-service';
    a.instance = instance;
    this.busy[instance].push(a);
    this.emit('rest-processing', a.orderId, { attempt: a.n, instance });
    this.queue.schedule(this.t + this.serviceMs(), { k: 'served', attempt: a });
  }

  protected handle(e: Ev): void {
    if (e.k === 'retry') return this.startAttempt(e.orderId);
    const a = e.attempt;
    if (e.k === 'served') {
      if (a.state !== 'in-service') return; // aborted by a crash or B going down
      a.state = 'done';
      this.release(a);
      this.ledger.complete(a.orderId, this.t);
      if (a.settled) this.emit('rest-late-response', a.orderId, { attempt: a.n });
      else {
        a.settled = true;
        this.emit('rest-response', a.orderId, { attempt: a.n, status: 200 });
        this.ledger.unblock(a.orderId, this.t);
      }
      this.pullWaiting();
      return;
    }
    // Timeout of one attempt.
    if (a.settled) return;
    if (a.state === 'queued') {
      this.waitingAtB.splice(this.waitingAtB.indexOf(a), 1);
      a.state = 'done';
    }
    this.emit('rest-timeout', a.orderId, { attempt: a.n, timeoutMs: this.config.timeoutMs });
    this.attemptFailed(a);
  }

  private attemptFailed(a: Attempt): void {
    a.settled = true;
    if (a.n <= this.config.maxRetries) {
      const b = this.config.backoff;
      const delayMs = Math.min(b.maxMs, Math.round(b.initialMs * b.multiplier ** (a.n - 1)));
      this.emit('rest-retry-scheduled', a.orderId, { attempt: a.n + 1, delayMs });
      this.queue.schedule(this.t + delayMs, { k: 'retry', orderId: a.orderId });
      return;
    }
    this.emit('rest-gave-up', a.orderId, { attempts: a.n });
    this.ledger.unblock(a.orderId, this.t);
    this.ledger.markATold(a.orderId);
    this.ledger.fail(a.orderId, 'retries-exhausted');
  }

  private release(a: Attempt): void {
    const list = this.busy[a.instance];
    const i = list.indexOf(a);
    if (i >= 0) list.splice(i, 1);
  }

  private pullWaiting(): void {
    for (
      let free = this.freeInstance();
      free >= 0 && this.waitingAtB.length > 0;
      free = this.freeInstance()
    ) {
      const next = this.waitingAtB.shift() as Attempt;
      this.startService(next, free);
    }
  }

  /** The work in progress on these instances is gone; their callers will only notice at the timeout. */
  private abort(instances: Attempt[][]): number {
    let n = 0;
    for (const list of instances) {
      for (const a of list) {
        a.state = 'aborted';
        this.emit('rest-aborted', a.orderId, { attempt: a.n });
        n++;
      }
      list.length = 0;
    }
    return n;
  }

  protected onDown(): void {
    this.abort(this.busy);
    // Waiting requests die with the server; their callers hear nothing until the timeout.
    for (const a of this.waitingAtB) a.state = 'aborted';
    this.waitingAtB.length = 0;
  }

  protected onUp(): void {
    // Nothing to do: callers whose attempts are pending still wait for their timeouts.
  }

  protected onInstances(count: number): void {
    if (count < this.busy.length) this.abort(this.busy.splice(count));
    while (this.busy.length < count) this.busy.push([]);
    if (!this.down) this.pullWaiting();
  }

  protected onCrash(): void {
    if (this.down) return;
    let victim = this.busy.findIndex((l) => l.length > 0);
    if (victim < 0) victim = 0;
    const aborted = this.abort([this.busy[victim]]);
    this.emit('b-crashed', undefined, { instance: victim, aborted });
    // A stateless server restarts at once; the damage is the requests it was holding.
    this.emit('b-restarted', undefined, { instance: victim });
    this.pullWaiting();
  }

  /** Orders still in flight with a request waiting at B (a retry of an order B already did is not backlog). */
  protected backlog(): number {
    const ids = new Set<number>();
    for (const a of this.waitingAtB)
      if (this.ledger.status(a.orderId) === 'in-flight') ids.add(a.orderId);
    return ids.size;
  }

  protected extra(): Record<string, number> {
    return { requestsWaitingAtB: this.waitingAtB.length };
  }

  protected bBusy(): number {
    return this.busy.reduce((s, l) => s + l.length, 0);
  }
}
