// Words of the "Why a broker?" lab. They are many, so they live beside the lab in
// src/ui/why/words/ (one file per concern, English and Portuguese side by side) and are
// gathered here into the one part the dictionaries know.
import { comparisonEn, comparisonPtBR, type ComparisonTextKey } from '../../engine/integration';
import { eventsEn, eventsPt } from '../../ui/why/words/events';
import { exercisesEn, exercisesPt } from '../../ui/why/words/exercises';
import { modelsEn, modelsPt } from '../../ui/why/words/models';
import { presetsEn, presetsPt } from '../../ui/why/words/presets';
import { uiEn, uiPt } from '../../ui/why/words/ui';
import { viewsEn, viewsPt } from '../../ui/why/words/views';

/** The engine's comparison texts under keys of the lab's own (their bare keys could clash with other parts). */
type ComparisonKey = `why.cmp.${ComparisonTextKey}`;
function comparisonWords(
  src: Readonly<Record<ComparisonTextKey, string>>,
): Record<ComparisonKey, string> {
  return Object.fromEntries(Object.entries(src).map(([k, v]) => [`why.cmp.${k}`, v])) as Record<
    ComparisonKey,
    string
  >;
}

export const whyEn = {
  ...uiEn,
  ...viewsEn,
  ...eventsEn,
  ...presetsEn,
  ...exercisesEn,
  ...modelsEn,
  ...comparisonWords(comparisonEn),
};

export const whyPt: Record<keyof typeof whyEn, string> = {
  ...uiPt,
  ...viewsPt,
  ...eventsPt,
  ...presetsPt,
  ...exercisesPt,
  ...modelsPt,
  ...comparisonWords(comparisonPtBR),
};
