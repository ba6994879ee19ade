import { useId, useState } from 'react';
import { useT } from '../../../app/context';

/** Read-only text with Copy (and Download when it has a file name). */
export function CopyBox({ label, text, filename, rows = 2 }: { label: string; text: string; filename: string | null; rows?: number }) {
  const t = useT();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const download = () => {
    if (!filename) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    a.download = filename;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <div className="kf-copy">
      <label htmlFor={id} className="kf-copy-label">
        {label}
      </label>
      <textarea id={id} className="insp-mono kf-code" readOnly value={text} rows={rows} onFocus={(e) => e.target.select()} />
      <div className="kf-button-row">
        <button type="button" className="insp-button" onClick={copy}>
          {copied ? `✓ ${t('kafka.copy.copied')}` : t('kafka.copy.copy')}
        </button>
        {filename && (
          <button type="button" className="insp-button" onClick={download}>
            ⤓ {t('kafka.copy.download', { file: filename })}
          </button>
        )}
      </div>
    </div>
  );
}
