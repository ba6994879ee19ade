// The goal bar has to outlive the Exercises panel (which unmounts when it closes) without a change
// to the app's own layout files, so it gets a small React root of its own, next to the app's, with
// the same stores. A mount point in the AMQP workspace would be the better home; see
// GoalBar.tsx for what it needs (the editor, prefs and ui stores).

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorContext, PrefsContext, UiContext } from '../../app/context';
import type { EditorStore } from '../../store/editor';
import type { PrefsStore } from '../../store/prefs';
import type { UiStore } from '../../store/ui';
import { GoalBar } from './GoalBar';

const mounted = new WeakSet<EditorStore>();

export function mountGoalBar(stores: {
  prefs: PrefsStore;
  editor: EditorStore;
  ui: UiStore;
}): void {
  if (mounted.has(stores.editor)) return;
  mounted.add(stores.editor);
  const host = document.createElement('div');
  host.className = 'bl-ex-bar-host';
  document.body.appendChild(host);
  createRoot(host).render(
    <StrictMode>
      <PrefsContext.Provider value={stores.prefs}>
        <EditorContext.Provider value={stores.editor}>
          <UiContext.Provider value={stores.ui}>
            <GoalBar />
          </UiContext.Provider>
        </EditorContext.Provider>
      </PrefsContext.Provider>
    </StrictMode>,
  );
}
