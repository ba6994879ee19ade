import { describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '../scenario/draft-save';
import { saveDraft } from '../scenario/draft-save';
import { notesTopicScenario } from '../scenario/presets/notes-topic';
import { emptyScenario } from '../scenario/defaults';
import { boot } from './boot';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('boot', () => {
  it('a first visit opens the notes example with the press-play hint', async () => {
    const b = await boot(memory());
    expect(b.firstVisit).toBe(true);
    expect(b.doc).toEqual(notesTopicScenario());
    expect(b.autosave).toBe(true);
    expect(b.notice).toBeNull();
  });

  it('a return visit opens the saved draft', async () => {
    const storage = memory();
    const doc = { ...emptyScenario(), title: 'mine' };
    saveDraft(storage, doc);
    const b = await boot(storage);
    expect(b.firstVisit).toBe(false);
    expect(b.doc.title).toBe('mine');
  });

  it('a damaged draft is kept aside, the example opens, and autosave may go on', async () => {
    const storage = memory({ [DRAFT_KEY]: '{"nodes": 3' });
    const b = await boot(storage);
    expect(b.notice?.kind).toBe('draft-unreadable');
    expect(b.doc).toEqual(notesTopicScenario());
    expect(b.autosave).toBe(true);
    expect([...storage.data.values()]).toContain('{"nodes": 3');
  });

  it('storage that throws means no autosave, and says so', async () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const b = await boot(broken);
    expect(b.notice?.kind).toBe('storage-unavailable');
    expect(b.autosave).toBe(false);
  });
});
