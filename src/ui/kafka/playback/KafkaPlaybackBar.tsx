import { useT } from '../../../app/context';
import { formatSimTime } from '../../playback/format';
import { useKEditorStore, useKSim, useKSimBundle } from '../context';
import { K_SPEEDS } from '../store/sim';

/** Play, pause, step, speed, fast-forward and reset, as in the AMQP mode; the simulated time is always visible. */
export function KafkaPlaybackBar() {
  const t = useT();
  const { store } = useKSimBundle();
  const editor = useKEditorStore();
  const playing = useKSim((s) => s.playing);
  const speed = useKSim((s) => s.speed);
  const time = useKSim((s) => s.time);
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
          {K_SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v}×
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="bl-btn" onClick={() => s.fastForward(10_000)} title={t('playback.fastForwardHint')}>
        » {t('playback.fastForward')}
      </button>
      <button type="button" className="bl-btn" onClick={() => s.reset(editor.getState().doc)} title={t('kafka.playback.resetHint')}>
        ↺ {t('playback.reset')}
      </button>
      <output className="bl-simtime" aria-label={t('playback.time')} data-testid="kafka-sim-time">
        {formatSimTime(time)}
      </output>
    </div>
  );
}
