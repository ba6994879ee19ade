import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { useSim, useT, useUiStore } from '../../app/context';
import { presetsEn, presetsPt } from '../../i18n/parts/presets';
import { registerMessages } from '../../i18n/translate';
import { messageColor } from '../canvas/colors';
import { explainEntry, messageIdOf } from '../log/explain';
import { ExplanationLines } from '../log/ExplanationLines';
import { whyLines } from '../log/explain-why';
import { renderPhrase } from '../log/render';
import { Rich } from '../log/Rich';
import { useLogIndex } from '../log/useLogIndex';
import { formatSimTime } from '../playback/format';
import { afterLayout, fitOptions } from '../presets/fit';
import { latestStep } from './latest';
import { usePresenterKeys } from './usePresenterKeys';
import './presenter.css';

// Loaded only in presenter mode; its words live with the presets'.
registerMessages(presetsEn, presetsPt);

/**
 * Presenter mode's band under the canvas: the latest step and its explanation in large type,
 * the playback state, and the keys. Mounted only while presenter mode is on.
 */
export default function PresenterOverlay() {
  const t = useT();
  const ui = useUiStore();
  const { fitView } = useReactFlow();
  const log = useSim((s) => s.log);
  const sim = useSim((s) => s.sim);
  const playing = useSim((s) => s.playing);
  const speed = useSim((s) => s.speed);
  const time = useSim((s) => s.time);
  const index = useLogIndex();
  usePresenterKeys();

  useEffect(() => {
    // Keys work at once: the Present button keeps no focus that Space would press again.
    document.getElementById('main')?.focus({ preventScroll: true });
    // The note about the preset just opened, if still there, keeps its room at the top.
    const noted = () => document.querySelector('.bl-preset-opened') !== null;
    const cancel = afterLayout(() => void fitView(fitOptions(true, noted())));
    return () => {
      cancel();
      afterLayout(() => void fitView(fitOptions(false, noted())));
    };
  }, [fitView]);

  const step = useMemo(() => latestStep(log), [log]);
  const [main, ...rest] = step;
  const explained = main ? explainEntry(main, index) : null;
  const messageId = main ? messageIdOf(main) : null;
  const message = messageId !== null ? index.message(messageId) : undefined;

  return (
    <section className="bl-presenter" aria-label={t('presenter.label')} data-testid="presenter">
      <div className="bl-presenter-bar">
        <span className="bl-presenter-state">
          {playing ? `▶ ${t('presenter.playing')}` : `❚❚ ${t('presenter.paused')}`} ·{' '}
          {t('presenter.speed', { speed })} ·{' '}
          <span className="bl-presenter-time">{formatSimTime(time)}</span>
        </span>
        <span className="bl-presenter-keys">{t('presenter.keys')}</span>
        <button type="button" className="bl-btn" onClick={() => ui.getState().setPresenter(false)}>
          {t('presenter.leave')}
        </button>
      </div>
      <div className="bl-presenter-now" aria-live="polite" aria-atomic="true">
        {!explained || !main ? (
          <p className="bl-presenter-summary">{t('presenter.waiting')}</p>
        ) : (
          <>
            {messageId !== null && (
              <p className="bl-presenter-message">
                <span
                  className="bl-presenter-chip"
                  style={{ background: messageColor(sim.flights.colorOf(messageId)) }}
                  aria-hidden="true"
                />
                {t('presenter.message', { id: messageId })}
                {message && (
                  <>
                    {' · '}
                    <Rich text={`\`${message.routingKey}\``} />
                  </>
                )}
              </p>
            )}
            <p className={`bl-presenter-summary is-${explained.tone}`}>
              <Rich text={renderPhrase(t, explained.summary)} />
            </p>
            <ExplanationLines lines={whyLines(main, index)} t={t} />
            {rest.length > 0 && (
              <ul className="bl-presenter-also">
                {rest.map((e) => (
                  <li key={e.seq}>
                    <Rich text={renderPhrase(t, explainEntry(e, index).summary)} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
