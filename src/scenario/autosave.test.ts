import { describe, expect, it } from 'vitest';
import { DRAFT_BACKUP_KEYS, DRAFT_KEY, loadDraft, saveDraft, type DraftStorage } from './autosave';
import { notesTopicScenario } from './presets/notes-topic';

class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  /** Total characters allowed, like a browser's quota. */
  constructor(private readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.items].reduce((n, [k, v]) => (k === key ? n : n + v.length), 0);
    if (used + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const blocked: DraftStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  removeItem: () => undefined,
};

describe('autosave draft', () => {
  it('saves and loads a scenario', () => {
    const storage = new MemoryStorage();
    expect(loadDraft(storage)).toEqual({ status: 'empty' });
    expect(saveDraft(storage, notesTopicScenario())).toEqual({ ok: true });
    expect(storage.items.has(DRAFT_KEY)).toBe(true);
    expect(loadDraft(storage)).toEqual({ status: 'ok', scenario: notesTopicScenario(), warnings: [] });
  });

  it('moves a damaged draft aside instead of losing it, and never throws', () => {
    const storage = new MemoryStorage();
    storage.items.set(DRAFT_KEY, '{"version": 1, "nodes": [');
    expect(loadDraft(storage)).toEqual({ status: 'corrupt', issues: [{ code: 'doc.unreadable', path: '' }], keptAt: DRAFT_BACKUP_KEYS[0] });
    expect(storage.items.get(DRAFT_BACKUP_KEYS[0])).toBe('{"version": 1, "nodes": [');
    expect(storage.items.has(DRAFT_KEY)).toBe(false);
    // The next autosave cannot overwrite it.
    saveDraft(storage, notesTopicScenario());
    expect(storage.items.get(DRAFT_BACKUP_KEYS[0])).toBe('{"version": 1, "nodes": [');
  });

  it('keeps a draft from a newer BrokerLab, says why, and keeps older backups too', () => {
    const storage = new MemoryStorage();
    storage.items.set(DRAFT_BACKUP_KEYS[0], 'an older backup');
    const newer = JSON.stringify({ version: 7, nodes: [] });
    storage.items.set(DRAFT_KEY, newer);
    expect(loadDraft(storage)).toEqual({
      status: 'corrupt',
      issues: [{ code: 'doc.version.newer', path: 'version', params: { version: 7, supported: 1 } }],
      keptAt: DRAFT_BACKUP_KEYS[1],
    });
    expect(storage.items.get(DRAFT_BACKUP_KEYS[0])).toBe('an older backup');
    expect(storage.items.get(DRAFT_BACKUP_KEYS[1])).toBe(newer);
  });

  it('leaves the draft where it is when it cannot be copied', () => {
    const text = JSON.stringify({ version: 7, pad: 'x'.repeat(100) });
    const storage = new MemoryStorage(text.length + 10);
    storage.items.set(DRAFT_KEY, text);
    expect(loadDraft(storage)).toMatchObject({ status: 'corrupt', keptAt: DRAFT_KEY });
    expect(storage.items.get(DRAFT_KEY)).toBe(text);
  });

  it('reports a full storage and a blocked storage instead of throwing', () => {
    expect(saveDraft(new MemoryStorage(10), notesTopicScenario())).toEqual({ ok: false, error: 'quota' });
    expect(saveDraft(blocked, notesTopicScenario())).toEqual({ ok: false, error: 'unavailable' });
    expect(loadDraft(blocked)).toEqual({ status: 'unavailable' });
  });
});
