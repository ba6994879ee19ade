// The Kafka mode's exercise state beside the canvas: the exercise a link opened (if any) and the
// instructor's draft, saved in this browser after each change.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DraftStorage } from '../../../scenario/autosave';
import type { KafkaExerciseDocument } from '../../../exercises/kafka/document';
import { draftToPlain, EMPTY_KAFKA_DRAFT, restoreKafkaDraft, type KafkaAuthorDraft } from '../../../exercises/kafka/draft';

export const KAFKA_AUTHOR_KEY = 'brokerlab.kafka.author.v1';

export interface LinkedKafkaExercise {
  /** Keeps this exercise's progress apart from others' (the link's checksum). */
  readonly id: string;
  readonly document: KafkaExerciseDocument;
}

export interface KafkaExerciseState {
  readonly linked: LinkedKafkaExercise | null;
  readonly author: KafkaAuthorDraft;
  openLinked(linked: LinkedKafkaExercise | null): void;
  updateAuthor(patch: Partial<KafkaAuthorDraft>): void;
}

export type KafkaExerciseStore = StoreApi<KafkaExerciseState>;

export function createKafkaExerciseStore(storage?: DraftStorage): KafkaExerciseStore {
  let author = EMPTY_KAFKA_DRAFT;
  try {
    const raw = storage?.getItem(KAFKA_AUTHOR_KEY);
    if (raw) author = restoreKafkaDraft(JSON.parse(raw));
  } catch {
    // An unreadable draft is left where it is; the instructor starts a new one.
  }
  const store = createStore<KafkaExerciseState>()((set) => ({
    linked: null,
    author,
    openLinked: (linked) => set({ linked }),
    updateAuthor: (patch) => set((s) => ({ author: { ...s.author, ...patch } })),
  }));
  if (storage)
    store.subscribe((s, prev) => {
      if (s.author === prev.author) return;
      try {
        storage.setItem(KAFKA_AUTHOR_KEY, JSON.stringify(draftToPlain(s.author)));
      } catch {
        // Storage full or disabled: the draft lasts for this visit.
      }
    });
  return store;
}
