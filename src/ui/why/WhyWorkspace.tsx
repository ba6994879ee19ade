import { useState, type KeyboardEvent } from 'react';
import { useT } from '../../app/context';
import { registerMessages } from '../../i18n/translate';
import { whyEn, whyPt } from '../../i18n/parts/why';
import { BrokersView } from './brokers/BrokersView';
import { ExercisesView } from './exercises/ExercisesView';
import type { ProgressStorage } from './exercises/progress';
import { LabContext } from './lab/context';
import { LabView } from './lab/LabView';
import { createLabStore, type LabStore } from './lab/store';
import './why.css';

// Loaded only when the user opens the "Why a broker?" lab: its words come with it.
registerMessages(whyEn, whyPt);

type Tab = 'lab' | 'exercises' | 'brokers';
const TABS: readonly Tab[] = ['lab', 'exercises', 'brokers'];

// One lab per page: switching to another mode and back finds the run where it was.
let shared: LabStore | null = null;
function sharedStore(): LabStore {
  shared ??= createLabStore();
  return shared;
}

interface Props {
  /** Tests pass their own run and storage; the app uses the page's. */
  store?: LabStore;
  storage?: ProgressStorage;
}

export default function WhyWorkspace({ store = sharedStore(), storage }: Props) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('lab');

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : null;
    if (next === null) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`why-tab-${next}`)?.focus();
  };

  return (
    <LabContext.Provider value={store}>
      <div className="why-workspace">
        <div className="why-tabs" role="tablist" aria-label={t('mode.why')} onKeyDown={onTabKey}>
          {TABS.map((x) => (
            <button
              key={x}
              id={`why-tab-${x}`}
              type="button"
              role="tab"
              aria-selected={tab === x}
              aria-controls={`why-panel-${x}`}
              tabIndex={tab === x ? 0 : -1}
              className="why-tab"
              onClick={() => setTab(x)}
            >
              {t(`why.tab.${x}`)}
            </button>
          ))}
        </div>
        <div
          id={`why-panel-${tab}`}
          role="tabpanel"
          aria-labelledby={`why-tab-${tab}`}
          className="why-panel"
        >
          {tab === 'lab' && <LabView />}
          {tab === 'exercises' && <ExercisesView onWatch={() => setTab('lab')} storage={storage} />}
          {tab === 'brokers' && <BrokersView />}
        </div>
      </div>
    </LabContext.Provider>
  );
}
