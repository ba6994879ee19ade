// Saving the draft on every edit. Kept apart from autosave.ts so that saving (which every visit
// does) never pulls in the restore path (which only a visit with saved work needs).
import { FILE_FORMAT, scenarioToPlain } from './plain';
import type { Scenario } from './types';

/** localStorage in the app, a Map in tests. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const DRAFT_KEY = 'brokerlab.amqp.draft.v1';
/** Where drafts that did not load are kept: `<DRAFT_KEY>.backup`, then `.backup-2` ... */
export const DRAFT_BACKUP_KEYS: readonly string[] = [1, 2, 3, 4, 5].map((n) => `${DRAFT_KEY}.backup${n === 1 ? '' : `-${n}`}`);

export type DraftErrorCode = 'quota' | 'unavailable';

export type SaveResult = { ok: true } | { ok: false; error: DraftErrorCode };

export function saveDraft(storage: DraftStorage, scenario: Scenario): SaveResult {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ format: FILE_FORMAT, ...scenarioToPlain(scenario) }));
    return { ok: true };
  } catch (e) {
    return { ok: false, error: isQuotaError(e) ? 'quota' : 'unavailable' };
  }
}

export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const name = 'name' in e ? e.name : undefined;
  const code = 'code' in e ? e.code : undefined;
  // Chrome/Safari: QuotaExceededError (22); Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
