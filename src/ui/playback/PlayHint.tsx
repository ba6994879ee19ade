import { useState } from 'react';
import { useSim, useT } from '../../app/context';

/** First visit only: one line that says what to do, gone as soon as the student presses play. */
export function PlayHint() {
  const t = useT();
  const playing = useSim((s) => s.playing);
  const [seen, setSeen] = useState(false);
  if (playing && !seen) setSeen(true);
  if (seen || playing) return null;
  return (
    <p className="bl-play-hint" role="note">
      <span aria-hidden="true">▶</span> {t('playback.hint')}
    </p>
  );
}
