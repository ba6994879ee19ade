import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { dictionaries, format, languageFromNavigator, LANGUAGES, placeholders, translate } from './translate';

const keys = Object.keys(en) as MessageKey[];

describe('dictionaries', () => {
  it.each(LANGUAGES)('%s has text for every English key, with the same placeholders', (lang) => {
    const dict = dictionaries[lang] as Record<string, unknown>;
    const missing = keys.filter((k) => typeof dict[k] !== 'string' || (dict[k]).trim() === '');
    expect(missing).toEqual([]);
    const extra = Object.keys(dict).filter((k) => !(k in en));
    expect(extra).toEqual([]);
    const mismatched = keys.filter(
      (k) => placeholders(dict[k] as string).join() !== placeholders(en[k]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(format('Switch to {theme} theme', { theme: 'dark' })).toBe('Switch to dark theme');
    expect(format('a {x} b', {})).toBe('a {x} b');
    expect(translate('pt-BR', 'theme.toggle', { theme: 'escuro' })).toBe('Mudar para o tema escuro');
  });

  it('picks pt-BR for any Portuguese browser and English otherwise', () => {
    expect(languageFromNavigator(['pt-PT', 'en'])).toBe('pt-BR');
    expect(languageFromNavigator(['en-GB', 'pt-BR'])).toBe('en');
    expect(languageFromNavigator(['de-DE', 'pt'])).toBe('pt-BR');
    expect(languageFromNavigator(['fr'])).toBe('en');
    expect(languageFromNavigator([])).toBe('en');
  });
});
