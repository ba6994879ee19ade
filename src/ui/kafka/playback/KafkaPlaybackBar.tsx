import { PlaybackControls } from '../../playback/PlaybackControls';
import { useKEditorStore, useKSimBundle } from '../context';
import { K_SPEEDS } from '../store/sim';

/** The Kafka mode's playback: the shared controls over the Kafka simulation store. */
export function KafkaPlaybackBar() {
  const { store } = useKSimBundle();
  const editor = useKEditorStore();
  return <PlaybackControls store={store} speeds={K_SPEEDS} onReset={() => store.getState().reset(editor.getState().doc)} resetHint="kafka.playback.resetHint" timeTestId="kafka-sim-time" />;
}
