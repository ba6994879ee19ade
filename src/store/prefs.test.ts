import { describe, expect, it } from 'vitest';
import { createPrefsStore, PREFS_KEY, readPrefs, type KeyValueStorage } from './prefs';

function memoryStorage(initial?: string): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(PREFS_KEY, initial);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const defaults = { lang: 'en', theme: 'light' } as const;

describe('preferences', () => {
  it('remembers the chosen language and theme', () => {
    const storage = memoryStorage();
    const store = createPrefsStore(storage, defaults);
    store.getState().setLang('pt-BR');
    store.getState().setTheme('dark');
    const again = createPrefsStore(storage, defaults);
    expect(again.getState().lang).toBe('pt-BR');
    expect(again.getState().theme).toBe('dark');
  });

  it.each([
    ['not json', '{nope'],
    ['wrong types', JSON.stringify({ lang: 42, theme: ['dark'] })],
    ['unknown language', JSON.stringify({ lang: 'xx', theme: 'neon' })],
    ['null', 'null'],
  ])('falls back to defaults for %s', (_name, saved) => {
    expect(readPrefs(memoryStorage(saved), { lang: 'pt-BR', theme: 'dark' })).toEqual({
      lang: 'pt-BR',
      theme: 'dark',
    });
  });

  it('keeps working when storage throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    const store = createPrefsStore(broken, defaults);
    store.getState().setLang('pt-BR');
    expect(store.getState().lang).toBe('pt-BR');
  });
});
