import { describe, expect, it } from 'vitest';
import type { IntegrationEvent } from '../types';
import { DEFAULT_REST, RestStyle, type RestConfig } from './rest';

function rest(over: Partial<RestConfig> = {}): RestStyle {
  return new RestStyle('rest', 7, { ...DEFAULT_REST, ...over });
}

const codesAt = (evs: IntegrationEvent[], code: string) =>
  evs.filter((e) => e.code === code).map((e) => e.at);

describe('REST style', () => {
  it('a call to a down B fails after its timeout and every retry, at exact simulated times', () => {
    const s = rest({
      timeoutMs: 2000,
      maxRetries: 2,
      backoff: { initialMs: 1000, multiplier: 2, maxMs: 30_000 },
    });
    s.execute({ type: 'set-b-down', down: true });
    s.execute({ type: 'send', orderId: 1 });
    s.advanceTo(4000);
    // Half-way through, A is still blocked on its second attempt.
    expect(s.metrics().aWaiting).toBe(1);
    expect(s.metrics().aBlockedMs).toBe(4000);
    s.advanceTo(60_000);
    const evs = s.takeEvents();
    // attempt 1 at 0, times out at 2000; retry after 1000 -> 3000, times out at 5000; retry after 2000 -> 7000, times out at 9000.
    expect(codesAt(evs, 'rest-attempt')).toEqual([0, 3000, 7000]);
    expect(codesAt(evs, 'rest-timeout')).toEqual([2000, 5000, 9000]);
    expect(codesAt(evs, 'rest-gave-up')).toEqual([9000]);
    expect(evs.find((e) => e.code === 'order-failed')).toMatchObject({
      at: 9000,
      orderId: 1,
      params: { reason: 'retries-exhausted' },
    });
    const m = s.metrics();
    expect(m).toMatchObject({
      sent: 1,
      failed: 1,
      completed: 0,
      lost: 0,
      inFlight: 0,
      aWaiting: 0,
      aBlockedMs: 9000,
    });
  });

  it('A stays blocked for the service time when B is healthy', () => {
    const s = rest({ serviceTime: { kind: 'fixed', ms: 300 } });
    s.execute({ type: 'send', orderId: 1 });
    s.advanceTo(1000);
    expect(s.metrics()).toMatchObject({
      completed: 1,
      aBlockedMs: 300,
      latencyP50Ms: 300,
      latencyP95Ms: 300,
    });
  });

  it('a slow B times out, A retries, and B ends up doing the work twice without A knowing the first succeeded', () => {
    const s = rest({
      concurrency: 4,
      serviceTime: { kind: 'fixed', ms: 2500 },
      timeoutMs: 2000,
      maxRetries: 1,
      backoff: { initialMs: 100, multiplier: 2, maxMs: 1000 },
    });
    s.execute({ type: 'send', orderId: 1 });
    s.advanceTo(20_000);
    const evs = s.takeEvents();
    expect(codesAt(evs, 'rest-late-response')).toEqual([2500, 4600]);
    expect(codesAt(evs, 'order-completed')).toEqual([2500]);
    expect(codesAt(evs, 'order-duplicate')).toEqual([4600]);
    // The second attempt (2100) also timed out at 4100, so A gave up on an order B had processed.
    expect(s.metrics()).toMatchObject({
      completed: 1,
      failed: 0,
      duplicates: 1,
      inconsistent: 1,
      aBlockedMs: 4100,
    });
  });

  it('rejects with 503 beyond the concurrency limit and accept queue', () => {
    const s = rest({
      concurrency: 1,
      queueLimit: 1,
      maxRetries: 0,
      serviceTime: { kind: 'fixed', ms: 500 },
    });
    for (let i = 1; i <= 3; i++) s.execute({ type: 'send', orderId: i });
    const m = s.metrics();
    expect(m.bBusy).toBe(1);
    expect(m.backlog).toBe(1);
    expect(m.failed).toBe(1);
    expect(s.takeEvents().find((e) => e.code === 'rest-rejected')).toMatchObject({
      orderId: 3,
      params: { status: 503 },
    });
    s.advanceTo(5000);
    expect(s.metrics()).toMatchObject({ completed: 2, failed: 1, inFlight: 0 });
  });

  it("A's blocked time grows with B's slowness", () => {
    const run = (factor: number) => {
      const s = rest({ serviceTime: { kind: 'fixed', ms: 200 }, timeoutMs: 10_000 });
      s.execute({ type: 'set-b-speed', factor });
      for (let i = 1; i <= 10; i++) {
        s.advanceTo(i * 1000);
        s.execute({ type: 'send', orderId: i });
      }
      s.advanceTo(60_000);
      return s.metrics().aBlockedMs;
    };
    expect(run(1)).toBe(2000);
    expect(run(0.25)).toBe(8000);
  });

  it('a crash of B aborts the request in progress; the retry succeeds', () => {
    const s = rest({
      serviceTime: { kind: 'fixed', ms: 1000 },
      timeoutMs: 2000,
      maxRetries: 1,
      backoff: { initialMs: 500, multiplier: 2, maxMs: 500 },
    });
    s.execute({ type: 'send', orderId: 1 });
    s.advanceTo(300);
    s.execute({ type: 'crash-b' });
    s.advanceTo(10_000);
    const evs = s.takeEvents();
    expect(codesAt(evs, 'rest-aborted')).toEqual([300]);
    expect(codesAt(evs, 'rest-timeout')).toEqual([2000]);
    expect(codesAt(evs, 'order-completed')).toEqual([3500]);
    expect(s.metrics()).toMatchObject({ completed: 1, duplicates: 0, aBlockedMs: 3500 });
  });

  it('more instances raise the capacity before B rejects', () => {
    const run = (instances: number) => {
      const s = rest({ instances, concurrency: 2, queueLimit: 0, maxRetries: 0 });
      for (let i = 1; i <= 8; i++) s.execute({ type: 'send', orderId: i });
      s.advanceTo(5000);
      return s.metrics();
    };
    expect(run(1)).toMatchObject({ completed: 2, failed: 6 });
    expect(run(4)).toMatchObject({ completed: 8, failed: 0 });
  });
});
