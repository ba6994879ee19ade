// The Kafka mode's stores live as long as the page: switching to the AMQP mode and back keeps
// the document, its undo history and the running simulation. Created the first time the mode
// opens: from a Kafka link in the URL (loaded as an undoable replacement of the draft), else
// the autosaved draft, else the first preset.

import { startAutosaveLoop } from '../../app/autosave-loop';
import type { DraftStorage } from '../../scenario/autosave';
import { KAFKA_DRAFT_KEY, loadKafkaDraft, saveKafkaDraft } from '../../scenario/kafka/autosave';
import type { KafkaIssue } from '../../scenario/kafka/issues';
import { firstKafkaScenario } from '../../scenario/kafka/presets';
import { decodeKafkaScenarioFromHash, looksLikeKafkaHash, type KafkaLinkError } from '../../scenario/kafka/url-codec';
import { decodeKafkaExerciseFromHash, looksLikeKafkaExerciseHash, type KafkaExerciseLinkError } from '../../exercises/kafka/link';
import { createKafkaExerciseStore, guardExercise, startKafkaExercise, type KafkaExerciseStore } from './exercises/store';
import { createKafkaEditorStore, type KafkaEditorStore } from './store/editor';
import { createKafkaSimStore, type KafkaSimBundle } from './store/sim';

export type KafkaNotice =
  | { kind: 'draft-warnings'; issues: KafkaIssue[] }
  | { kind: 'draft-unreadable'; issues: KafkaIssue[]; keptAt: string }
  | { kind: 'link-loaded'; issues: KafkaIssue[] }
  | { kind: 'link-refused'; error: KafkaLinkError }
  | { kind: 'exercise-loaded'; issues: KafkaIssue[] }
  | { kind: 'exercise-refused'; error: KafkaExerciseLinkError };

export interface KafkaSession {
  editor: KafkaEditorStore;
  sim: KafkaSimBundle;
  exercises: KafkaExerciseStore;
  notice: KafkaNotice | null;
  firstVisit: boolean;
}

let session: KafkaSession | null = null;

function safeStorage(): DraftStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function getKafkaSession(): KafkaSession {
  if (session) return session;
  const storage = safeStorage();
  const draft = storage ? loadKafkaDraft(storage) : ({ status: 'unavailable' } as const);
  let notice: KafkaNotice | null = null;
  let autosave = storage !== undefined && draft.status !== 'unavailable';
  const initial = draft.status === 'ok' ? draft.scenario : firstKafkaScenario();
  if (draft.status === 'ok' && draft.warnings.length > 0) notice = { kind: 'draft-warnings', issues: draft.warnings };
  if (draft.status === 'corrupt') {
    notice = { kind: 'draft-unreadable', issues: draft.issues, keptAt: draft.keptAt };
    // The damaged draft could not be moved aside: never overwrite it silently.
    if (draft.keptAt === KAFKA_DRAFT_KEY) autosave = false;
  }
  const editor = createKafkaEditorStore(initial);
  const exercises = createKafkaExerciseStore(storage);
  // The exercise a link opened on an earlier visit keeps its locks.
  const before = exercises.getState().linked;
  if (before) guardExercise(editor, before);
  const linkNotice = openKafkaLink(location.hash, editor, exercises);
  if (linkNotice) notice = linkNotice;
  // A Kafka link pasted into this tab later opens the same way (undoable; a broken one changes nothing).
  window.addEventListener('hashchange', () => {
    openKafkaLink(location.hash, editor, exercises);
  });
  const sim = createKafkaSimStore(editor.getState().doc);
  if (storage && autosave) startKafkaAutosave(editor, storage);
  session = { editor, sim, exercises, notice, firstVisit: draft.status === 'empty' };
  if (import.meta.env.DEV || new URLSearchParams(location.search).has('testhook'))
    void import('./test-hook').then((m) => m.installKafkaTestHook(editor, sim));
  return session;
}

/**
 * Opens a Kafka scenario link (#k1.) or exercise link (#kx1.): the canvas gets its scenario as an
 * undoable replacement (the work that was open comes back with Undo); an exercise also becomes the
 * linked exercise of the exercises panel. A broken link changes nothing. Loaded once: the hash is
 * removed, so a reload opens the draft (which by then holds the link's scenario and any edits).
 */
export function openKafkaLink(hash: string, editor: KafkaEditorStore, exercises: KafkaExerciseStore): KafkaNotice | null {
  let notice: KafkaNotice;
  if (looksLikeKafkaExerciseHash(hash)) {
    const link = decodeKafkaExerciseFromHash(hash);
    if (link.ok) {
      startKafkaExercise(editor, exercises, { id: link.id, document: link.document });
      notice = { kind: 'exercise-loaded', issues: link.warnings };
    } else notice = { kind: 'exercise-refused', error: link.error };
  } else if (looksLikeKafkaHash(hash)) {
    const link = decodeKafkaScenarioFromHash(hash);
    if (link.ok) {
      editor.getState().replace(link.scenario);
      notice = { kind: 'link-loaded', issues: link.warnings };
    } else notice = { kind: 'link-refused', error: link.error };
  } else return null;
  history.replaceState(null, '', location.pathname + location.search);
  return notice;
}

/** Saves the Kafka document a moment after each edit, and when the page is hidden or closed. */
export function startKafkaAutosave(editor: KafkaEditorStore, storage: DraftStorage, delayMs = 300): () => void {
  return startAutosaveLoop(editor, (doc) => saveKafkaDraft(storage, doc), delayMs);
}
