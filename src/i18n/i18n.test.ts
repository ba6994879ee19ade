import { describe, expect, it } from 'vitest';
import * as connections from './parts/connections';
import * as exercises from './parts/exercises';
import * as kafka from './parts/kafka';
import * as logDetails from './parts/log-details';
import * as logRouting from './parts/log-routing';
import * as logSummary from './parts/log-summary';
import * as logWhy from './parts/log-why';
import * as presets from './parts/presets';
import * as share from './parts/share';
import * as why from './parts/why';
import * as canvasEn from './parts/canvas';
import * as canvasPt from './parts/canvas.pt';
import * as inspectorEn from './parts/inspector';
import * as inspectorPt from './parts/inspector.pt';
import * as inspectorForms from './parts/inspector-forms';
import * as logEn from './parts/log';
import * as logPt from './parts/log.pt';
import * as scenario from './parts/scenario';
import * as shellEn from './parts/shell';
import * as shellPt from './parts/shell.pt';
import * as simEn from './parts/sim';
import * as simPt from './parts/sim.pt';
import { coreEn } from './en';
import { corePt } from './pt-BR';
import { dictionaries, format, languageFromNavigator, placeholders, registerMessages, translate } from './translate';

// Core parts keep each language in its own file (so a visitor downloads one); test them as pairs.
const canvas = { ...canvasEn, ...canvasPt };
const inspector = { ...inspectorEn, ...inspectorPt };
const log = { ...logEn, ...logPt };
const sim = { ...simEn, ...simPt };
const shell = { ...shellEn, ...shellPt };

/** Every part module exports one English object (…En) and one Portuguese one (…Pt). */
const PARTS = { logSummary, logRouting, logWhy, logDetails, shell, canvas, inspector, inspectorForms, scenario, sim, log, kafka, why, presets, share, exercises, connections };

function pair(mod: Record<string, unknown>): [Record<string, string>, Record<string, string>] {
  const en = Object.entries(mod).find(([k]) => k.endsWith('En'))?.[1];
  const pt = Object.entries(mod).find(([k]) => k.endsWith('Pt'))?.[1];
  if (!en || !pt) throw new Error('a part must export …En and …Pt');
  return [en as Record<string, string>, pt as Record<string, string>];
}

describe('dictionaries', () => {
  it.each(Object.entries(PARTS))('%s: Portuguese has text for every English key, with the same placeholders', (_name, mod) => {
    const [en, pt] = pair(mod);
    const keys = Object.keys(en);
    expect(keys.filter((k) => typeof pt[k] !== 'string' || pt[k].trim() === '')).toEqual([]);
    expect(Object.keys(pt).filter((k) => !(k in en))).toEqual([]);
    expect(keys.filter((k) => placeholders(pt[k] ?? '').join() !== placeholders(en[k]).join())).toEqual([]);
    expect(keys.filter((k) => en[k].trim() === '')).toEqual([]);
  });

  it('no two parts define the same key', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, mod] of Object.entries(PARTS))
      for (const k of Object.keys(pair(mod)[0])) {
        if (seen.has(k)) clashes.push(`${k} (${seen.get(k)} and ${name})`);
        seen.set(k, name);
      }
    expect(clashes).toEqual([]);
  });

  it('the core dictionaries load with the app and match', () => {
    expect(Object.keys(corePt).sort()).toEqual(Object.keys(coreEn).sort());
  });
});

describe('translate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(format('Switch to {theme} theme', { theme: 'dark' })).toBe('Switch to dark theme');
    expect(format('a {x} b', {})).toBe('a {x} b');
    expect(translate('pt-BR', 'theme.toggle', { theme: 'escuro' })).toBe('Mudar para o tema escuro');
  });

  it('a lazily loaded feature registers its words in both languages', () => {
    const en = { 'test.lazy.hello': 'Hello {name}' } as Record<string, string>;
    const pt = { 'test.lazy.hello': 'Olá {name}' } as Record<string, string>;
    // Unregistered keys show as themselves instead of failing.
    expect(translate('en', 'test.lazy.hello' as never)).toBe('test.lazy.hello');
    registerMessages(en as never, pt as never);
    expect(translate('pt-BR', 'test.lazy.hello' as never, { name: 'Ana' })).toBe('Olá Ana');
    delete (dictionaries.en as Record<string, string>)['test.lazy.hello'];
    delete (dictionaries['pt-BR'] as Record<string, string>)['test.lazy.hello'];
  });

  it('picks pt-BR for any Portuguese browser and English otherwise', () => {
    expect(languageFromNavigator(['pt-PT', 'en'])).toBe('pt-BR');
    expect(languageFromNavigator(['en-GB', 'pt-BR'])).toBe('en');
    expect(languageFromNavigator(['de-DE', 'pt'])).toBe('pt-BR');
    expect(languageFromNavigator(['fr'])).toBe('en');
    expect(languageFromNavigator([])).toBe('en');
  });
});
