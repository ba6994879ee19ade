import type { MessageKey } from './en';

export const LANGUAGES = ['en', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Params = Readonly<Record<string, string | number>>;

/** Every word known so far, per language: the core parts, plus each lazily loaded feature's. */
export const dictionaries: Record<Language, Partial<Record<MessageKey, string>>> = { en: {}, 'pt-BR': {} };

const loaded = new Set<Language>();

/**
 * Loads a language's core words (each language is its own chunk: a visitor downloads only the
 * language shown). Call before showing that language; loading twice is free.
 */
export async function loadLanguage(lang: Language): Promise<void> {
  if (loaded.has(lang)) return;
  const words = lang === 'en' ? (await import('./en')).coreEn : (await import('./pt-BR')).corePt;
  Object.assign(dictionaries[lang], words);
  loaded.add(lang);
}

/**
 * A feature that loads later registers its words when its module loads. The Portuguese part is
 * typed as a complete Record of the English part's keys, so neither can lack a key.
 */
export function registerMessages<K extends MessageKey>(en: Readonly<Record<K, string>>, pt: Readonly<Record<K, string>>): void {
  Object.assign(dictionaries.en, en);
  Object.assign(dictionaries['pt-BR'], pt);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Fills {name} placeholders; an unknown placeholder is left visible so a gap shows up in review. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function translate(lang: Language, key: MessageKey, params?: Params): string {
  // A key whose feature has not registered yet shows as the key itself, never as a crash.
  return format(dictionaries[lang][key] ?? dictionaries.en[key] ?? key, params);
}

/** The browser's preferred language decides the default: any Portuguese means pt-BR. */
export function languageFromNavigator(languages: readonly string[]): Language {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('pt')) return 'pt-BR';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
