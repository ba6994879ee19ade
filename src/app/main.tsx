import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFromNavigator } from '../i18n/translate';
import { createPrefsStore } from '../store/prefs';
import { notesTopicScenario } from '../scenario/presets/notes-topic';
import { createEditorStore } from '../store/editor';
import { App } from './App';
import { EditorContext, PrefsContext } from './context';
import '../ui/styles.css';

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the app still runs, nothing is remembered
  }
}

const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
const prefs = createPrefsStore(safeLocalStorage(), {
  lang: languageFromNavigator(navigator.languages ?? [navigator.language]),
  theme: prefersDark ? 'dark' : 'light',
});

const editor = createEditorStore(notesTopicScenario());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PrefsContext.Provider value={prefs}>
      <EditorContext.Provider value={editor}>
        <App />
      </EditorContext.Provider>
    </PrefsContext.Provider>
  </StrictMode>,
);
