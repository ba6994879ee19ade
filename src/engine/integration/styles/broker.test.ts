import { describe, expect, it } from 'vitest';
import type { IntegrationStyle } from '../types';
import { BrokerStyle, DEFAULT_BROKER, type BrokerConfig } from './broker';

function broker(over: Partial<BrokerConfig> = {}): BrokerStyle {
  return new BrokerStyle('broker', 3, { ...DEFAULT_BROKER, ...over });
}

/** Sends one order every `gapMs` from `from` (exclusive of `to`). */
function sendEvery(
  s: IntegrationStyle,
  from: number,
  to: number,
  gapMs: number,
  firstId: number,
): number {
  let id = firstId;
  for (let t = from; t < to; t += gapMs) {
    s.advanceTo(t);
    s.execute({ type: 'send', orderId: id++ });
  }
  return id;
}

describe('broker style', () => {
  it('loses nothing while B is down for 30 s, and drains after', () => {
    const s = broker({ serviceTime: { kind: 'fixed', ms: 100 } });
    s.execute({ type: 'set-b-down', down: true });
    sendEvery(s, 0, 30_000, 500, 1);
    s.advanceTo(30_000);
    expect(s.metrics()).toMatchObject({
      sent: 60,
      completed: 0,
      lost: 0,
      failed: 0,
      backlog: 60,
      aBlockedMs: 0,
    });
    s.execute({ type: 'set-b-down', down: false });
    // 60 messages at 100 ms each: drained 6 s after B is back.
    s.advanceTo(36_000);
    expect(s.metrics()).toMatchObject({
      sent: 60,
      completed: 60,
      lost: 0,
      failed: 0,
      inFlight: 0,
      backlog: 0,
    });
    // The first order waited the whole outage plus its own service time.
    const first = s.takeEvents().find((e) => e.code === 'order-completed' && e.orderId === 1);
    expect(first).toMatchObject({ at: 30_100, params: { latencyMs: 30_100 } });
  });

  it('A is never blocked: publishing returns at once', () => {
    const s = broker({ serviceTime: { kind: 'fixed', ms: 5000 } });
    sendEvery(s, 0, 10_000, 100, 1);
    expect(s.metrics()).toMatchObject({ aBlockedMs: 0, aWaiting: 0 });
  });

  it('a consumer crash mid-message requeues it and another consumer processes it (manual ack)', () => {
    const s = broker({ instances: 2, prefetch: 1, serviceTime: { kind: 'fixed', ms: 1000 } });
    s.execute({ type: 'send', orderId: 1 });
    s.advanceTo(400);
    s.execute({ type: 'crash-b' });
    const evs = s.takeEvents();
    expect(evs.filter((e) => e.code === 'broker-delivered').map((e) => e.params)).toEqual([
      { consumer: 0, redelivered: false },
      { consumer: 1, redelivered: true },
    ]);
    s.advanceTo(5000);
    expect(s.metrics()).toMatchObject({ completed: 1, lost: 0, duplicates: 0 });
    expect(s.takeEvents().find((e) => e.code === 'order-completed')?.at).toBe(1400);
  });

  it('with auto-ack the same crash loses the messages the consumer held', () => {
    const s = broker({ ackMode: 'auto', prefetch: 5, serviceTime: { kind: 'fixed', ms: 1000 } });
    for (let i = 1; i <= 5; i++) s.execute({ type: 'send', orderId: i });
    s.advanceTo(400);
    s.execute({ type: 'crash-b' });
    s.advanceTo(20_000);
    expect(s.metrics()).toMatchObject({ sent: 5, completed: 0, lost: 5 });
  });

  it('under ten times the load the queue grows, then drains when the load drops', () => {
    const s = broker({ instances: 2, serviceTime: { kind: 'fixed', ms: 100 } }); // 20 msg/s capacity
    let id = sendEvery(s, 0, 10_000, 20, 1); // 50 msg/s for 10 s
    s.advanceTo(10_000);
    const peak = s.metrics().backlog;
    expect(peak).toBeGreaterThan(250);
    id = sendEvery(s, 10_000, 40_000, 200, id); // 5 msg/s afterwards
    s.advanceTo(60_000);
    expect(s.metrics()).toMatchObject({
      sent: id - 1,
      completed: id - 1,
      backlog: 0,
      lost: 0,
      failed: 0,
    });
  });

  it('adding consumers raises throughput', () => {
    const completedIn60s = (instances: number) => {
      const s = broker({ instances, serviceTime: { kind: 'fixed', ms: 200 } });
      sendEvery(s, 0, 60_000, 50, 1); // 20 msg/s
      s.advanceTo(60_000);
      return s.metrics().completed;
    };
    // One consumer does 5 a second; the second starts 50 ms later, so its 300th ends at 60 050.
    expect(completedIn60s(1)).toBe(300);
    expect(completedIn60s(2)).toBe(599);
    expect(completedIn60s(4)).toBeGreaterThanOrEqual(1196);
  });

  it('a bounded queue under overload rejects publishes (A told) or drops the oldest (silently lost)', () => {
    const run = (overflow: BrokerConfig['overflow']) => {
      const s = broker({
        maxLength: 10,
        overflow,
        prefetch: 1,
        serviceTime: { kind: 'fixed', ms: 10_000 },
      });
      for (let i = 1; i <= 20; i++) s.execute({ type: 'send', orderId: i });
      return s.metrics();
    };
    expect(run('reject-publish')).toMatchObject({ failed: 9, lost: 0, backlog: 10 });
    expect(run('drop-head')).toMatchObject({ failed: 0, lost: 9, backlog: 10 });
  });

  it('removing a consumer requeues what it held', () => {
    const s = broker({ instances: 2, prefetch: 3, serviceTime: { kind: 'fixed', ms: 1000 } });
    for (let i = 1; i <= 6; i++) s.execute({ type: 'send', orderId: i });
    s.execute({ type: 'set-b-instances', count: 1 });
    expect(s.metrics().extra.unacked).toBe(3);
    expect(s.metrics().backlog).toBe(3);
    s.advanceTo(10_000);
    expect(s.metrics()).toMatchObject({ completed: 6, lost: 0 });
  });
});
