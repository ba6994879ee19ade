import { describe, expect, it } from 'vitest';
import { findPreset } from '../../scenario/presets';
import { AmqpSimulation } from '../../sim/amqp/runner';
import type { SimLogEntry } from '../../sim/amqp/types';
import { isPresentable, latestStep } from './latest';

function logOf(id: string, ms: number): SimLogEntry[] {
  const sim = new AmqpSimulation(findPreset(id)!.create());
  sim.advanceTo(ms);
  return sim.takeLog();
}

describe('the step presenter mode shows', () => {
  it('is nothing before anything worth explaining happened', () => {
    expect(latestStep(logOf('notes-topic', 0))).toEqual([]);
  });

  it('starts with the routing decision, then what happened at the same instant', () => {
    const log = logOf('notes-topic', 700); // the first message arrives at the exchange at 600 ms
    const step = latestStep(log);
    expect(step.map((e) => e.event.type)).toEqual(['routed', 'delivered', 'delivered']);
    expect(new Set(step.map((e) => e.time))).toEqual(new Set([600]));
  });

  it('skips bookkeeping: publishing, enqueuing, topology, a consumer’s own progress', () => {
    const log = logOf('notes-topic', 5_000);
    const kinds = new Set(log.filter(isPresentable).map((e) => e.event.type));
    for (const k of [
      'published',
      'enqueued',
      'queue-declared',
      'consumer-added',
      'consumer-received',
      'producer-sent',
    ])
      expect(kinds.has(k as never)).toBe(false);
    expect(kinds.has('acked')).toBe(true);
  });

  it('shows a channel the broker closed, and the command that failed', () => {
    const log = logOf('connections-channels', 1_000);
    const shown = log.filter(isPresentable).map((e) => e.event.type);
    expect(shown).toContain('channel-closed');
    expect(shown).toContain('command-failed');
  });
});
