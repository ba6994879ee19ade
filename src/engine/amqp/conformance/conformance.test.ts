import { describe, expect, it } from 'vitest';
import { runScenario, type Scenario } from './runner';

// Every recorded RabbitMQ 3.10.8 result, replayed on the engine: one test case per scenario.
const scenarios = import.meta.glob<Scenario>('./__fixtures__/scenarios/*.json', { eager: true, import: 'default' });
const results = import.meta.glob<unknown>('./__fixtures__/results/*.json', { eager: true, import: 'default' });

describe('conformance with RabbitMQ 3.10.8 recordings', () => {
  const names = Object.keys(scenarios).sort();
  it('has all fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(80);
  });
  for (const path of names) {
    const expected = results[path.replace('/scenarios/', '/results/')];
    it(path.split('/').pop()!.replace('.json', ''), () => {
      expect(runScenario(scenarios[path])).toEqual(expected);
    });
  }
});
