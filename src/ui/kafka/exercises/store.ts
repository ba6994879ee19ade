// The Kafka mode's exercise state beside the canvas: the exercise a link opened (if any) and the
// instructor's draft, saved in this browser after each change.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DraftStorage } from '../../../scenario/autosave';
import { kafkaExerciseToPlain, restoreKafkaExercise, type KafkaExerciseDocument } from '../../../exercises/kafka/document';
import { draftToPlain, restoreKafkaDraft, type KafkaAuthorDraft } from '../../../exercises/kafka/draft';
import { lockGuard } from '../../../exercises/kafka/locks';
import type { KafkaEditorStore } from '../store/editor';

export const KAFKA_AUTHOR_KEY = 'brokerlab.kafka.author.v1';
/** The exercise a link opened, so a reload keeps the student's goal (the link's hash is gone by then). */
export const KAFKA_LINKED_KEY = 'brokerlab.kafka.linked.v1';

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

function readJson(storage: DraftStorage | undefined, key: string): unknown {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    // Unreadable: left where it is, and not used.
    return null;
  }
}

function restoreLinked(raw: unknown): LinkedKafkaExercise | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw) || typeof raw.id !== 'string' || !('document' in raw)) return null;
  const r = restoreKafkaExercise(raw.document);
  return r.ok ? { id: raw.id.slice(0, 64), document: r.document } : null;
}

function save(storage: DraftStorage, key: string, value: unknown): void {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: this lasts for this visit only.
  }
}

export function createKafkaExerciseStore(storage?: DraftStorage): KafkaExerciseStore {
  const author = restoreKafkaDraft(readJson(storage, KAFKA_AUTHOR_KEY));
  const linked = restoreLinked(readJson(storage, KAFKA_LINKED_KEY));
  const store = createStore<KafkaExerciseState>()((set) => ({
    linked,
    author,
    openLinked: (linked) => set({ linked }),
    updateAuthor: (patch) => set((s) => ({ author: { ...s.author, ...patch } })),
  }));
  if (storage)
    store.subscribe((s, prev) => {
      if (s.author !== prev.author) save(storage, KAFKA_AUTHOR_KEY, draftToPlain(s.author));
      if (s.linked !== prev.linked) save(storage, KAFKA_LINKED_KEY, s.linked && { id: s.linked.id, document: kafkaExerciseToPlain(s.linked.document) });
    });
  return store;
}

/** Guards the exercise's locked parts in the editor (nothing to guard when none are locked). */
export function guardExercise(editor: KafkaEditorStore, linked: LinkedKafkaExercise): void {
  const { start, locked } = linked.document;
  if (locked.length > 0) editor.getState().setGuard(lockGuard(start, locked));
}

/** Opens an exercise: its start on the canvas (undoable), its goal in the panel, its locks guarded. */
export function startKafkaExercise(editor: KafkaEditorStore, exercises: KafkaExerciseStore, linked: LinkedKafkaExercise): void {
  editor.getState().replace(linked.document.start);
  exercises.getState().openLinked(linked);
  guardExercise(editor, linked);
}
