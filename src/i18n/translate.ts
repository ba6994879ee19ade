import { en, type MessageKey } from './en';
import { ptBR } from './pt-BR';

export const LANGUAGES = ['en', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Params = Readonly<Record<string, string | number>>;

export const dictionaries: Record<Language, Record<MessageKey, string>> = { en, 'pt-BR': ptBR };

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
  return format(dictionaries[lang][key], params);
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
