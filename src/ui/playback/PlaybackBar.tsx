import { useEditorStore, useSimBundle } from '../../app/context';
import { SPEEDS } from '../../store/sim';
import { PlaybackControls } from './PlaybackControls';

/** The AMQP mode's playback: the shared controls over the AMQP simulation store. */
export function PlaybackBar() {
  const { store } = useSimBundle();
  const editor = useEditorStore();
  return <PlaybackControls store={store} speeds={SPEEDS} onReset={() => store.getState().reset(editor.getState().doc)} resetHint="playback.resetHint" timeTestId="sim-time" />;
}
