import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStyle, type StyleSpec } from './styles/factory';
import type { IntegrationStyle, StyleCommand } from './types';

type Step = { readonly dt: number; readonly cmd: StyleCommand | { type: 'sends'; n: number } };

const stepArb: fc.Arbitrary<Step> = fc.record({
  dt: fc.integer({ min: 0, max: 8000 }),
  cmd: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        type: fc.constant('sends' as const),
        n: fc.integer({ min: 1, max: 15 }),
      }),
    },
    fc.record({ type: fc.constant('set-b-down' as const), down: fc.boolean() }),
    fc.record({
      type: fc.constant('set-b-speed' as const),
      factor: fc.constantFrom(0.2, 0.5, 1, 3),
    }),
    fc.record({
      type: fc.constant('set-b-instances' as const),
      count: fc.integer({ min: 1, max: 4 }),
    }),
    fc.constant({ type: 'crash-b' as const }),
    fc.constant({ type: 'schema-change' as const }),
    fc.constant({ type: 'schema-fix' as const }),
  ),
});

const specs: StyleSpec[] = [
  {
    id: 'rest',
    kind: 'rest',
    config: { serviceTime: { kind: 'exponential', meanMs: 400 }, concurrency: 2, queueLimit: 3 },
  },
  {
    id: 'db-wait',
    kind: 'shared-db',
    config: {
      serviceTime: { kind: 'uniform', minMs: 50, maxMs: 300 },
      pollIntervalMs: 1500,
      batchSize: 4,
    },
  },
  {
    id: 'db-skip',
    kind: 'shared-db',
    config: { lockMode: 'skip-locked', badRow: 'retry', pollIntervalMs: 1000 },
  },
  {
    id: 'file-move',
    kind: 'file-transfer',
    config: { writeMsPerLine: 200, pickupIntervalMs: 3000, batchIntervalMs: 4000 },
  },
  {
    id: 'file-reread',
    kind: 'file-transfer',
    config: { writeMsPerLine: 200, consumeMode: 'reread-if-changed', format: 'document' },
  },
  {
    id: 'broker',
    kind: 'broker',
    config: { serviceTime: { kind: 'exponential', meanMs: 300 }, prefetch: 3 },
  },
  {
    id: 'broker-auto',
    kind: 'broker',
    config: { ackMode: 'auto', maxLength: 20, overflow: 'drop-head' },
  },
];

/** Replays the steps, checking the books against the event stream after every step. */
function replay(style: IntegrationStyle, steps: readonly Step[]): void {
  const last = new Map<number, string>();
  let nextId = 1;
  let t = 0;
  let completedBefore = 0;
  for (const step of steps) {
    t += step.dt;
    style.advanceTo(t);
    if (step.cmd.type === 'sends')
      for (let i = 0; i < step.cmd.n; i++) style.execute({ type: 'send', orderId: nextId++ });
    else style.execute(step.cmd);
    for (const e of style.takeEvents()) {
      if (e.orderId === undefined) continue;
      if (e.code === 'order-sent') last.set(e.orderId, 'in-flight');
      if (e.code === 'order-completed') last.set(e.orderId, 'completed');
      if (e.code === 'order-failed') last.set(e.orderId, 'failed');
      if (e.code === 'order-lost') last.set(e.orderId, 'lost');
    }
    const m = style.metrics();
    const count = (s: string) => [...last.values()].filter((v) => v === s).length;
    expect(m.sent).toBe(nextId - 1);
    expect(m.sent).toBe(m.completed + m.failed + m.lost + m.inFlight);
    expect([m.completed, m.failed, m.lost, m.inFlight]).toEqual([
      count('completed'),
      count('failed'),
      count('lost'),
      count('in-flight'),
    ]);
    expect(m.completed).toBeGreaterThanOrEqual(completedBefore);
    expect(
      Math.min(m.backlog, m.bBusy, m.aBlockedMs, m.aWaiting, m.duplicates),
    ).toBeGreaterThanOrEqual(0);
    expect(m.backlog).toBeLessThanOrEqual(m.inFlight);
    completedBefore = m.completed;
  }
}

describe('properties of every style', () => {
  for (const spec of specs) {
    it(`${spec.id}: sent = completed + failed + lost + in flight at every step, matching the events`, () => {
      fc.assert(
        fc.property(fc.integer(), fc.array(stepArb, { maxLength: 40 }), (seed, steps) => {
          replay(createStyle(spec, seed), steps);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('the broker with manual acks and B eventually up never loses or fails an order', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 5 }),
        fc.array(stepArb, { maxLength: 40 }),
        (seed, prefetch, steps) => {
          const s = createStyle(
            {
              id: 'broker',
              kind: 'broker',
              config: { prefetch, serviceTime: { kind: 'exponential', meanMs: 300 } },
            },
            seed,
          );
          replay(s, steps);
          s.execute({ type: 'set-b-down', down: false });
          s.advanceTo(s.now() + 10_000_000);
          const m = s.metrics();
          expect(m).toMatchObject({ lost: 0, failed: 0, inFlight: 0, backlog: 0 });
          expect(m.completed).toBe(m.sent);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('same seed, same steps: identical events and metrics for every style', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(stepArb, { maxLength: 25 }), (seed, steps) => {
        for (const spec of specs) {
          const a = createStyle(spec, seed);
          const b = createStyle(spec, seed);
          const trace = (s: IntegrationStyle) => {
            replay(s, steps);
            s.advanceTo(s.now() + 60_000);
            return JSON.stringify([s.takeEvents(), s.metrics()]);
          };
          expect(trace(a)).toBe(trace(b));
        }
      }),
      { numRuns: 30 },
    );
  });
});
