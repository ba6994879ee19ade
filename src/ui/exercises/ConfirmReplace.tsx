import { useEffect, useRef } from 'react';
import type { Translate } from '../../app/context';

/** Asks before an exercise replaces the canvas; says that Undo brings the work back. */
export function ConfirmReplace({
  title,
  t,
  onConfirm,
  onCancel,
}: {
  title: string;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ok = useRef<HTMLButtonElement>(null);
  useEffect(() => ok.current?.focus(), []);
  return (
    <div
      className="bl-ex-confirm"
      role="alertdialog"
      aria-labelledby="bl-ex-confirm-title"
      aria-describedby="bl-ex-confirm-body"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id="bl-ex-confirm-title" className="bl-ex-confirm-title">
        {t('ex.confirm.title')}
      </p>
      <p id="bl-ex-confirm-body">{t('ex.confirm.body', { title })}</p>
      <div className="bl-ex-actions">
        <button ref={ok} type="button" className="bl-btn bl-btn-primary" onClick={onConfirm}>
          {t('ex.confirm.ok')}
        </button>
        <button type="button" className="bl-btn" onClick={onCancel}>
          {t('ex.confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
