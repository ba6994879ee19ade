// Opening an exercise from an exercise link (`#x1.…`): for boot, when the page opens with one or
// its hash changes to one. Pure decoding is src/exercises/link.ts; this puts the result on the
// canvas the same way the list does (asking first when the canvas holds the student's work).

import {
  decodeExerciseFromHash,
  looksLikeExerciseHash,
  type ExerciseLinkError,
} from '../../exercises/link';
import type { EditorStore } from '../../store/editor';
import type { UiStore } from '../../store/ui';
import { sessionFor } from './session';
import { exercisesEn, exercisesPt } from '../../i18n/parts/exercises';
import { registerMessages } from '../../i18n/translate';

// Boot may load this before the panel: the exercises' words come with it.
registerMessages(exercisesEn, exercisesPt);

/**
 * Decodes the link; when it is good, opens the Exercises panel with the exercise (at once, or
 * after the student confirms replacing their work). A refused link changes nothing and its error
 * is returned for the caller to show (describeExerciseLinkError in link-words.ts words it).
 */
export function openExerciseLink(
  editor: EditorStore,
  ui: UiStore,
  hash: string,
): { ok: true } | { ok: false; error: ExerciseLinkError } {
  const decoded = decodeExerciseFromHash(hash);
  if (!decoded.ok) return decoded;
  sessionFor(editor).getState().request(decoded.exercise);
  ui.getState().openPanel('exercises');
  return { ok: true };
}

export { looksLikeExerciseHash };
