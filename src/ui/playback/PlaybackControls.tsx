import { useStore, type StoreApi } from 'zustand';
import { useT } from '../../app/context';
import type { MessageKey } from '../../i18n/en';
import { formatSimTime } from './format';

/** What both simulation stores (AMQP and Kafka) offer the playback controls. */
export interface PlaybackState {
  playing: boolean;
  speed: number;
  /** Simulated ms. */
  time: number;
  play: () => void;
  pause: () => void;
  step: () => void;
  setSpeed: (speed: number) => void;
  fastForward: (ms: number) => void;
}

export interface PlaybackControlsProps<S extends PlaybackState> {
  store: StoreApi<S>;
  speeds: readonly number[];
  /** Starts the simulation over from the document being edited. */
  onReset: () => void;
  resetHint: MessageKey;
  timeTestId: string;
}

/**
 * Play, pause, step, speed, fast-forward (+10 s) and reset, with the simulated time always
 * visible: the same controls over either mode's simulation store.
 */
export function PlaybackControls<S extends PlaybackState>({ store, speeds, onReset, resetHint, timeTestId }: PlaybackControlsProps<S>) {
  const t = useT();
  const playing = useStore(store, (s) => s.playing);
  const speed = useStore(store, (s) => s.speed);
  const time = useStore(store, (s) => s.time);
  const s = store.getState();
  const p = { playing, speed, time, speeds, onPlay: s.play, onPause: s.pause, onStep: s.step, onSpeed: s.setSpeed, onFastForward: () => s.fastForward(10_000), onReset, resetHint, timeTestId };
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
