import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { MessageKey } from '../i18n/en';
import { translate, type Params } from '../i18n/translate';
import type { PrefsState, PrefsStore } from '../store/prefs';
import type { EditorState, EditorStore } from '../store/editor';
import type { SimState, SimStoreBundle } from '../store/sim';
import type { UiState, UiStore } from '../store/ui';

export const PrefsContext = createContext<PrefsStore | null>(null);

export function usePrefs<T>(selector: (state: PrefsState) => T): T {
  const store = useContext(PrefsContext);
  if (!store) throw new Error('usePrefs needs <PrefsContext.Provider>');
  return useStore(store, selector);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** The translate function for the current language; components re-render when it changes. */
export function useT(): Translate {
  const lang = usePrefs((s) => s.lang);
  return useMemo<Translate>(() => (key, params) => translate(lang, key, params), [lang]);
}

export const EditorContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditor needs <EditorContext.Provider>');
  return store;
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

export const SimContext = createContext<SimStoreBundle | null>(null);

export function useSimBundle(): SimStoreBundle {
  const bundle = useContext(SimContext);
  if (!bundle) throw new Error('useSim needs <SimContext.Provider>');
  return bundle;
}

export function useSim<T>(selector: (state: SimState) => T): T {
  return useStore(useSimBundle().store, selector);
}

export const UiContext = createContext<UiStore | null>(null);

export function useUiStore(): UiStore {
  const store = useContext(UiContext);
  if (!store) throw new Error('useUi needs <UiContext.Provider>');
  return store;
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useUiStore(), selector);
}
