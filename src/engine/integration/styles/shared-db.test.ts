import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARED_DB, SharedDbStyle, type SharedDbConfig } from './shared-db';

function db(over: Partial<SharedDbConfig> = {}): SharedDbStyle {
  return new SharedDbStyle('db', 5, {
    ...DEFAULT_SHARED_DB,
    serviceTime: { kind: 'fixed', ms: 100 },
    ...over,
  });
}

describe('shared database style', () => {
  it('B polls on its interval, so an order waits for the next poll', () => {
    const s = db({ pollIntervalMs: 5000 });
    s.advanceTo(1000);
    s.execute({ type: 'send', orderId: 1 });
    s.advanceTo(4999);
    expect(s.metrics().completed).toBe(0);
    s.advanceTo(6000);
    // Claimed at the 5000 poll, processed in 100 ms, committed at 5100: 4100 ms after the send.
    expect(s.metrics()).toMatchObject({ completed: 1, latencyP50Ms: 4100, aBlockedMs: 0 });
  });

  it('a schema change breaks B on every new row until it is fixed (mark-failed)', () => {
    const s = db({ pollIntervalMs: 1000 });
    s.execute({ type: 'send', orderId: 1 });
    s.advanceTo(2000);
    s.execute({ type: 'schema-change' });
    for (let i = 2; i <= 4; i++) s.execute({ type: 'send', orderId: i });
    s.advanceTo(4000);
    expect(s.metrics()).toMatchObject({ completed: 1, failed: 3 });
    expect(s.metrics().extra.schemaErrors).toBe(3);
    s.execute({ type: 'schema-fix' });
    s.execute({ type: 'send', orderId: 5 });
    s.advanceTo(6000);
    expect(s.metrics()).toMatchObject({ completed: 2, failed: 3, inFlight: 0 });
  });

  it('with badRow=retry the unreadable rows wait, and complete once B is fixed', () => {
    const s = db({ pollIntervalMs: 1000, badRow: 'retry' });
    s.execute({ type: 'schema-change' });
    for (let i = 1; i <= 3; i++) s.execute({ type: 'send', orderId: i });
    s.advanceTo(10_000);
    expect(s.metrics()).toMatchObject({ completed: 0, failed: 0, inFlight: 3, backlog: 3 });
    expect(s.metrics().extra.schemaErrors).toBe(30);
    s.execute({ type: 'schema-fix' });
    s.advanceTo(12_000);
    expect(s.metrics()).toMatchObject({ completed: 3, inFlight: 0 });
  });

  it('two pollers without SKIP LOCKED wait on each other; with SKIP LOCKED they work in parallel', () => {
    const run = (lockMode: SharedDbConfig['lockMode']) => {
      const s = db({ instances: 2, pollIntervalMs: 1000, batchSize: 20, lockMode });
      for (let i = 1; i <= 40; i++) s.execute({ type: 'send', orderId: i });
      s.advanceTo(3000);
      return s.metrics();
    };
    const waiting = run('wait');
    const skipping = run('skip-locked');
    expect(waiting.extra.lockWaitMs).toBeGreaterThan(0);
    expect(skipping.extra.lockWaitMs).toBe(0);
    expect(skipping.completed).toBeGreaterThan(waiting.completed);
  });

  it('a lock wait longer than the lock timeout gives up until the next poll', () => {
    const s = db({ instances: 2, pollIntervalMs: 1000, batchSize: 50, lockTimeoutMs: 200 });
    for (let i = 1; i <= 50; i++) s.execute({ type: 'send', orderId: i });
    s.advanceTo(1600);
    expect(s.metrics().extra.lockTimeouts).toBeGreaterThan(0);
  });

  it('B down: rows wait in the table and nothing is lost; a crash rolls back and the rows are redone once', () => {
    const s = db({ pollIntervalMs: 1000, batchSize: 5, serviceTime: { kind: 'fixed', ms: 400 } });
    s.execute({ type: 'set-b-down', down: true });
    for (let i = 1; i <= 5; i++) s.execute({ type: 'send', orderId: i });
    s.advanceTo(30_000);
    expect(s.metrics()).toMatchObject({ completed: 0, backlog: 5, lost: 0 });
    s.execute({ type: 'set-b-down', down: false });
    s.advanceTo(31_500); // claimed at 31000, mid-batch now
    s.execute({ type: 'crash-b' });
    expect(s.takeEvents().some((e) => e.code === 'db-rollback')).toBe(true);
    s.advanceTo(40_000);
    expect(s.metrics()).toMatchObject({ completed: 5, lost: 0, duplicates: 0 });
  });
});
