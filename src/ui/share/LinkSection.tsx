import { useMemo, useRef, useState } from 'react';
import { useEditor, useT } from '../../app/context';
import { encodeScenarioToHash, linkLengthAdvice, type ShareVariant } from '../../scenario/url-codec';
import { copyText } from './browser-io';
import { Status, type StatusMessage } from './Status';

const VARIANTS: readonly ShareVariant[] = ['edit', 'play', 'embed'];

/** The page's address without its fragment: links open this same BrokerLab. */
function baseUrl(): string {
  return location.href.split('#')[0];
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function LinkSection({ onExportFile }: { onExportFile: () => void }) {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const [variant, setVariant] = useState<ShareVariant>('edit');
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const urlField = useRef<HTMLInputElement>(null);
  const iframeField = useRef<HTMLTextAreaElement>(null);
  const url = useMemo(() => `${baseUrl()}${encodeScenarioToHash(doc, variant)}`, [doc, variant]);
  const advice = linkLengthAdvice(url);
  const iframe = `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(doc.title || 'BrokerLab')}" width="960" height="540" style="border:0"></iframe>`;

  const copy = async (text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
    const how = await copyText(text, field);
    setStatus({ tone: how === 'copied' ? 'ok' : 'info', lines: [t(how === 'copied' ? 'share.status.copied' : 'share.status.copyFailed')] });
  };

  return (
    <section className="bl-share-section" aria-labelledby="bl-share-link">
      <h3 id="bl-share-link">{t('share.link.heading')}</h3>
      <p className="bl-share-intro">{t('share.link.intro')}</p>
      <fieldset className="bl-share-variants">
        <legend>{t('share.link.variant')}</legend>
        {VARIANTS.map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="bl-share-variant"
              value={v}
              checked={variant === v}
              onChange={() => {
                setVariant(v);
                setStatus(null);
              }}
            />
            <span>
              <strong>{t(`share.link.${v}`)}</strong> — {t(`share.link.${v}.hint`)}
            </span>
          </label>
        ))}
      </fieldset>
      <label className="bl-share-field">
        <span>{t('share.link.url')}</span>
        <input ref={urlField} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="share-url" />
      </label>
      <div className="bl-share-actions">
        <button type="button" className="bl-btn bl-btn-primary" onClick={() => void copy(url, urlField.current)}>
          {t('share.link.copy')}
        </button>
      </div>
      <p className={`bl-share-advice is-${advice}`} data-testid="share-advice">
        {advice === 'ok'
          ? t('share.link.length', { length: url.length })
          : t(advice === 'long' ? 'share.link.long' : 'share.link.tooLong', { length: url.length })}
      </p>
      {advice === 'too-long' && (
        <button type="button" className="bl-btn" onClick={onExportFile}>
          {t('share.link.exportInstead')}
        </button>
      )}
      {variant === 'embed' && (
        <>
          <label className="bl-share-field">
            <span>{t('share.link.iframe')}</span>
            <textarea ref={iframeField} readOnly rows={3} value={iframe} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="bl-share-actions">
            <button type="button" className="bl-btn" onClick={() => void copy(iframe, iframeField.current)}>
              {t('share.link.copyIframe')}
            </button>
          </div>
        </>
      )}
      <Status status={status} />
    </section>
  );
}
