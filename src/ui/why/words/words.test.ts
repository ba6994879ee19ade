import { describe, expect, it } from 'vitest';
import { BROKER_PRESETS, Comparison, LAB_PRESETS } from '../../../engine/integration';
import type { MessageKey } from '../../../i18n/en';
import { registerMessages, translate, type Language } from '../../../i18n/translate';
import { whyEn, whyPt } from '../../../i18n/parts/why';
import { explainEntry, explainModelEvent, isModelCode } from '../explain';
import { fromEvent } from '../lab/feed';
import { LabSession, presetSetup, type LabSetup } from '../lab/session';

/** A run that provokes the rarer codes: full queues, cut documents, re-read files, lock waits, a schema break. */
function everything(): LabSetup {
  return {
    kind: 'free',
    config: {
      seed: 3,
      workload: { ratePerSec: 8, arrival: 'poisson' },
      styles: [
        {
          id: 'rest',
          kind: 'rest',
          config: { serviceTime: { kind: 'fixed', ms: 900 }, queueLimit: 2 },
        },
        {
          id: 'db',
          kind: 'shared-db',
          config: { instances: 2, pollIntervalMs: 1000, batchSize: 20 },
        },
        {
          id: 'doc',
          kind: 'file-transfer',
          config: { format: 'document', writeMsPerLine: 200, pickupIntervalMs: 3000 },
        },
        {
          id: 'reread',
          kind: 'file-transfer',
          config: { consumeMode: 'reread-if-changed', writeMsPerLine: 200 },
        },
        {
          id: 'full',
          kind: 'broker',
          config: { maxLength: 20, serviceTime: { kind: 'fixed', ms: 500 } },
        },
        {
          id: 'drop',
          kind: 'broker',
          config: {
            maxLength: 20,
            overflow: 'drop-head',
            ackMode: 'auto',
            serviceTime: { kind: 'fixed', ms: 500 },
          },
        },
      ],
      timeline: [
        { at: 5000, cmd: { type: 'schema-change' } },
        { at: 12_000, cmd: { type: 'crash-b' } },
        { at: 15_000, cmd: { type: 'schema-fix' } },
        { at: 20_000, cmd: { type: 'set-b-down', down: true } },
        { at: 30_000, cmd: { type: 'set-b-down', down: false } },
        { at: 32_000, cmd: { type: 'set-b-instances', count: 3 } },
        { at: 34_000, cmd: { type: 'set-b-speed', factor: 0.5 } },
        { at: 36_000, cmd: { type: 'set-rate', perSec: 3 } },
      ],
    },
  };
}

registerMessages(whyEn, whyPt);
const LANGS: readonly Language[] = ['en', 'pt-BR'];
const tFor = (lang: Language) => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(lang, key, params);

describe('words for everything the engine reports', () => {
  it('every event of every preset, and of a busy free run, reads as a sentence in both languages', () => {
    const seen = new Set<string>();
    const runs = [
      ...LAB_PRESETS.map((p) => ({ setup: presetSetup(p), until: p.durationMs })),
      { setup: everything(), until: 60_000 },
    ];
    for (const { setup, until } of runs) {
      const c = new Comparison({ ...setup.config, maxBufferedEvents: 1_000_000 });
      c.advanceTo(until);
      const s = new LabSession(setup);
      s.advanceTo(until);
      const entries = [
        ...c.takeEvents().events.map((e, i) => fromEvent(i, e)),
        ...s.feed('key').filter((e) => e.code.startsWith('note-')),
      ];
      const perCode = new Map<string, number>();
      for (const e of entries) {
        // A few of each code is enough; each one exercises its parameters.
        const n = perCode.get(e.code) ?? 0;
        perCode.set(e.code, n + 1);
        if (n >= 25) continue;
        seen.add(e.code);
        for (const lang of LANGS) {
          const text = explainEntry(tFor(lang), lang, e);
          expect(text, `${e.code} ${JSON.stringify(e.params)}`).not.toMatch(/[{}]|why\./);
          expect(text.length).toBeGreaterThan(5);
        }
      }
    }
    // Between them the runs show almost every code; the types make sure the rest have words.
    expect(seen.size).toBeGreaterThan(44);
  }, 30_000);

  it('every event code has a sentence in both languages', () => {
    const keys = Object.keys(whyEn).filter((k) => k.startsWith('why.ev.'));
    expect(keys.length).toBeGreaterThan(50);
    for (const k of keys)
      expect(whyPt[k as keyof typeof whyPt]).not.toBe(whyEn[k as keyof typeof whyEn]);
  });

  it('every step of every closest-model scene has words', () => {
    for (const p of BROKER_PRESETS)
      for (const e of p.run()) {
        expect(isModelCode(e.code), e.code).toBe(true);
        for (const lang of LANGS)
          expect(explainModelEvent(tFor(lang), lang, e)).not.toMatch(/[{}]|why\./);
      }
  });
});
