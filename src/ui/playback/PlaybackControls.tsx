import { useT } from '../../app/context';
import type { MessageKey } from '../../i18n/en';
import { formatSimTime } from './format';

export interface PlaybackControlsProps {
  playing: boolean;
  speed: number;
  /** Simulated ms. */
  time: number;
  speeds: readonly number[];
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onSpeed: (speed: number) => void;
  onFastForward: () => void;
  onReset: () => void;
  resetHint: MessageKey;
  timeTestId: string;
}

/**
 * Play, pause, step, speed, fast-forward and reset, with the simulated time always visible: the
 * same controls for every simulation (each mode passes its own store's state and actions).
 */
export function PlaybackControls(p: PlaybackControlsProps) {
  const t = useT();
  return (
    <div className="bl-playback" role="toolbar" aria-label={t('playback.label')}>
      {p.playing ? (
        <button type="button" className="bl-btn bl-btn-primary" onClick={p.onPause} aria-keyshortcuts="Space">
          ❚❚ {t('playback.pause')}
        </button>
      ) : (
        <button type="button" className="bl-btn bl-btn-primary" onClick={p.onPlay} aria-keyshortcuts="Space">
          ▶ {t('playback.play')}
        </button>
      )}
      <button type="button" className="bl-btn" onClick={p.onStep} title={t('playback.stepHint')}>
        ▸| {t('playback.step')}
      </button>
      <label className="bl-speed">
        <span>{t('playback.speed')}</span>
        <select value={p.speed} onChange={(e) => p.onSpeed(Number(e.target.value))}>
          {p.speeds.map((v) => (
            <option key={v} value={v}>
              {v}×
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="bl-btn" onClick={p.onFastForward} title={t('playback.fastForwardHint')}>
        » {t('playback.fastForward')}
      </button>
      <button type="button" className="bl-btn" onClick={p.onReset} title={t(p.resetHint)}>
        ↺ {t('playback.reset')}
      </button>
      <output className="bl-simtime" aria-label={t('playback.time')} data-testid={p.timeTestId}>
        {formatSimTime(p.time)}
      </output>
    </div>
  );
}
