import { useEffect } from 'react';
import { useT } from '../../app/context';
import { useKEditor, useKEditorStore } from './context';

/** Says, briefly, why a connection was refused; it clears itself after a few seconds. */
export function KafkaRefusal() {
  const t = useT();
  const refusal = useKEditor((s) => s.refusal);
  const store = useKEditorStore();
  useEffect(() => {
    if (!refusal) return;
    const timer = window.setTimeout(() => store.getState().clearRefusal(), 6000);
    return () => window.clearTimeout(timer);
  }, [refusal, store]);
  return (
    <div className="bl-refusal" role="status" aria-live="polite">
      {refusal && (
        <>
          <span>{t(`kafka.refusal.${refusal}`)}</span>
          <button type="button" onClick={() => store.getState().clearRefusal()} aria-label={t('kafka.refusal.dismiss')}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
