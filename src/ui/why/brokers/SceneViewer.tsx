import { useEffect, useMemo, useRef, useState } from 'react';
import { usePrefs, useT } from '../../../app/context';
import { BROKER_PRESETS, type BrokerModelId } from '../../../engine/integration';
import { explainModelEvent } from '../explain';
import { formatSimTime } from '../format';

/**
 * A closest-model scene, step by step: the model's log, revealed one entry at a time so a class
 * can say what happens next before seeing it.
 */
export function SceneViewer({ model, onClose }: { model: BrokerModelId; onClose: () => void }) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const preset = BROKER_PRESETS.find((p) => p.id === model);
  const events = useMemo(() => preset?.run() ?? [], [preset]);
  const [shown, setShown] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);

  // A new model remounts this component (key), so only focus needs doing here.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [model]);

  if (preset === undefined) return null;
  const brokers = preset.brokers.map((b) => t(`why.cmp.broker.${b}`)).join(', ');

  return (
    <section
      className="why-scene"
      aria-labelledby="why-scene-title"
      data-testid="why-scene"
      data-model={model}
    >
      <header className="why-scene-head">
        <h3 id="why-scene-title" ref={heading} tabIndex={-1}>
          {t(`why.cmp.closest-model.${model}`)}
        </h3>
        <span className="why-badge is-warn" data-testid="why-scene-label">
          {t('why.cmp.closest-model.label')}
        </span>
        <button type="button" className="bl-btn" onClick={onClose}>
          {t('why.close')}
        </button>
      </header>
      <p className="why-scene-for">{t('why.scene.for', { brokers })}</p>
      <p>{t(`why.scene.${model}.intro`)}</p>
      <div className="why-scene-controls" role="toolbar" aria-label={t('why.scene.controls')}>
        <button
          type="button"
          className="bl-btn bl-btn-primary"
          disabled={shown >= events.length}
          onClick={() => setShown(shown + 1)}
        >
          ▸| {t('why.scene.next')}
        </button>
        <button
          type="button"
          className="bl-btn"
          disabled={shown >= events.length}
          onClick={() => setShown(events.length)}
        >
          {t('why.scene.all')}
        </button>
        <button type="button" className="bl-btn" disabled={shown <= 1} onClick={() => setShown(1)}>
          ↺ {t('why.scene.restart')}
        </button>
        <span className="why-scene-progress" role="status">
          {t('why.scene.progress', { n: Math.min(shown, events.length), total: events.length })}
        </span>
      </div>
      <ol className="why-scene-steps" data-testid="why-scene-steps">
        {events.slice(0, shown).map((e, i) => (
          <li key={i} className={i === shown - 1 ? 'is-latest' : undefined}>
            <span className="why-feed-time">{formatSimTime(e.at)}</span>
            <span>{explainModelEvent(t, lang, e)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
