import { DRAFT_KEY, saveDraft, type DraftStorage } from '../scenario/draft-save';
import { notesTopicScenario } from '../scenario/presets/notes-topic';
import type { RestoreIssue } from '../scenario/restore-issues';
import type { Scenario } from '../scenario/types';
import type { EditorStore } from '../store/editor';
import { EMBED_LINK_HASH } from './link-open';
import { startAutosaveLoop } from './autosave-loop';

export type StartupNotice =
  | { kind: 'draft-restored-with-warnings'; issues: RestoreIssue[] }
  | { kind: 'draft-unreadable'; issues: RestoreIssue[]; keptAt: string }
  | { kind: 'storage-unavailable' };

export interface Boot {
  doc: Scenario;
  /** True on a first visit (no saved work): the app shows the "press play" hint. */
  firstVisit: boolean;
  notice: StartupNotice | null;
  /** False when a damaged draft could not be moved aside: never overwrite it silently. */
  autosave: boolean;
  /** An embed link (`#e1.…`): a read-only canvas of the link's scenario; the draft is never read or written. */
  embed?: boolean;
}

/**
 * Decides what the app opens on: the saved draft when it loads, else the notes' topic example.
 * The restore path (validation, migrations) loads only when there is a draft to read, so a first
 * visit does not download it.
 */
export async function boot(storage: DraftStorage | undefined, hash = ''): Promise<Boot> {
  if (EMBED_LINK_HASH.test(hash)) {
    // Embedded in a slide or a course page: show the link's scenario and touch nothing else.
    // A broken embed link falls through to the normal start, where its message is shown.
    const { decodeScenarioFromHash } = await import('../scenario/url-codec');
    const link = decodeScenarioFromHash(hash);
    if (link.ok) return { doc: link.scenario, firstVisit: false, notice: null, autosave: false, embed: true };
  }
  if (!storage) return { doc: notesTopicScenario(), firstVisit: true, notice: { kind: 'storage-unavailable' }, autosave: false };
  let saved: string | null;
  try {
    saved = storage.getItem(DRAFT_KEY);
  } catch {
    return { doc: notesTopicScenario(), firstVisit: true, notice: { kind: 'storage-unavailable' }, autosave: false };
  }
  if (saved === null) return { doc: notesTopicScenario(), firstVisit: true, notice: null, autosave: true };
  const { loadDraft } = await import('../scenario/autosave');
  const draft = loadDraft(storage);
  switch (draft.status) {
    case 'ok':
      return {
        doc: draft.scenario,
        firstVisit: false,
        notice: draft.warnings.length ? { kind: 'draft-restored-with-warnings', issues: draft.warnings } : null,
        autosave: true,
      };
    case 'empty':
      return { doc: notesTopicScenario(), firstVisit: true, notice: null, autosave: true };
    case 'corrupt':
      return {
        doc: notesTopicScenario(),
        firstVisit: false,
        notice: { kind: 'draft-unreadable', issues: draft.issues, keptAt: draft.keptAt },
        autosave: draft.keptAt !== DRAFT_KEY,
      };
    case 'unavailable':
      return { doc: notesTopicScenario(), firstVisit: true, notice: { kind: 'storage-unavailable' }, autosave: false };
  }
}

/** Saves the document a moment after each edit, and when the page is hidden or closed. */
export function startAutosave(editor: EditorStore, storage: DraftStorage, delayMs = 300): () => void {
  return startAutosaveLoop(editor, (doc) => saveDraft(storage, doc), delayMs);
}
