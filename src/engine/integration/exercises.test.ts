import { describe, expect, it } from 'vitest';
import { EXERCISES, runExercise, type ExerciseId } from './exercises';
import type { StyleSpec } from './styles/factory';

const ex = (id: ExerciseId) => EXERCISES.find((e) => e.id === id) as (typeof EXERCISES)[number];

describe('exercise checks', () => {
  it('B down for 30 s, no order lost: REST with 2 retries fails, a broker passes', () => {
    const e = ex('b-down-no-loss');
    const rest = runExercise(e, e.starting);
    expect(rest.passed).toBe(false);
    expect(rest.failures.map((f) => f.code)).toContain('orders-failed');
    expect(runExercise(e, { id: 'mine', kind: 'broker' })).toMatchObject({
      passed: true,
      failures: [],
    });
  });

  it('p95 under 1 s with A never blocked: REST fails, one consumer is too few, two pass', () => {
    const e = ex('fast-and-non-blocking');
    expect(runExercise(e, e.starting).failures.map((f) => f.code)).toContain('a-blocked');
    const one = runExercise(e, {
      id: 'mine',
      kind: 'broker',
      config: { instances: 1, serviceTime: { kind: 'exponential', meanMs: 200 } },
    });
    expect(one.failures.map((f) => f.code)).toEqual(['p95-too-high']);
    expect(runExercise(e, { id: 'mine', kind: 'broker', config: { instances: 2 } }).passed).toBe(
      true,
    );
  });

  it('scale B so a burst of 300 drains within 20 s: needs four consumers', () => {
    const e = ex('scale-to-drain');
    const withConsumers = (n: number) =>
      runExercise(e, { id: 'mine', kind: 'broker', config: { instances: n } });
    expect(withConsumers(1).failures[0]).toMatchObject({
      code: 'backlog-not-drained',
      params: { deadlineMs: 30_000 },
    });
    expect(withConsumers(3).passed).toBe(false);
    expect(withConsumers(4).passed).toBe(true);
  });

  it('file transfer without losing half-written batches: needs a safe handoff', () => {
    const e = ex('file-no-half-written-loss');
    const naive = runExercise(e, e.starting);
    expect(naive.failures.map((f) => f.code)).toContain('orders-lost');
    const spec = {
      ...e.starting,
      config: { ...e.starting.config, safeHandoff: true },
    } as StyleSpec;
    expect(runExercise(e, spec).passed).toBe(true);
    expect(runExercise(e, { id: 'mine', kind: 'broker' }).failures[0].code).toBe(
      'style-not-allowed',
    );
  });

  it('consumers crash: auto-ack loses messages, manual ack does not', () => {
    const e = ex('crash-no-loss');
    expect(runExercise(e, e.starting).failures.map((f) => f.code)).toEqual(['orders-lost']);
    expect(
      runExercise(e, { id: 'mine', kind: 'broker', config: { ackMode: 'manual', instances: 2 } })
        .passed,
    ).toBe(true);
  });
});
