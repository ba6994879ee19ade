// Opening an exercise: from the list, from "next", from a pasted link, or (through boot) from the
// page's own link. The canvas is replaced as one undoable edit; asking first is the list's job.

import { canonical } from '../../exercises/locks';
import { decodeExerciseFromHash, looksLikeExerciseHash, type ExerciseLinkError } from '../../exercises/link';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import type { EditorStore } from '../../store/editor';
import type { UiStore } from '../../store/ui';
import { sessionFor, type SessionStore } from './session';

/** True when opening an exercise would replace work the student might want: ask first. */
export function needsConfirm(editor: EditorStore, session: SessionStore): boolean {
  const { doc, history } = editor.getState();
  if (doc.nodes.length === 0) return false;
  const s = session.getState();
  // A solved exercise's canvas is safe to leave: it is recorded as done.
  if (s.checked?.doc === doc && s.checked.result.passed) return false;
  if (history.past.length > 0) return true;
  const text = canonical(doc);
  return text !== canonical(notesTopicScenario()) && (!s.exercise || text !== canonical(s.exercise.start));
}

/**
 * Opens the exercise in an exercise link (`#x1.…`) on this editor and shows the Exercises panel.
 * For boot: call it when the page opens with such a fragment. Returns the error when the link is
 * refused; then nothing has changed.
 */
export function openExerciseLink(editor: EditorStore, ui: UiStore, hash: string): { ok: true } | { ok: false; error: ExerciseLinkError } {
  const decoded = decodeExerciseFromHash(hash);
  if (!decoded.ok) return decoded;
  sessionFor(editor).getState().open(decoded.exercise);
  ui.getState().openPanel('exercises');
  return { ok: true };
}

export { looksLikeExerciseHash };
