import { describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, saveDraft } from '../scenario/draft-save';
import { notesTopicScenario } from '../scenario/presets/notes-topic';
import type { Scenario } from '../scenario/types';
import { encodeScenarioToHash } from '../scenario/url-codec';
import { createEditorStore } from '../store/editor';
import { boot } from './boot';
import { ASIDE_PREFIX, decideLink, keepAside } from './link-decide';
import { createLinkOpener } from './link-open';

/** A Map that records every write, standing in for localStorage. */
function memoryStorage() {
  const map = new Map<string, string>();
  const writes: string[] = [];
  return {
    map,
    writes,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      writes.push(k);
      map.set(k, v);
    },
    removeItem: (k: string) => {
      writes.push(`-${k}`);
      map.delete(k);
    },
  };
}

/** A scenario the student made: the example with a renamed queue. */
function studentWork(): Scenario {
  const doc = notesTopicScenario();
  return { ...doc, title: 'my work', nodes: doc.nodes.map((n) => (n.kind === 'queue' && n.name === 'filial' ? { ...n, name: 'minha-fila' } : n)) };
}

/** The scenario a colleague shares. */
function shared(): Scenario {
  const doc = notesTopicScenario();
  return { ...doc, title: 'shared', nodes: doc.nodes.map((n) => (n.kind === 'exchange' ? { ...n, name: 'pedidos' } : n)) };
}

function setup(current: Scenario) {
  const editor = createEditorStore(current);
  const storage = memoryStorage();
  const clearHash = vi.fn();
  const links = createLinkOpener({ editor, storage, clearHash });
  return { editor, storage, clearHash, links };
}

describe('decideLink', () => {
  it('ignores fragments that are not scenario links', () => {
    expect(decideLink('', studentWork()).action).toBe('none');
    expect(decideLink('#about', studentWork()).action).toBe('none');
    expect(decideLink('#k1.abc.00000000', studentWork()).action).toBe('none');
  });

  it('opens over nothing, over the untouched example and over an empty canvas; asks over real work', () => {
    const hash = encodeScenarioToHash(shared(), 'edit');
    expect(decideLink(hash, null).action).toBe('open');
    expect(decideLink(hash, notesTopicScenario()).action).toBe('open');
    expect(decideLink(hash, { ...studentWork(), nodes: [], edges: [] }).action).toBe('open');
    expect(decideLink(hash, studentWork()).action).toBe('ask');
    expect(decideLink(hash, shared()).action).toBe('same');
  });

  it('says what is wrong with a cut, damaged or hostile link', () => {
    const hash = encodeScenarioToHash(shared(), 'edit');
    const code = (h: string) => {
      const d = decideLink(h, studentWork());
      return d.action === 'error' ? d.error.code : d.action;
    };
    expect(code(hash.slice(0, hash.length - 5))).toBe('truncated');
    expect(code(hash.replace(/\.([0-9a-f]{8})$/, '.00000000'))).toBe('corrupted');
    expect(code(`#s1.${'A'.repeat(70_000)}.00000000`)).toBe('too-large');
    expect(code('#s9.abc.00000000')).toBe('unknown-version');
  });
});

describe('opening a link on a running app', () => {
  it('a valid link over the untouched example opens at once and clears the hash', async () => {
    const { editor, links, clearHash, storage } = setup(notesTopicScenario());
    expect(await links.getState().handle(encodeScenarioToHash(shared(), 'edit'))).toBe('open');
    expect(editor.getState().doc.title).toBe('shared');
    expect(links.getState().prompt).toMatchObject({ kind: 'opened', title: 'shared', undoable: false });
    expect(clearHash).toHaveBeenCalledTimes(1);
    // Nothing worth keeping was replaced: nothing written aside.
    expect(storage.writes).toEqual([]);
  });

  it('a broken link leaves the work untouched (same document, same history) and says why', async () => {
    const { editor, links } = setup(studentWork());
    const before = editor.getState();
    const hash = encodeScenarioToHash(shared(), 'edit');
    expect(await links.getState().handle(hash.slice(0, 60))).toBe('error');
    expect(editor.getState().doc).toBe(before.doc);
    expect(editor.getState().history).toBe(before.history);
    expect(links.getState().prompt).toEqual({ kind: 'error', error: { code: 'truncated' } });
  });

  it('asks before replacing work; "keep my work" changes nothing', async () => {
    const { editor, links, storage } = setup(studentWork());
    const before = editor.getState().doc;
    expect(await links.getState().handle(encodeScenarioToHash(shared(), 'edit'))).toBe('ask');
    expect(editor.getState().doc).toBe(before);
    expect(links.getState().prompt.kind).toBe('ask');
    links.getState().keepWork();
    expect(links.getState().prompt.kind).toBe('idle');
    expect(editor.getState().doc).toBe(before);
    expect(storage.writes).toEqual([]);
  });

  it('"open the link" keeps the work aside and one Undo away', async () => {
    const { editor, links, storage } = setup(studentWork());
    await links.getState().handle(encodeScenarioToHash(shared(), 'edit'));
    links.getState().openPending();
    expect(editor.getState().doc.title).toBe('shared');
    expect(links.getState().prompt).toMatchObject({ kind: 'opened', undoable: true, keptAside: true });
    const aside = JSON.parse(storage.getItem(`${ASIDE_PREFIX}1`) ?? '{}') as { title?: string };
    expect(aside.title).toBe('my work');
    editor.getState().undo();
    expect(editor.getState().doc.title).toBe('my work');
  });

  it('a play link starts playback (also when the scenario is already open)', async () => {
    const { links } = setup(notesTopicScenario());
    await links.getState().handle(encodeScenarioToHash(shared(), 'play'));
    expect(links.getState().playToken).toBe(1);
    await links.getState().handle(encodeScenarioToHash(shared(), 'play'));
    expect(links.getState().playToken).toBe(2);
  });

  it('keeps the last five replaced scenarios, newest first', () => {
    const storage = memoryStorage();
    for (let i = 1; i <= 7; i++) keepAside(storage, { ...studentWork(), title: `work ${i}` });
    const titles = [1, 2, 3, 4, 5, 6].map((n) => (JSON.parse(storage.getItem(`${ASIDE_PREFIX}${n}`) ?? '{}') as { title?: string }).title);
    expect(titles).toEqual(['work 7', 'work 6', 'work 5', 'work 4', 'work 3', undefined]);
    const full = { ...storage, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(keepAside(full, studentWork())).toBe(false);
  });
});

describe('boot with a link', () => {
  it('an embed link opens read-only without reading or writing the saved draft', async () => {
    const storage = memoryStorage();
    saveDraft(storage, studentWork());
    storage.writes.length = 0;
    const getItem = vi.spyOn(storage, 'getItem');
    const start = await boot(storage, encodeScenarioToHash(shared(), 'embed'));
    expect(start).toMatchObject({ embed: true, autosave: false, notice: null });
    expect(start.doc.title).toBe('shared');
    expect(getItem).not.toHaveBeenCalled();
    expect(storage.writes).toEqual([]);
    expect(storage.getItem(DRAFT_KEY)).toContain('my work');
  });

  it('a broken embed link boots the saved work as usual', async () => {
    const storage = memoryStorage();
    saveDraft(storage, studentWork());
    const start = await boot(storage, '#e1.garbage');
    expect(start.embed).toBeFalsy();
    expect(start.doc.title).toBe('my work');
  });
});
