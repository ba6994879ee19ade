import { describe, expect, it } from 'vitest';
import { BROKER_PRESETS } from './brokers/presets';
import { LAB_PRESETS } from './presets';
import { runComparison } from './runner';

const run = (id: string) => {
  const p = LAB_PRESETS.find((x) => x.id === id);
  if (p === undefined) throw new Error(id);
  return runComparison(p.config, p.durationMs).metrics();
};

describe('lab presets tell their story', () => {
  it('communication failure: REST fails orders, the broker loses none', () => {
    const m = run('problem-communication-failure');
    expect(m.rest.failed).toBeGreaterThan(0);
    expect(m.broker).toMatchObject({ lost: 0, failed: 0 });
  });

  it('slowness: REST blocks A and fails; the broker does not block A', () => {
    const m = run('problem-slowness');
    expect(m.rest.aBlockedMs).toBeGreaterThan(10_000);
    expect(m.broker.aBlockedMs).toBe(0);
    expect(m.broker.failed + m.broker.lost).toBe(0);
  });

  it('overload: REST rejects, the broker queues', () => {
    const m = run('problem-overload');
    expect(m.rest.failed).toBeGreaterThan(0);
    expect(m.broker.failed + m.broker.lost).toBe(0);
  });

  it('decoupling: the schema change fails rows only in the shared database', () => {
    const m = run('reason-decoupling');
    expect(m['shared-db'].failed).toBeGreaterThan(0);
    expect(m.broker.failed + m.broker.lost).toBe(0);
  });

  it('resilience: manual ack loses nothing, auto-ack loses', () => {
    const m = run('reason-resilience');
    expect(m['broker-manual-ack'].lost).toBe(0);
    expect(m['broker-auto-ack'].lost).toBeGreaterThan(0);
  });

  it('background processing: REST times out on slow work, the broker completes it', () => {
    const m = run('reason-background-processing');
    expect(m.rest.failed).toBeGreaterThan(0);
    expect(m.broker).toMatchObject({ failed: 0, lost: 0, inFlight: 0, aBlockedMs: 0 });
  });

  it('scalability: the backlog turns round once consumers are added', () => {
    const p = LAB_PRESETS.find((x) => x.id === 'reason-scalability');
    if (p === undefined) throw new Error('missing');
    const s = runComparison(p.config, p.durationMs).samples();
    const at = (t: number) => s.find((x) => x.t === t)?.styles.broker.backlog ?? -1;
    expect(at(20_000)).toBeGreaterThan(100);
    expect(at(90_000)).toBeLessThan(at(40_000));
  });

  it('asynchrony: A blocks on REST and never on the broker', () => {
    const m = run('reason-asynchrony');
    expect(m.rest.aBlockedMs).toBeGreaterThan(0);
    expect(m.broker.aBlockedMs).toBe(0);
  });
});

describe('closest-model broker scenes', () => {
  const codes = (id: string) =>
    (BROKER_PRESETS.find((p) => p.id === id)?.run() ?? []).map((e) => e.code);
  it('each shows its defining behaviour', () => {
    expect(codes('sqs')).toContain('sqs-moved-to-dlq');
    expect(codes('pubsub')).toEqual(
      expect.arrayContaining(['pubsub-no-subscription-dropped', 'pubsub-redelivery']),
    );
    expect(codes('servicebus').filter((c) => c === 'sb-copied-to-subscription')).toHaveLength(4);
    expect(codes('redis-pubsub')).toContain('redis-published-to-nobody');
    expect(codes('redis-streams')).toContain('redis-claimed');
    expect(codes('jms-queue')).toContain('jms-dead-lettered');
    expect(codes('jms-topic-durable')).toContain('jms-durable-reconnected');
    for (const p of BROKER_PRESETS) expect(p.label).toBe('closest-model');
  });
});
