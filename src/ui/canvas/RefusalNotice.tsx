import { useEffect } from 'react';
import { useEditor, useEditorStore, useT } from '../../app/context';

/** Says, briefly, why a connection was refused; it clears itself after a few seconds. */
export function RefusalNotice() {
  const t = useT();
  const refusal = useEditor((s) => s.refusal);
  const store = useEditorStore();
  useEffect(() => {
    if (!refusal) return;
    const timer = window.setTimeout(() => store.getState().clearRefusal(), 6000);
    return () => window.clearTimeout(timer);
  }, [refusal, store]);
  return (
    <div className="bl-refusal" role="status" aria-live="polite">
      {refusal && (
        <>
          <span>{t(`refusal.${refusal}`)}</span>
          <button type="button" onClick={() => store.getState().clearRefusal()} aria-label={t('refusal.dismiss')}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
