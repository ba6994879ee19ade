import { describe, expect, it } from 'vitest';
import { COMPARED_BROKERS, COMPARISON, CONCEPTS, SIMULATION } from './comparison';
import { comparisonEn, comparisonPtBR } from './comparison.i18n';

describe('broker comparison table', () => {
  it('has a translated cell for every broker and concept, in both languages', () => {
    for (const b of COMPARED_BROKERS) {
      for (const c of CONCEPTS) {
        const key = COMPARISON[b][c];
        expect(comparisonEn[key], `${b}.${c}`).toBeTruthy();
        expect(comparisonPtBR[key], `${b}.${c}`).toBeTruthy();
      }
    }
    expect(Object.keys(comparisonPtBR).sort()).toEqual(Object.keys(comparisonEn).sort());
  });

  it('labels every broker not simulated natively with a closest model that has a text', () => {
    for (const b of COMPARED_BROKERS) {
      const s = SIMULATION[b];
      if (s.kind === 'native') expect(['rabbitmq', 'kafka']).toContain(b);
      else for (const m of s.models) expect(comparisonEn[`closest-model.${m}`]).toBeTruthy();
    }
  });
});
