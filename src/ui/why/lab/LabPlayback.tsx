import { useT } from '../../../app/context';
import { formatSimTime } from '../format';
import { useLab, useLabStore } from './context';
import { FAST_FORWARD_MS, LAB_SPEEDS } from './store';

/** Play, pause, step, speed, fast-forward and reset on the lab's simulated time. */
export function LabPlayback() {
  const t = useT();
  const store = useLabStore();
  const playing = useLab((s) => s.playing);
  const speed = useLab((s) => s.speed);
  const now = useLab((s) => s.now);
  const s = store.getState();

  return (
    <div className="why-playback" role="toolbar" aria-label={t('why.playback')}>
      {playing ? (
        <button
          type="button"
          className="bl-btn bl-btn-primary why-play"
          onClick={s.pause}
          aria-keyshortcuts="Space"
        >
          ❚❚ {t('why.pause')}
        </button>
      ) : (
        <button
          type="button"
          className="bl-btn bl-btn-primary why-play"
          onClick={s.play}
          aria-keyshortcuts="Space"
        >
          ▶ {t('why.play')}
        </button>
      )}
      <button
        type="button"
        className="bl-btn"
        onClick={s.step}
        title={t('why.stepHint')}
        aria-keyshortcuts="."
      >
        ▸| {t('why.step')}
      </button>
      <label className="why-inline">
        <span>{t('why.speed')}</span>
        <select value={speed} onChange={(e) => s.setSpeed(Number(e.target.value))}>
          {LAB_SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v}×
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="bl-btn"
        onClick={() => s.fastForward()}
        title={t('why.fastForwardHint', { s: FAST_FORWARD_MS / 1000 })}
        aria-keyshortcuts="F"
      >
        » {t('why.fastForward', { s: FAST_FORWARD_MS / 1000 })}
      </button>
      <button type="button" className="bl-btn" onClick={s.reset} title={t('why.resetHint')}>
        ↺ {t('why.reset')}
      </button>
      <output className="why-time" aria-label={t('why.time')} data-testid="why-time">
        {formatSimTime(now)}
      </output>
    </div>
  );
}
