import { lazy, Suspense, useEffect, useState } from 'react';
import type { Mode } from '../store/prefs';
import { AmqpWorkspace } from '../ui/amqp/AmqpWorkspace';
import { PanelHost } from '../ui/shell/PanelHost';
import { TopBar } from '../ui/shell/TopBar';
import type { StartupNotice } from './boot';
import { usePrefs, useT, useUi } from './context';

// Only shown when something went wrong with the saved work: its code and words load then.
const StartupBanner = lazy(() => import('../ui/shell/StartupBanner'));
const KafkaWorkspace = lazy(() => import('../ui/kafka/KafkaWorkspace'));
const WhyWorkspace = lazy(() => import('../ui/why/WhyWorkspace'));

export function App({ firstVisit = false, notice = null }: { firstVisit?: boolean; notice?: StartupNotice | null }) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const theme = usePrefs((s) => s.theme);
  const [mode, setMode] = useState<Mode>('amqp');
  const presenter = useUi((s) => s.presenter);

  // The document follows the preferences so screen readers and CSS see them.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.name')} · ${t('app.tagline')}`;
  }, [lang, t]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar mode={mode} onModeChange={setMode} />
      {notice && (
        <Suspense fallback={null}>
          <StartupBanner notice={notice} />
        </Suspense>
      )}
      <main id="main" className={`app-main${presenter ? ' is-presenter' : ''}`} tabIndex={-1}>
        {mode === 'amqp' ? (
          <>
            <AmqpWorkspace firstVisit={firstVisit} />
            <PanelHost />
          </>
        ) : (
          // The other modes load on demand: a first visit downloads only the AMQP canvas.
          <Suspense fallback={<p className="placeholder">{t('app.loading')}</p>}>
            {mode === 'kafka' ? <KafkaWorkspace /> : <WhyWorkspace />}
          </Suspense>
        )}
      </main>
    </div>
  );
}
