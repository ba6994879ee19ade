import { render } from '@testing-library/react';
import { PrefsContext, UiContext } from '../../../app/context';
import type { Language } from '../../../i18n/translate';
import { createPrefsStore } from '../../../store/prefs';
import { createUiStore } from '../../../store/ui';
import type { ProgressStorage } from '../exercises/progress';
import { createLabStore } from '../lab/store';
import WhyWorkspace from '../WhyWorkspace';

/** The lab as the app mounts it, with a fresh run, the given language and in-memory storage. */
export function renderWhy(opts: { lang?: Language; storage?: ProgressStorage } = {}) {
  const prefs = createPrefsStore(undefined, { lang: opts.lang ?? 'en', theme: 'light' });
  const ui = createUiStore();
  const lab = createLabStore();
  const view = render(
    <PrefsContext.Provider value={prefs}>
      <UiContext.Provider value={ui}>
        <WhyWorkspace store={lab} storage={opts.storage ?? memoryStorage()} />
      </UiContext.Provider>
    </PrefsContext.Provider>,
  );
  return { ...view, lab, prefs };
}

export function memoryStorage(): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
