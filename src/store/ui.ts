import { createStore } from 'zustand/vanilla';

/** Panels that open over the workspace; each loads its code on first use. */
export type PanelName = 'presets' | 'exercises' | 'share';

export interface UiState {
  panel: PanelName | null;
  /** Presenter mode for projectors: large type, high contrast, panels tucked away. */
  presenter: boolean;
  openPanel: (panel: PanelName) => void;
  closePanel: () => void;
  setPresenter: (on: boolean) => void;
}

export function createUiStore() {
  return createStore<UiState>()((set) => ({
    panel: null,
    presenter: false,
    openPanel: (panel) => set({ panel }),
    closePanel: () => set({ panel: null }),
    setPresenter: (presenter) => set({ presenter }),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
