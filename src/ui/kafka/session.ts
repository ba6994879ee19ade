// The Kafka mode's stores live as long as the page: switching to the AMQP mode and back keeps
// the document, its undo history and the running simulation. Created the first time the mode
// opens: from a Kafka link in the URL (loaded as an undoable replacement of the draft), else
// the autosaved draft, else the first preset.

import type { DraftStorage } from '../../scenario/autosave';
import { KAFKA_DRAFT_KEY, loadKafkaDraft, saveKafkaDraft } from '../../scenario/kafka/autosave';
import type { KafkaIssue } from '../../scenario/kafka/issues';
import { firstKafkaScenario } from '../../scenario/kafka/presets';
import { decodeKafkaScenarioFromHash, looksLikeKafkaHash, type KafkaLinkError } from '../../scenario/kafka/url-codec';
import { createKafkaEditorStore, type KafkaEditorStore } from './store/editor';
import { createKafkaSimStore, type KafkaSimBundle } from './store/sim';

export type KafkaNotice =
  | { kind: 'draft-warnings'; issues: KafkaIssue[] }
  | { kind: 'draft-unreadable'; issues: KafkaIssue[]; keptAt: string }
  | { kind: 'link-loaded'; issues: KafkaIssue[] }
  | { kind: 'link-refused'; error: KafkaLinkError };

export interface KafkaSession {
  editor: KafkaEditorStore;
  sim: KafkaSimBundle;
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
  if (looksLikeKafkaHash(location.hash)) {
    const link = decodeKafkaScenarioFromHash(location.hash);
    if (link.ok) {
      // Undoable: the draft that was open comes back with Undo.
      editor.getState().replace(link.scenario);
      notice = { kind: 'link-loaded', issues: link.warnings };
    } else notice = { kind: 'link-refused', error: link.error };
    // Loaded once: a reload opens the draft (which by then holds the link's scenario and any edits).
    history.replaceState(null, '', location.pathname + location.search);
  }
  // A Kafka link pasted into this tab later opens the same way (undoable; a broken one changes nothing).
  window.addEventListener('hashchange', () => {
    if (!looksLikeKafkaHash(location.hash)) return;
    const link = decodeKafkaScenarioFromHash(location.hash);
    if (link.ok) editor.getState().replace(link.scenario);
    history.replaceState(null, '', location.pathname + location.search);
  });
  const sim = createKafkaSimStore(editor.getState().doc);
  if (storage && autosave) startKafkaAutosave(editor, storage);
  session = { editor, sim, notice, firstVisit: draft.status === 'empty' };
  if (import.meta.env.DEV || new URLSearchParams(location.search).has('testhook'))
    void import('./test-hook').then((m) => m.installKafkaTestHook(editor, sim));
  return session;
}

/** Saves the Kafka document a moment after each edit, and when the page is hidden or closed. */
export function startKafkaAutosave(editor: KafkaEditorStore, storage: DraftStorage, delayMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    saveKafkaDraft(storage, editor.getState().doc);
  };
  const unsubscribe = editor.subscribe((s, prev) => {
    if (s.doc === prev.doc) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const onHide = () => {
    if (timer !== undefined) flush();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
