import { PlaybackControls } from '../../playback/PlaybackControls';
import { useKEditorStore, useKSim, useKSimBundle } from '../context';
import { K_SPEEDS } from '../store/sim';

/** The Kafka mode's playback: the shared controls over the Kafka simulation store. */
export function KafkaPlaybackBar() {
  const { store } = useKSimBundle();
  const editor = useKEditorStore();
  const playing = useKSim((s) => s.playing);
  const speed = useKSim((s) => s.speed);
  const time = useKSim((s) => s.time);
  const s = store.getState();
  return (
    <PlaybackControls
      playing={playing}
      speed={speed}
      time={time}
      speeds={K_SPEEDS}
      onPlay={s.play}
      onPause={s.pause}
      onStep={s.step}
      onSpeed={s.setSpeed}
      onFastForward={() => s.fastForward(10_000)}
      onReset={() => s.reset(editor.getState().doc)}
      resetHint="kafka.playback.resetHint"
      timeTestId="kafka-sim-time"
    />
  );
}
