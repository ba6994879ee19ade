import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFromNavigator } from '../i18n/translate';
import { createPrefsStore } from '../store/prefs';
import { App } from './App';
import { PrefsContext } from './context';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PrefsContext.Provider value={prefs}>
      <App />
    </PrefsContext.Provider>
  </StrictMode>,
);
