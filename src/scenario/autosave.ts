// The draft: the scenario being edited, kept in localStorage so a reload or a crash loses nothing.
// Loading goes through restoreScenario() like every other load. A draft that does not load (made
// by a newer BrokerLab, or damaged) is moved aside under a backup key, never deleted, so the next
// autosave cannot overwrite the user's work; nothing here throws.

import { loadDraftFrom, type DraftLoad } from './draft-load';
import { DRAFT_BACKUP_KEYS, DRAFT_KEY, type DraftStorage } from './draft-save';
import type { RestoreIssue } from './restore-issues';
import { restoreScenario } from './restore';
import type { Scenario } from './types';

export { DRAFT_BACKUP_KEYS, DRAFT_KEY, saveDraft, type DraftErrorCode, type DraftStorage, type SaveResult } from './draft-save';

export type LoadResult = DraftLoad<Scenario, RestoreIssue>;

export function loadDraft(storage: DraftStorage): LoadResult {
  return loadDraftFrom(storage, {
    key: DRAFT_KEY,
    backupKeys: DRAFT_BACKUP_KEYS,
    restore: (v) => {
      const r = restoreScenario(v);
      return r.ok ? { ok: true, scenario: r.scenario, warnings: r.warnings } : r;
    },
    unreadable: { code: 'doc.unreadable', path: '' },
  });
}
