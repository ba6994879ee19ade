import { useEditorStore, useSim, useSimBundle, useT } from '../../app/context';
import { SPEEDS } from '../../store/sim';
import { formatSimTime } from './format';

/** Play, pause, step, speed, fast-forward and reset; the simulated time is always visible. */
export function PlaybackBar() {
  const t = useT();
  const { store } = useSimBundle();
  const editor = useEditorStore();
  const playing = useSim((s) => s.playing);
  const speed = useSim((s) => s.speed);
  const time = useSim((s) => s.time);
  const s = store.getState();

  return (
    <div className="bl-playback" role="toolbar" aria-label={t('playback.label')}>
      {playing ? (
        <button type="button" className="bl-btn bl-btn-primary" onClick={s.pause} aria-keyshortcuts="Space">
          ❚❚ {t('playback.pause')}
        </button>
      ) : (
        <button type="button" className="bl-btn bl-btn-primary" onClick={s.play} aria-keyshortcuts="Space">
          ▶ {t('playback.play')}
        </button>
      )}
      <button type="button" className="bl-btn" onClick={s.step} title={t('playback.stepHint')}>
        ▸| {t('playback.step')}
      </button>
      <label className="bl-speed">
        <span>{t('playback.speed')}</span>
        <select value={speed} onChange={(e) => s.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v}×
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="bl-btn" onClick={() => s.fastForward(10_000)} title={t('playback.fastForwardHint')}>
        » {t('playback.fastForward')}
      </button>
      <button type="button" className="bl-btn" onClick={() => s.reset(editor.getState().doc)} title={t('playback.resetHint')}>
        ↺ {t('playback.reset')}
      </button>
      <output className="bl-simtime" aria-label={t('playback.time')} data-testid="sim-time">
        {formatSimTime(time)}
      </output>
    </div>
  );
}
