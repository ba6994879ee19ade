import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFromNavigator, loadLanguage } from '../i18n/translate';
import { createPrefsStore } from '../store/prefs';
import { createEditorStore, type EditorStore } from '../store/editor';
import { createUiStore, type UiStore } from '../store/ui';
import { App } from './App';
import { boot, startAutosave } from './boot';
import { createLinkOpener, SCENARIO_LINK_HASH } from './link-open';
import { EditorContext, PrefsContext, UiContext } from './context';
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

/**
 * Start-up, in an async function rather than with top-level await: chunks loaded on demand import
 * the entry chunk back, and an entry module still paused on a top-level await would deadlock them.
 */
async function main(): Promise<void> {
  const ui = createUiStore();
  const storage = safeLocalStorage();
  const start = await boot(storage, location.hash);
  const editor = createEditorStore(start.doc);
  if (storage && start.autosave) startAutosave(editor, storage);
  // Shared links (#s1. edit, #p1. play): opened now and whenever the hash changes (a link pasted
  // into this tab). An embed view (#e1.) is booted by boot(); another link there boots again.
  const links = start.embed
    ? null
    : createLinkOpener({ editor, storage, clearHash: () => history.replaceState(history.state, '', location.pathname + location.search) });
  window.addEventListener('hashchange', () => {
    void openExercise(editor, ui, location.hash);
    if (!links) {
      if (SCENARIO_LINK_HASH.test(location.hash)) location.reload();
      return;
    }
    void links.getState().handle(location.hash);
  });
  if (links) await links.getState().handle(location.hash);
  await openExercise(editor, ui, location.hash);
  // Browser tests and the UI benchmark drive the app through window.__brokerlab (a lazy chunk).
  if (import.meta.env.DEV || new URLSearchParams(location.search).has('testhook')) void import('./test-hook').then((m) => m.installTestHook(editor));

  // The words of the language shown load before the first render (the other language stays unloaded).
  await loadLanguage(prefs.getState().lang);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PrefsContext.Provider value={prefs}>
        <EditorContext.Provider value={editor}>
          <UiContext.Provider value={ui}>
            <App firstVisit={start.firstVisit} notice={start.notice} embed={start.embed} links={links} />
          </UiContext.Provider>
        </EditorContext.Provider>
      </PrefsContext.Provider>
    </StrictMode>,
  );
}

const EXERCISE_LINK_HASH = /^#?x\d+\./;

/** Exercise links (#x1.) open the exercise in the Exercises panel; their code loads only then. */
async function openExercise(editor: EditorStore, ui: UiStore, hash: string): Promise<void> {
  if (!EXERCISE_LINK_HASH.test(hash)) return;
  const { openExerciseLink } = await import('../ui/exercises/open');
  const opened = openExerciseLink(editor, ui, hash);
  // A refused link changes nothing; the panel's link field shows what is wrong with it.
  if (opened.ok) history.replaceState(history.state, '', location.pathname + location.search);
  else ui.getState().openPanel('exercises');
}

void main();
