import { createStore } from 'zustand/vanilla';
import { isLanguage, type Language } from '../i18n/translate';

export type Theme = 'light' | 'dark';
export type Mode = 'amqp' | 'kafka' | 'why';

export interface PrefsState {
  lang: Language;
  theme: Theme;
  setLang: (lang: Language) => void;
  setTheme: (theme: Theme) => void;
}

/** Where preferences live; localStorage in the app, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const PREFS_KEY = 'brokerlab.prefs.v1';

interface Defaults {
  lang: Language;
  theme: Theme;
}

/** Reads saved preferences field by field: anything unexpected falls back to the default. */
export function readPrefs(storage: KeyValueStorage | undefined, defaults: Defaults): Defaults {
  let raw: unknown;
  try {
    const text = storage?.getItem(PREFS_KEY);
    raw = text ? JSON.parse(text) : undefined;
  } catch {
    raw = undefined; // unreadable storage or broken JSON: start from the defaults
  }
  if (typeof raw !== 'object' || raw === null) return defaults;
  const record = raw as Record<string, unknown>;
  return {
    lang: isLanguage(record.lang) ? record.lang : defaults.lang,
    theme: record.theme === 'light' || record.theme === 'dark' ? record.theme : defaults.theme,
  };
}

export function createPrefsStore(storage: KeyValueStorage | undefined, defaults: Defaults) {
  const initial = readPrefs(storage, defaults);
  const save = (state: Defaults) => {
    try {
      storage?.setItem(PREFS_KEY, JSON.stringify({ lang: state.lang, theme: state.theme }));
    } catch {
      // Private mode or a full quota: the choice still applies for this visit.
    }
  };
  return createStore<PrefsState>()((set, get) => ({
    ...initial,
    setLang: (lang) => {
      set({ lang });
      save(get());
    },
    setTheme: (theme) => {
      set({ theme });
      save(get());
    },
  }));
}

export type PrefsStore = ReturnType<typeof createPrefsStore>;
