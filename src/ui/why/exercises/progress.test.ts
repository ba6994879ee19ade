import { describe, expect, it } from 'vitest';
import {
  loadProgress,
  PROGRESS_KEY,
  recordAttempt,
  saveProgress,
  type ProgressStorage,
} from './progress';

function memory(initial?: string): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(PROGRESS_KEY, initial);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('exercise progress in the browser', () => {
  it('round-trips a record', () => {
    const s = memory();
    const p = recordAttempt(
      {},
      'crash-no-loss',
      'broker',
      { instances: 2, ackMode: 'manual' },
      true,
    );
    expect(saveProgress(s, p)).toBe(true);
    expect(loadProgress(s)).toEqual({
      'crash-no-loss': {
        solved: true,
        attempts: 1,
        kind: 'broker',
        settings: expect.objectContaining({
          instances: 2,
          ackMode: 'manual',
          prefetch: 10,
        }) as unknown,
      },
    });
  });

  it('a solved exercise stays solved after a failed attempt', () => {
    let p = recordAttempt({}, 'scale-to-drain', 'broker', { instances: 4 }, true);
    p = recordAttempt(p, 'scale-to-drain', 'broker', { instances: 1 }, false);
    expect(p['scale-to-drain']).toMatchObject({ solved: true, attempts: 2 });
  });

  it.each([
    ['broken JSON', '{"version":1,'],
    ['not an object', '42'],
    ['null', 'null'],
    ['another version', '{"version":2,"exercises":{}}'],
    ['exercises not an object', '{"version":1,"exercises":"x"}'],
  ])('corrupt storage (%s) gives an empty record', (_name, text) => {
    expect(loadProgress(memory(text))).toEqual({});
  });

  it('reads each field on its own: bad fields fall back, unknown exercises and disallowed kinds are dropped', () => {
    const text = JSON.stringify({
      version: 1,
      exercises: {
        'b-down-no-loss': {
          solved: 'yes',
          attempts: -3,
          kind: 'broker',
          settings: { instances: 99, ackMode: 'sometimes', extra: 1 },
        },
        'scale-to-drain': { solved: true, attempts: 2.7, kind: 'rest' },
        'no-such-exercise': { solved: true, attempts: 1 },
        'crash-no-loss': 'garbage',
      },
    });
    const p = loadProgress(memory(text));
    expect(Object.keys(p).sort()).toEqual(['b-down-no-loss', 'scale-to-drain']);
    expect(p['b-down-no-loss']).toMatchObject({ solved: false, attempts: 0, kind: 'broker' });
    expect(p['b-down-no-loss']?.settings).toMatchObject({ instances: 8, ackMode: 'manual' });
    expect(p['b-down-no-loss']?.settings).not.toHaveProperty('extra');
    expect(p['scale-to-drain']).toEqual({ solved: true, attempts: 2 });
  });

  it('storage that throws on read or write never throws at the caller', () => {
    const hostile: ProgressStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(loadProgress(hostile)).toEqual({});
    expect(saveProgress(hostile, recordAttempt({}, 'crash-no-loss', 'broker', {}, true))).toBe(
      false,
    );
    expect(saveProgress(undefined, {})).toBe(false);
    expect(loadProgress(undefined)).toEqual({});
  });
});
