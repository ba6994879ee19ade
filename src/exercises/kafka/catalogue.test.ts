import { describe, expect, it } from 'vitest';
import { restoreKafkaScenario } from '../../scenario/kafka/restore';
import { checkKafkaExercise, KAFKA_EXERCISES, passed } from './catalogue';

describe.each(KAFKA_EXERCISES.map((ex) => [ex.id, ex] as const))('exercise %s', (_id, ex) => {
  it('the starting scenario does not pass', () => {
    const lines = checkKafkaExercise(ex, ex.start());
    expect(passed(lines)).toBe(false);
    expect(lines.some((l) => !l.ok)).toBe(true);
  });

  it('the reference solution passes every check', () => {
    const lines = checkKafkaExercise(ex, ex.solve(ex.start()));
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(passed(lines)).toBe(true);
  });

  it('its scenarios are valid documents (they survive restore unchanged)', () => {
    for (const doc of [ex.start(), ex.solve(ex.start())]) {
      const r = restoreKafkaScenario(JSON.parse(JSON.stringify(doc)));
      expect(r.ok && r.warnings).toEqual([]);
      if (r.ok) expect(r.scenario).toEqual(doc);
    }
  });

  it('checks deterministically', () => {
    expect(checkKafkaExercise(ex, ex.start())).toEqual(checkKafkaExercise(ex, ex.start()));
  });
});

describe('exercise catalogue', () => {
  it('has at least six exercises with distinct ids', () => {
    expect(KAFKA_EXERCISES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(KAFKA_EXERCISES.map((e) => e.id)).size).toBe(KAFKA_EXERCISES.length);
  });

  it('an empty scenario passes nothing', () => {
    for (const ex of KAFKA_EXERCISES) expect(passed(checkKafkaExercise(ex, { ...ex.start(), nodes: [], edges: [] }))).toBe(false);
  });
});
