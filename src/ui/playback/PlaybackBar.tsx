import { useEditorStore, useSim, useSimBundle } from '../../app/context';
import { SPEEDS } from '../../store/sim';
import { PlaybackControls } from './PlaybackControls';

/** The AMQP mode's playback: the shared controls over the AMQP simulation store. */
export function PlaybackBar() {
  const { store } = useSimBundle();
  const editor = useEditorStore();
  const playing = useSim((s) => s.playing);
  const speed = useSim((s) => s.speed);
  const time = useSim((s) => s.time);
  const s = store.getState();
  return (
    <PlaybackControls
      playing={playing}
      speed={speed}
      time={time}
      speeds={SPEEDS}
      onPlay={s.play}
      onPause={s.pause}
      onStep={s.step}
      onSpeed={s.setSpeed}
      onFastForward={() => s.fastForward(10_000)}
      onReset={() => s.reset(editor.getState().doc)}
      resetHint="playback.resetHint"
      timeTestId="sim-time"
    />
  );
}
