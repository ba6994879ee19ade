// The Kafka draft: the scenario being edited in the Kafka mode, kept in localStorage under its
// own key (the AMQP draft is separate). Loading goes through restoreKafkaScenario(); a draft that
// does not load is moved aside under a backup key, never deleted; nothing here throws.

import type { DraftStorage } from '../autosave';
import { loadDraftFrom, type DraftLoad } from '../draft-load';
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

export type KafkaLoadResult = DraftLoad<KafkaScenario, KafkaIssue>;

export function loadKafkaDraft(storage: DraftStorage): KafkaLoadResult {
  return loadDraftFrom(storage, { key: KAFKA_DRAFT_KEY, backupKeys: KAFKA_DRAFT_BACKUP_KEYS, restore: restoreKafkaScenario, unreadable: { code: 'doc.unreadable', path: '' } });
}
