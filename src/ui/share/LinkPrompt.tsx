import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../app/context';
import type { LinkOpener } from '../../app/link-open';
import { scenarioEn, scenarioPt } from '../../i18n/parts/scenario';
import { registerMessages } from '../../i18n/translate';
import { describeIssue, describeLinkError } from '../../scenario/restore-issues';
import './link.css';

// Loaded the first time a link needs a word said (a question, a refusal, a confirmation).
registerMessages(scenarioEn, scenarioPt);

/** What opening a shared link needs to say: ask before replacing work, refuse a broken link, confirm. */
export default function LinkPrompt({ links }: { links: LinkOpener }) {
  const t = useT();
  const prompt = useStore(links, (s) => s.prompt);
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (prompt.kind === 'ask') openButton.current?.focus();
  }, [prompt.kind]);

  const s = links.getState();
  switch (prompt.kind) {
    case 'idle':
      return null;
    case 'ask':
      return (
        <div className="bl-link-backdrop">
          <div
            className="bl-link-dialog"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="bl-link-ask-title"
            aria-describedby="bl-link-ask-body"
            onKeyDown={(e) => {
              if (e.key === 'Escape') s.keepWork();
            }}
          >
            <h2 id="bl-link-ask-title">{t('link.ask.title')}</h2>
            <div id="bl-link-ask-body">
              <p>{t('link.ask.body', { title: prompt.scenario.title || t('link.untitled') })}</p>
              <p>{t('link.ask.kept')}</p>
            </div>
            <div className="bl-link-actions">
              <button type="button" className="bl-btn" onClick={s.keepWork}>
                {t('link.ask.keep')}
              </button>
              <button type="button" className="bl-btn bl-btn-primary" ref={openButton} onClick={s.openPending}>
                {t('link.ask.open')}
              </button>
            </div>
          </div>
        </div>
      );
    case 'error': {
      const lines = describeLinkError(prompt.error, t);
      return (
        <div className="bl-link-banner is-error" role="alert" data-testid="link-error">
          <div>
            <strong>{t('link.error.title')}</strong>
            <ul>
              {lines.slice(0, 8).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
          <button type="button" className="bl-btn" onClick={s.dismiss}>
            {t('link.dismiss')}
          </button>
        </div>
      );
    }
    case 'opened':
      return (
        <div className="bl-link-banner" role="status" data-testid="link-opened">
          <div>
            <strong>{t('link.opened', { title: prompt.title || t('link.untitled') })}</strong>
            {prompt.undoable && <p>{t(prompt.keptAside ? 'link.opened.undo' : 'link.opened.undoOnly')}</p>}
            {prompt.warnings.length > 0 && (
              <>
                <p>{t('link.opened.adjusted')}</p>
                <ul>
                  {prompt.warnings.slice(0, 5).map((w, i) => (
                    <li key={i}>{describeIssue(w, t)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <button type="button" className="bl-btn" onClick={s.dismiss}>
            {t('link.dismiss')}
          </button>
        </div>
      );
  }
}
