import { describe, expect, it } from 'vitest';
import { Comparison, runComparison, type ComparisonConfig } from './runner';

const fourStyles: ComparisonConfig['styles'] = [
  { id: 'rest', kind: 'rest' },
  { id: 'db', kind: 'shared-db' },
  { id: 'file', kind: 'file-transfer', config: { safeHandoff: true } },
  { id: 'broker', kind: 'broker' },
];

describe('side-by-side comparison', () => {
  it('feeds the same arrivals to every style', () => {
    const c = runComparison(
      { seed: 1, workload: { ratePerSec: 3, arrival: 'poisson' }, styles: fourStyles },
      20_000,
    );
    const sent = Object.values(c.metrics()).map((m) => m.sent);
    expect(new Set(sent).size).toBe(1);
    expect(sent[0]).toBeGreaterThan(30);
    const firstSends = new Map<string, number[]>();
    for (const e of c.takeEvents().events) {
      if (e.code !== 'order-sent') continue;
      firstSends.set(e.style, [...(firstSends.get(e.style) ?? []), e.at]);
    }
    const [a, ...rest] = [...firstSends.values()];
    for (const r of rest) expect(r).toEqual(a);
  });

  it('is deterministic: same seed, same metrics, series and events; another seed differs', () => {
    const cfg: ComparisonConfig = {
      seed: 42,
      workload: { ratePerSec: 4, arrival: 'poisson' },
      styles: fourStyles.map((s) => ({
        ...s,
        config: { ...s.config, serviceTime: { kind: 'exponential', meanMs: 250 } },
      })),
      timeline: [
        { at: 5000, cmd: { type: 'set-b-down', down: true } },
        { at: 15_000, cmd: { type: 'set-b-down', down: false } },
        { at: 20_000, cmd: { type: 'burst', count: 50 } },
      ],
    };
    const run = (seed: number) => {
      const c = runComparison({ ...cfg, seed }, 60_000);
      return JSON.stringify({ m: c.metrics(), s: c.samples(), e: c.takeEvents() });
    };
    expect(run(42)).toBe(run(42));
    expect(run(42)).not.toBe(run(43));
  });

  it('B down for 30 s: the broker loses nothing while REST with 2 retries fails orders', () => {
    const c = runComparison(
      {
        seed: 3,
        workload: { ratePerSec: 2, arrival: 'uniform', stopAt: 60_000 },
        styles: fourStyles,
        timeline: [
          { at: 10_000, cmd: { type: 'set-b-down', down: true } },
          { at: 40_000, cmd: { type: 'set-b-down', down: false } },
        ],
      },
      120_000,
    );
    const m = c.metrics();
    expect(m.broker).toMatchObject({ lost: 0, failed: 0, inFlight: 0 });
    expect(m.broker.completed).toBe(m.broker.sent);
    expect(m.rest.failed).toBeGreaterThan(40);
    expect(m.rest.aBlockedMs).toBeGreaterThan(100_000);
    expect(m.db).toMatchObject({ lost: 0, failed: 0, inFlight: 0 });
    expect(m.file).toMatchObject({ lost: 0, failed: 0, inFlight: 0 });
    // The broker's backlog peaked during the outage and was back to zero at the end.
    const backlog = c.samples().map((s) => s.styles.broker.backlog);
    expect(Math.max(...backlog)).toBeGreaterThan(50);
    expect(backlog[backlog.length - 1]).toBe(0);
  });

  it('load x10 for 20 s: REST rejects and fails, the broker queue grows and drains', () => {
    const c = new Comparison({
      seed: 8,
      workload: { ratePerSec: 5, arrival: 'uniform' },
      styles: [
        { id: 'rest', kind: 'rest', config: { maxRetries: 1 } },
        { id: 'broker', kind: 'broker', config: { instances: 4 } },
      ],
    });
    c.advanceTo(5000);
    c.execute({ type: 'set-load-multiplier', factor: 10 });
    c.advanceTo(25_000);
    const during = c.metrics();
    expect(during.rest.failed).toBeGreaterThan(100);
    expect(during.broker.backlog).toBeGreaterThan(500);
    c.execute({ type: 'set-load-multiplier', factor: 1 });
    c.advanceTo(200_000);
    const after = c.metrics();
    expect(after.broker).toMatchObject({ lost: 0, failed: 0, backlog: 0 });
    expect(after.broker.inFlight).toBeLessThanOrEqual(4);
  });

  it('samples at a fixed interval and keeps the series bounded by downsampling', () => {
    const c = runComparison(
      {
        seed: 2,
        workload: { ratePerSec: 1, arrival: 'uniform' },
        styles: [{ id: 'b', kind: 'broker' }],
        sampleIntervalMs: 1000,
        maxSamples: 100,
      },
      500_000,
    );
    const s = c.samples();
    expect(s.length).toBeLessThanOrEqual(100);
    expect(s[0].t).toBe(0);
    expect(s[s.length - 1].t).toBeGreaterThan(490_000);
    const gaps = new Set(s.slice(1).map((x, i) => x.t - s[i].t));
    expect([...gaps].every((g) => g % 1000 === 0)).toBe(true);
    // Throughput matches the arrival rate once the pipeline is full.
    expect(s[s.length - 1].styles.b.throughputPerSec).toBeCloseTo(1, 1);
  });

  it('caps the event buffer and reports how many were dropped', () => {
    const c = runComparison(
      {
        seed: 2,
        workload: { ratePerSec: 20, arrival: 'uniform' },
        styles: [{ id: 'b', kind: 'broker' }],
        maxBufferedEvents: 100,
      },
      10_000,
    );
    const { events, dropped } = c.takeEvents();
    expect(events.length).toBe(100);
    expect(dropped).toBeGreaterThan(0);
  });

  it('a burst arrives at once and commands can target one style', () => {
    const c = new Comparison({
      seed: 1,
      workload: { ratePerSec: 0, arrival: 'uniform' },
      styles: [
        { id: 'a', kind: 'broker' },
        { id: 'b', kind: 'broker' },
      ],
    });
    c.execute({ type: 'set-b-down', down: true }, ['a']);
    c.execute({ type: 'burst', count: 25 });
    const m = c.metrics();
    expect(m.a).toMatchObject({ sent: 25, backlog: 25 });
    expect(m.b.sent).toBe(25);
    expect(m.b.backlog).toBeLessThan(25);
  });
});
