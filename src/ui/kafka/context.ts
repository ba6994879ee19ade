import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { KafkaEditorState, KafkaEditorStore } from './store/editor';
import type { KafkaSimBundle, KafkaSimState } from './store/sim';

/** The Kafka mode's two stores: the document being edited and the running simulation. */
export const KafkaEditorContext = createContext<KafkaEditorStore | null>(null);
export const KafkaSimContext = createContext<KafkaSimBundle | null>(null);

export function useKEditorStore(): KafkaEditorStore {
  const store = useContext(KafkaEditorContext);
  if (!store) throw new Error('useKEditor needs <KafkaEditorContext.Provider>');
  return store;
}

export function useKEditor<T>(selector: (state: KafkaEditorState) => T): T {
  return useStore(useKEditorStore(), selector);
}

export function useKSimBundle(): KafkaSimBundle {
  const bundle = useContext(KafkaSimContext);
  if (!bundle) throw new Error('useKSim needs <KafkaSimContext.Provider>');
  return bundle;
}

export function useKSim<T>(selector: (state: KafkaSimState) => T): T {
  return useStore(useKSimBundle().store, selector);
}
