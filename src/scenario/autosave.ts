// The draft: the scenario being edited, kept in localStorage so a reload or a crash loses nothing.
// Loading goes through restoreScenario() like every other load. A draft that does not load (made
// by a newer BrokerLab, or damaged) is moved aside under a backup key, never deleted, so the next
// autosave cannot overwrite the user's work; nothing here throws.

import { DRAFT_BACKUP_KEYS, DRAFT_KEY, type DraftStorage } from './draft-save';
import type { RestoreIssue } from './restore-issues';
import { restoreScenario } from './restore';
import type { Scenario } from './types';

export { DRAFT_BACKUP_KEYS, DRAFT_KEY, saveDraft, type DraftErrorCode, type DraftStorage, type SaveResult } from './draft-save';

export type LoadResult =
  /** No draft: start from a preset. */
  | { status: 'empty' }
  | { status: 'ok'; scenario: Scenario; warnings: RestoreIssue[] }
  /**
   * The draft did not load. `keptAt` is where its text now is (a backup key, or DRAFT_KEY itself
   * when it could not be moved; then the app must not autosave over it without asking).
   */
  | { status: 'corrupt'; issues: RestoreIssue[]; keptAt: string }
  /** Storage cannot be read (disabled, private mode): autosave is off. */
  | { status: 'unavailable' };

export function loadDraft(storage: DraftStorage): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(DRAFT_KEY);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'empty' };

  let parsed: unknown;
  let issues: RestoreIssue[];
  try {
    parsed = JSON.parse(text);
    const restored = restoreScenario(parsed);
    if (restored.ok) return { status: 'ok', scenario: restored.scenario, warnings: restored.warnings };
    issues = restored.errors;
  } catch {
    issues = [{ code: 'doc.unreadable', path: '' }];
  }
  return { status: 'corrupt', issues, keptAt: moveAside(storage, text) };
}

/** Copies the draft text to a free backup key, then clears the draft; returns where it is. */
function moveAside(storage: DraftStorage, text: string): string {
  for (const key of DRAFT_BACKUP_KEYS) {
    try {
      const existing = storage.getItem(key);
      if (existing !== null && existing !== text) continue; // an older backup: keep it too
      if (existing === null) storage.setItem(key, text);
      // Only once the copy reads back identical is the original removed.
      if (storage.getItem(key) !== text) continue;
      storage.removeItem(DRAFT_KEY);
      return key;
    } catch {
      // Quota or storage errors: try the next slot, and in the end leave the draft where it is.
    }
  }
  return DRAFT_KEY;
}
