import { useEffect, useRef } from 'react';
import { useEditor, useSim, useSimBundle, useT } from '../../app/context';
import { connectionsEn, connectionsPt } from '../../i18n/parts/connections';
import { registerMessages } from '../../i18n/translate';
import { AppCard, type Actions } from './AppCard';
import './connections.css';

// Loaded the first time the panel opens; its words come with it.
registerMessages(connectionsEn, connectionsPt);

/**
 * Connections and channels as the broker sees them: one connection per application, a channel
 * per producer and consumer, and how each one ended. Re-read at every simulation refresh.
 */
export default function ConnectionsPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const { store } = useSimBundle();
  // The view lives in the simulation; the version says when it may have changed.
  useSim((s) => s.version);
  const sim = useSim((s) => s.sim);
  const doc = useEditor((s) => s.doc);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  // A button that did its job may vanish (Close connection on a producer-only app, Reopen):
  // the focus then goes to its application's heading instead of falling out of the panel.
  const clickedIn = useRef<Element | null>(null);
  useEffect(() => {
    const card = clickedIn.current;
    clickedIn.current = null;
    if (card && !card.contains(document.activeElement))
      card.querySelector<HTMLElement>('h3')?.focus();
  });

  const names = new Map(doc.nodes.map((n) => [n.id, n.name]));
  const act = (f: (s: typeof sim) => void) => {
    f(store.getState().sim);
    store.getState().refresh();
  };
  const actions: Actions = {
    closeConnection: (app) => act((s) => s.closeConnection(app)),
    reconnect: (app) => act((s) => s.reconnectApp(app)),
    closeChannel: (nodeId) => act((s) => s.closeChannel(nodeId)),
    reopen: (nodeId) => act((s) => s.reopenChannel(nodeId)),
  };
  const apps = sim.clients();

  return (
    <section
      id={id}
      className="bl-conn"
      aria-labelledby="bl-conn-title"
      onClickCapture={(e) => {
        if (e.target instanceof Element && e.target.closest('button'))
          clickedIn.current = e.target.closest('.bl-conn-app');
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="bl-conn-head">
        <h2 id="bl-conn-title" ref={headingRef} tabIndex={-1}>
          {t('conn.title')}
        </h2>
        <button
          type="button"
          className="bl-conn-x"
          onClick={onClose}
          aria-label={t('conn.close')}
          title={t('conn.close')}
        >
          ×
        </button>
      </header>
      <p className="bl-conn-note">{t('conn.intro')}</p>
      <details className="bl-conn-more">
        <summary>{t('conn.closeNoteTitle')}</summary>
        <p className="bl-conn-note">{t('conn.closeNote')}</p>
      </details>
      <ul className="bl-conn-apps" aria-label={t('conn.apps')}>
        {apps.map((a) => (
          <AppCard
            key={a.app}
            app={a}
            name={(id) => names.get(id) ?? id}
            link={(id) => sim.link(id).state}
            actions={actions}
          />
        ))}
      </ul>
    </section>
  );
}
