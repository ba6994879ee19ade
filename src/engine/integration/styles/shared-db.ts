import type { ServiceTime } from '../types';
import { StyleBase } from './base';

export interface SharedDbConfig {
  readonly serviceTime: ServiceTime;
  /** B pollers (each runs `SELECT ... FOR UPDATE` in its own transaction). */
  readonly instances: number;
  readonly pollIntervalMs: number;
  /** Rows one poll claims. */
  readonly batchSize: number;
  /** 'wait': a poller blocks on rows another poller has locked; 'skip-locked': it takes the next free ones. */
  readonly lockMode: 'wait' | 'skip-locked';
  /** A poller waiting on a lock gives up after this long and tries again at its next tick. */
  readonly lockTimeoutMs: number;
  /** What B does with a row it cannot read: mark it failed, or leave it for later (rolled back). */
  readonly badRow: 'mark-failed' | 'retry';
}

export const DEFAULT_SHARED_DB: SharedDbConfig = {
  serviceTime: { kind: 'fixed', ms: 200 },
  instances: 1,
  pollIntervalMs: 5000,
  batchSize: 10,
  lockMode: 'wait',
  lockTimeoutMs: 5000,
  badRow: 'mark-failed',
};

interface Row {
  readonly orderId: number;
  readonly schema: number;
  status: 'new' | 'locked' | 'done' | 'failed';
}

interface Poller {
  readonly index: number;
  removed: boolean;
  /** Bumped on every transaction start and rollback, so stale scheduled steps are ignored. */
  gen: number;
  tx: { rows: Row[]; pos: number; ok: number; failed: Row[]; skipped: Row[] } | null;
  waitingOn: Poller | null;
  waitSince: number;
}

type Ev =
  | { readonly k: 'tick'; readonly p: Poller }
  | { readonly k: 'row-done'; readonly p: Poller; readonly gen: number }
  | { readonly k: 'lock-timeout'; readonly p: Poller; readonly gen: number };

/**
 * A writes rows into a table B reads. B polls on an interval, claims rows under row locks in
 * one transaction and marks them done at commit, so an order completes at its commit. Two
 * pollers without SKIP LOCKED queue up behind each other's locks. A and B share the table's
 * schema: after a schema change only A knows about, B fails on every new row until fixed.
 */
export class SharedDbStyle extends StyleBase<Ev> {
  private readonly rows: Row[] = [];
  private pollers: Poller[] = [];
  private schemaA = 1;
  private schemaB = 1;
  private lockWaitMs = 0;
  private lockTimeouts = 0;
  private schemaErrors = 0;

  constructor(
    id: string,
    seed: number,
    readonly config: SharedDbConfig = DEFAULT_SHARED_DB,
  ) {
    super(id, 'shared-db', seed, config.serviceTime);
    this.onInstances(Math.max(1, config.instances));
  }

  protected onSend(orderId: number): void {
    this.rows.push({ orderId, schema: this.schemaA, status: 'new' });
    this.emit('db-row-inserted', orderId, { schema: this.schemaA });
  }

  protected handle(e: Ev): void {
    const p = e.p;
    if (p.removed) return;
    if (e.k === 'tick') {
      this.queue.schedule(this.t + this.config.pollIntervalMs, e);
      if (!this.down && p.tx === null && p.waitingOn === null) this.poll(p);
      return;
    }
    if (e.gen !== p.gen) return;
    if (e.k === 'row-done') {
      const tx = p.tx;
      if (tx === null) return;
      tx.ok++;
      tx.pos++;
      this.step(p);
      return;
    }
    // Lock wait timed out.
    if (p.waitingOn === null) return;
    this.stopWaiting(p);
    this.lockTimeouts++;
    this.emit('db-lock-timeout', undefined, { instance: p.index });
  }

  private poll(p: Poller): void {
    const wanted: Row[] = [];
    let blocker: Poller | null = null;
    for (const r of this.rows) {
      if (wanted.length >= this.config.batchSize) break;
      if (r.status === 'new') wanted.push(r);
      else if (r.status === 'locked' && this.config.lockMode === 'wait') {
        blocker = this.pollers.find((o) => o.tx?.rows.includes(r) === true) ?? null;
        break;
      }
    }
    this.emit('db-poll', undefined, {
      instance: p.index,
      rows: wanted.length,
      blocked: blocker !== null,
    });
    if (blocker !== null) {
      // FOR UPDATE without SKIP LOCKED stops at the first locked row until its owner commits.
      p.waitingOn = blocker;
      p.waitSince = this.t;
      p.gen++;
      this.emit('db-lock-wait', undefined, { instance: p.index, holder: blocker.index });
      this.queue.schedule(this.t + this.config.lockTimeoutMs, { k: 'lock-timeout', p, gen: p.gen });
      return;
    }
    if (wanted.length === 0) return;
    for (const r of wanted) r.status = 'locked';
    p.gen++;
    p.tx = { rows: wanted, pos: 0, ok: 0, failed: [], skipped: [] };
    this.emit('db-lock-acquired', undefined, { instance: p.index, rows: wanted.length });
    this.step(p);
  }

  /** Works through the claimed rows one by one; a row B cannot read costs no time. */
  private step(p: Poller): void {
    const tx = p.tx;
    if (tx === null) return;
    while (tx.pos < tx.rows.length) {
      const r = tx.rows[tx.pos];
      if (r.schema <= this.schemaB) {
        this.queue.schedule(this.t + this.serviceMs(), { k: 'row-done', p, gen: p.gen });
        return;
      }
      this.schemaErrors++;
      this.emit('db-row-schema-error', r.orderId, {
        instance: p.index,
        rowSchema: r.schema,
        readerSchema: this.schemaB,
      });
      (this.config.badRow === 'mark-failed' ? tx.failed : tx.skipped).push(r);
      tx.pos++;
    }
    this.commit(p);
  }

  private commit(p: Poller): void {
    const tx = p.tx;
    if (tx === null) return;
    p.tx = null;
    for (const r of tx.rows) {
      if (tx.failed.includes(r)) {
        r.status = 'failed';
        this.ledger.fail(r.orderId, 'schema-mismatch');
      } else if (tx.skipped.includes(r)) r.status = 'new';
      else {
        r.status = 'done';
        this.ledger.complete(r.orderId, this.t);
      }
    }
    this.emit('db-commit', undefined, {
      instance: p.index,
      done: tx.ok,
      failed: tx.failed.length,
      skipped: tx.skipped.length,
    });
    this.compact();
    this.wakeWaiters(p);
    // A full batch that made progress suggests more rows are waiting: poll again without sleeping.
    if (tx.ok > 0 && tx.rows.length >= this.config.batchSize && !this.down) this.poll(p);
  }

  private rollback(p: Poller): void {
    const tx = p.tx;
    if (tx !== null) {
      for (const r of tx.rows) r.status = 'new';
      p.tx = null;
      this.emit('db-rollback', undefined, { instance: p.index, rows: tx.rows.length });
      this.wakeWaiters(p);
    }
    if (p.waitingOn !== null) this.stopWaiting(p);
    p.gen++;
  }

  private stopWaiting(p: Poller): void {
    this.lockWaitMs += this.t - p.waitSince;
    p.waitingOn = null;
    p.gen++;
  }

  private wakeWaiters(holder: Poller): void {
    for (const w of this.pollers) {
      if (w.waitingOn !== holder) continue;
      this.stopWaiting(w);
      if (!this.down && !w.removed) this.poll(w);
    }
  }

  /** Drops finished rows from the front so polls do not rescan history. */
  private compact(): void {
    let i = 0;
    while (
      i < this.rows.length &&
      (this.rows[i].status === 'done' || this.rows[i].status === 'failed')
    )
      i++;
    if (i > 0) this.rows.splice(0, i);
  }

  protected onDown(): void {
    for (const p of this.pollers) this.rollback(p);
  }

  protected onUp(): void {
    // Pollers resume at their next tick.
  }

  protected onInstances(count: number): void {
    while (this.pollers.length > count) {
      const p = this.pollers.pop() as Poller;
      this.rollback(p);
      p.removed = true;
    }
    while (this.pollers.length < count) {
      const p: Poller = {
        index: this.pollers.length,
        removed: false,
        gen: 0,
        tx: null,
        waitingOn: null,
        waitSince: 0,
      };
      this.pollers.push(p);
      // Spread the pollers over the interval so they do not all hit the table at once.
      const phase = Math.round((p.index * this.config.pollIntervalMs) / count);
      this.queue.schedule(this.t + this.config.pollIntervalMs - phase, { k: 'tick', p });
    }
  }

  protected onCrash(): void {
    if (this.down) return;
    const victim = this.pollers.find((p) => p.tx !== null) ?? this.pollers[0];
    this.emit('b-crashed', undefined, {
      instance: victim.index,
      rows: victim.tx?.rows.length ?? 0,
    });
    this.rollback(victim);
    this.emit('b-restarted', undefined, { instance: victim.index });
  }

  protected onSchema(changed: boolean): void {
    if (changed) {
      this.schemaA++;
      this.emit('db-schema-changed', undefined, {
        writerSchema: this.schemaA,
        readerSchema: this.schemaB,
      });
    } else {
      this.schemaB = this.schemaA;
      this.emit('db-schema-fixed', undefined, { readerSchema: this.schemaB });
    }
  }

  protected backlog(): number {
    return this.rows.reduce((n, r) => n + (r.status === 'new' ? 1 : 0), 0);
  }

  protected bBusy(): number {
    return this.pollers.reduce((n, p) => n + (p.tx !== null ? 1 : 0), 0);
  }

  protected extra(): Record<string, number> {
    const waiting = this.pollers.filter((p) => p.waitingOn !== null);
    const ongoing = waiting.reduce((s, p) => s + (this.t - p.waitSince), 0);
    return {
      lockWaitMs: this.lockWaitMs + ongoing,
      lockTimeouts: this.lockTimeouts,
      schemaErrors: this.schemaErrors,
      pollersWaitingOnLock: waiting.length,
    };
  }
}
