import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  hintsShown,
  isDone,
  loadProgress,
  markDone,
  PROGRESS_BACKUP_KEYS,
  PROGRESS_KEY,
  saveProgress,
  setHints,
  type ProgressStorage,
} from './progress';

class MemoryStorage implements ProgressStorage {
  readonly items = new Map<string, string>();
  failSet: ((key: string) => Error | null) | null = null;
  failGet = false;
  getItem(key: string) {
    if (this.failGet) throw new Error('SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const e = this.failSet?.(key);
    if (e) throw e;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError', code: 22 });

describe('exercise progress in the browser', () => {
  it('round-trips what was solved and the hints opened', () => {
    const s = new MemoryStorage();
    let p = markDone(EMPTY_PROGRESS, 'topic-filial', 1_700_000_000_000);
    p = setHints(p, 'priority', 2);
    expect(saveProgress(s, p)).toEqual({ ok: true });
    const loaded = loadProgress(s);
    expect(loaded.notice).toBeNull();
    expect(isDone(loaded.progress, 'topic-filial')).toBe(true);
    expect(isDone(loaded.progress, 'priority')).toBe(false);
    expect(hintsShown(loaded.progress, 'priority')).toBe(2);
    expect(JSON.parse(s.items.get(PROGRESS_KEY)!)).toMatchObject({ version: 1 });
  });

  it('nothing stored is a fresh start', () => {
    expect(loadProgress(new MemoryStorage())).toEqual({
      progress: EMPTY_PROGRESS,
      notice: null,
      canSave: true,
    });
  });

  it('a record that is not JSON is kept aside, not deleted, and progress starts fresh', () => {
    const s = new MemoryStorage();
    s.items.set(PROGRESS_KEY, '{"version":1,"done":{"a":1');
    const loaded = loadProgress(s);
    expect(loaded.progress).toEqual(EMPTY_PROGRESS);
    expect(loaded.notice).toEqual({ kind: 'corrupt', keptAt: PROGRESS_BACKUP_KEYS[0] });
    expect(loaded.canSave).toBe(true);
    expect(s.items.get(PROGRESS_BACKUP_KEYS[0])).toBe('{"version":1,"done":{"a":1');
  });

  it('valid entries survive next to bad ones, and the original is still kept aside', () => {
    const s = new MemoryStorage();
    const text = JSON.stringify({
      version: 1,
      done: { ok: 5, bad: 'yesterday', neg: -1 },
      hints: { ok: 1, many: 1e9, half: 0.5 },
    });
    s.items.set(PROGRESS_KEY, text);
    const loaded = loadProgress(s);
    expect(loaded.progress).toEqual({ done: { ok: 5 }, hints: { ok: 1 } });
    expect(loaded.notice?.kind).toBe('corrupt');
    expect(s.items.get(PROGRESS_BACKUP_KEYS[0])).toBe(text);
  });

  it('a record from a newer version is kept aside too', () => {
    const s = new MemoryStorage();
    s.items.set(PROGRESS_KEY, JSON.stringify({ version: 2, solved: ['x'] }));
    expect(loadProgress(s).notice).toEqual({ kind: 'corrupt', keptAt: PROGRESS_BACKUP_KEYS[0] });
  });

  it('an older backup is not overwritten: the next free slot is used', () => {
    const s = new MemoryStorage();
    s.items.set(PROGRESS_BACKUP_KEYS[0], 'older damage');
    s.items.set(PROGRESS_KEY, 'new damage');
    expect(loadProgress(s).notice).toEqual({ kind: 'corrupt', keptAt: PROGRESS_BACKUP_KEYS[1] });
    expect(s.items.get(PROGRESS_BACKUP_KEYS[0])).toBe('older damage');
    expect(s.items.get(PROGRESS_BACKUP_KEYS[1])).toBe('new damage');
  });

  it('when the damaged record cannot be copied aside, nothing will be saved over it', () => {
    const s = new MemoryStorage();
    s.items.set(PROGRESS_KEY, 'garbage');
    s.failSet = quota;
    expect(loadProgress(s)).toEqual({
      progress: EMPTY_PROGRESS,
      notice: { kind: 'stuck' },
      canSave: false,
    });
    expect(s.items.get(PROGRESS_KEY)).toBe('garbage');
  });

  it('a full storage is reported as quota, other failures as unavailable; neither throws', () => {
    const s = new MemoryStorage();
    s.failSet = quota;
    expect(saveProgress(s, markDone(EMPTY_PROGRESS, 'x', 1))).toEqual({
      ok: false,
      error: 'quota',
    });
    s.failSet = () => new Error('SecurityError');
    expect(saveProgress(s, EMPTY_PROGRESS)).toEqual({ ok: false, error: 'unavailable' });
    s.failGet = true;
    expect(loadProgress(s)).toEqual({
      progress: EMPTY_PROGRESS,
      notice: { kind: 'unavailable' },
      canSave: false,
    });
    expect(loadProgress(undefined).notice).toEqual({ kind: 'unavailable' });
  });

  it('ids such as __proto__ are plain entries', () => {
    const s = new MemoryStorage();
    s.items.set(PROGRESS_KEY, '{"version":1,"done":{"__proto__":3,"constructor":4},"hints":{}}');
    const loaded = loadProgress(s);
    expect(loaded.notice).toBeNull();
    expect(isDone(loaded.progress, '__proto__')).toBe(true);
    expect(isDone(loaded.progress, 'toString')).toBe(false);
    expect(Object.getPrototypeOf(loaded.progress.done)).toBe(Object.prototype);
  });

  it('never throws, whatever text is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, done: v, hints: v })),
        ),
        (text) => {
          const s = new MemoryStorage();
          s.items.set(PROGRESS_KEY, text);
          const loaded = loadProgress(s);
          for (const v of Object.values(loaded.progress.done))
            expect(Number.isFinite(v)).toBe(true);
          for (const v of Object.values(loaded.progress.hints))
            expect(Number.isInteger(v)).toBe(true);
        },
      ),
    );
  });
});
