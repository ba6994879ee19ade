import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { Mode } from '../store/prefs';
import { AmqpWorkspace } from '../ui/amqp/AmqpWorkspace';
import { PanelHost } from '../ui/shell/PanelHost';
import { TopBar } from '../ui/shell/TopBar';
import type { StartupNotice } from './boot';
import type { LinkOpener } from './link-open';
import { usePrefs, useT, useUi } from './context';

// Only shown when something went wrong with the saved work: its code and words load then.
const StartupBanner = lazy(() => import('../ui/shell/StartupBanner'));
// Kafka scenario (#k1.) and Kafka exercise (#kx1.) links.
const KAFKA_LINK_HASH = /^#?kx?\d+\./;
const KafkaWorkspace = lazy(() => import('../ui/kafka/KafkaWorkspace'));
const WhyWorkspace = lazy(() => import('../ui/why/WhyWorkspace'));
// Shared links: the question, refusal or confirmation loads when there is one; the embed bar only in an embed view.
const LinkPrompt = lazy(() => import('../ui/share/LinkPrompt'));
const EmbedBar = lazy(() => import('../ui/share/EmbedBar'));

const noSubscribe = () => () => {};
/** Bumped each time a play link opened: the workspace starts playback. */
function usePlayToken(links: LinkOpener | null): number {
  return useSyncExternalStore(links ? links.subscribe : noSubscribe, () => links?.getState().playToken ?? 0);
}

function LinkLayer({ links }: { links: LinkOpener }) {
  const idle = useStore(links, (s) => s.prompt.kind === 'idle');
  if (idle) return null;
  return (
    <Suspense fallback={null}>
      <LinkPrompt links={links} />
    </Suspense>
  );
}

interface AppProps {
  firstVisit?: boolean;
  notice?: StartupNotice | null;
  /** An embed link: a read-only canvas with playback only (no top bar, palette, inspector, log). */
  embed?: boolean;
  links?: LinkOpener | null;
}

export function App({ firstVisit = false, notice = null, embed = false, links = null }: AppProps) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const theme = usePrefs((s) => s.theme);
  // A Kafka link (#k1., #kx1.) opens the Kafka mode, which reads the link itself.
  const [mode, setMode] = useState<Mode>(() => (KAFKA_LINK_HASH.test(location.hash) ? 'kafka' : 'amqp'));
  const presenter = useUi((s) => s.presenter);
  const playToken = usePlayToken(links);
  // ...also when one is pasted into the address bar later (this listener runs before the Kafka
  // session's own, which reads and clears the hash).
  useEffect(() => {
    const onHash = () => {
      if (KAFKA_LINK_HASH.test(location.hash)) setMode('kafka');
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // The document follows the preferences so screen readers and CSS see them.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.name')} · ${t('app.tagline')}`;
  }, [lang, t]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  if (embed)
    return (
      <div className="app app-embed">
        <Suspense fallback={null}>
          <EmbedBar />
        </Suspense>
        <main id="main" className="app-main" tabIndex={-1}>
          <AmqpWorkspace readOnly />
        </main>
      </div>
    );

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
            <AmqpWorkspace firstVisit={firstVisit} playToken={playToken} />
            <PanelHost />
          </>
        ) : (
          // The other modes load on demand: a first visit downloads only the AMQP canvas.
          <Suspense fallback={<p className="placeholder">{t('app.loading')}</p>}>
            {mode === 'kafka' ? <KafkaWorkspace /> : <WhyWorkspace />}
          </Suspense>
        )}
      </main>
      {links && <LinkLayer links={links} />}
    </div>
  );
}
