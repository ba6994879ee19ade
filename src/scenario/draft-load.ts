// Reading a draft back from storage, for both modes' drafts: through the mode's one restore
// function; a draft that does not load (made by a newer BrokerLab, or damaged) is moved aside
// under a backup key, never deleted, so the next autosave cannot overwrite the user's work.
// Nothing here throws.

import type { DraftStorage } from './draft-save';

export type DraftLoad<T, I> =
  /** No draft: start from a preset. */
  | { status: 'empty' }
  | { status: 'ok'; scenario: T; warnings: I[] }
  /**
   * The draft did not load. `keptAt` is where its text now is (a backup key, or the draft's own
   * key when it could not be moved; then the app must not autosave over it without asking).
   */
  | { status: 'corrupt'; issues: I[]; keptAt: string }
  /** Storage cannot be read (disabled, private mode): autosave is off. */
  | { status: 'unavailable' };

export interface DraftSlot<T, I> {
  readonly key: string;
  readonly backupKeys: readonly string[];
  readonly restore: (input: unknown) => { ok: true; scenario: T; warnings: I[] } | { ok: false; errors: I[] };
  /** The issue for text that is not JSON at all. */
  readonly unreadable: I;
}

export function loadDraftFrom<T, I>(storage: DraftStorage, slot: DraftSlot<T, I>): DraftLoad<T, I> {
  let text: string | null;
  try {
    text = storage.getItem(slot.key);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'empty' };
  let issues: I[];
  try {
    const restored = slot.restore(JSON.parse(text));
    if (restored.ok) return { status: 'ok', scenario: restored.scenario, warnings: restored.warnings };
    issues = restored.errors;
  } catch {
    issues = [slot.unreadable];
  }
  return { status: 'corrupt', issues, keptAt: moveAside(storage, slot, text) };
}

/** Copies the draft text to a free backup key, then clears the draft; returns where it is. */
function moveAside(storage: DraftStorage, slot: DraftSlot<unknown, unknown>, text: string): string {
  for (const key of slot.backupKeys) {
    try {
      const existing = storage.getItem(key);
      if (existing !== null && existing !== text) continue; // an older backup: keep it too
      if (existing === null) storage.setItem(key, text);
      // Only once the copy reads back identical is the original removed.
      if (storage.getItem(key) !== text) continue;
      storage.removeItem(slot.key);
      return key;
    } catch {
      // Quota or storage errors: try the next slot, and in the end leave the draft where it is.
    }
  }
  return slot.key;
}
