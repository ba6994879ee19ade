/**
 * The decisions behind opening a shared link (see link-open.ts), kept apart so the link codec,
 * restore and compression load only when a link is opened.
 */
import type { DraftStorage } from '../scenario/draft-save';
import { FILE_FORMAT, scenarioToPlain } from '../scenario/file-io';
import { notesTopicScenario } from '../scenario/presets/notes-topic';
import type { RestoreIssue } from '../scenario/restore-issues';
import type { Scenario } from '../scenario/types';
import { decodeScenarioFromHash, looksLikeScenarioHash, type LinkError, type ShareVariant } from '../scenario/url-codec';

/** Where the work replaced by a link is kept, newest first: `<prefix>1` … `<prefix>5`. */
export const ASIDE_PREFIX = 'brokerlab.amqp.before-link.v1.';
export const ASIDE_SLOTS = 5;

const plain = (s: Scenario) => JSON.stringify(scenarioToPlain(s));

/** Same content, whatever the ids' object identity. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return plain(a) === plain(b);
}

/** The notes example as the first visit shows it: replacing it loses nothing. */
export function isUntouchedExample(s: Scenario): boolean {
  return sameScenario(s, notesTopicScenario());
}

export type LinkDecision =
  | { action: 'none' }
  | { action: 'error'; error: LinkError }
  | { action: 'same'; variant: ShareVariant }
  | { action: 'open'; scenario: Scenario; variant: ShareVariant; warnings: RestoreIssue[] }
  | { action: 'ask'; scenario: Scenario; variant: ShareVariant; warnings: RestoreIssue[] };

/** What to do with a hash, given the work on the canvas (null: nothing worth keeping). */
export function decideLink(hash: string, current: Scenario | null): LinkDecision {
  if (!looksLikeScenarioHash(hash)) return { action: 'none' };
  const decoded = decodeScenarioFromHash(hash);
  if (!decoded.ok) return { action: 'error', error: decoded.error };
  const { scenario, variant, warnings } = decoded;
  if (current && sameScenario(current, scenario)) return { action: 'same', variant };
  if (current === null || isUntouchedExample(current) || current.nodes.length === 0) return { action: 'open', scenario, variant, warnings };
  return { action: 'ask', scenario, variant, warnings };
}

/** Keeps a copy of `s` in storage before a link replaces it; false when storage refused. */
export function keepAside(storage: DraftStorage | undefined, s: Scenario): boolean {
  if (!storage) return false;
  const text = JSON.stringify({ format: FILE_FORMAT, ...scenarioToPlain(s) });
  try {
    if (storage.getItem(`${ASIDE_PREFIX}1`) === text) return true;
    for (let i = ASIDE_SLOTS; i > 1; i--) {
      const older = storage.getItem(`${ASIDE_PREFIX}${i - 1}`);
      if (older !== null) storage.setItem(`${ASIDE_PREFIX}${i}`, older);
    }
    storage.setItem(`${ASIDE_PREFIX}1`, text);
    return storage.getItem(`${ASIDE_PREFIX}1`) === text;
  } catch {
    return false;
  }
}

