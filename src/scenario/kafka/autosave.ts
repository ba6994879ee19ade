// The Kafka draft: the scenario being edited in the Kafka mode, kept in localStorage under its
// own key (the AMQP draft is separate). Loading goes through restoreKafkaScenario(); a draft that
// does not load is moved aside under a backup key, never deleted; nothing here throws.

import type { DraftStorage } from '../autosave';
import type { KafkaIssue } from './issues';
import { kafkaScenarioToPlain, restoreKafkaScenario } from './restore';
import type { KafkaScenario } from './types';

export const KAFKA_DRAFT_KEY = 'brokerlab.kafka.draft.v1';
export const KAFKA_DRAFT_BACKUP_KEYS: readonly string[] = [1, 2, 3].map((n) => `${KAFKA_DRAFT_KEY}.backup${n === 1 ? '' : `-${n}`}`);

export type KafkaSaveResult = { ok: true } | { ok: false };

export function saveKafkaDraft(storage: DraftStorage, scenario: KafkaScenario): KafkaSaveResult {
  try {
    storage.setItem(KAFKA_DRAFT_KEY, JSON.stringify(kafkaScenarioToPlain(scenario)));
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

export type KafkaLoadResult =
  | { status: 'empty' }
  | { status: 'ok'; scenario: KafkaScenario; warnings: KafkaIssue[] }
  /** `keptAt`: where the unreadable text now is; KAFKA_DRAFT_KEY itself when it could not be moved (then never autosave over it). */
  | { status: 'corrupt'; issues: KafkaIssue[]; keptAt: string }
  | { status: 'unavailable' };

export function loadKafkaDraft(storage: DraftStorage): KafkaLoadResult {
  let text: string | null;
  try {
    text = storage.getItem(KAFKA_DRAFT_KEY);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'empty' };
  let issues: KafkaIssue[];
  try {
    const restored = restoreKafkaScenario(JSON.parse(text));
    if (restored.ok) return { status: 'ok', scenario: restored.scenario, warnings: restored.warnings };
    issues = restored.errors;
  } catch {
    issues = [{ code: 'doc.unreadable', path: '' }];
  }
  return { status: 'corrupt', issues, keptAt: moveAside(storage, text) };
}

function moveAside(storage: DraftStorage, text: string): string {
  for (const key of KAFKA_DRAFT_BACKUP_KEYS) {
    try {
      const existing = storage.getItem(key);
      if (existing !== null && existing !== text) continue;
      if (existing === null) storage.setItem(key, text);
      if (storage.getItem(key) !== text) continue;
      storage.removeItem(KAFKA_DRAFT_KEY);
      return key;
    } catch {
      // Quota or storage errors: try the next slot, and in the end leave the draft where it is.
    }
  }
  return KAFKA_DRAFT_KEY;
}
