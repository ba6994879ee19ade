import { useStore } from 'zustand';
import type { Translate } from '../../app/context';
import type { SessionStore } from './session';

/** Says when progress could not be read or saved; never blocks the exercises. */
export function ProgressNotice({ session, t }: { session: SessionStore; t: Translate }) {
  const notice = useStore(session, (s) => s.progressNotice);
  const saveError = useStore(session, (s) => s.saveError);
  const lines: string[] = [];
  if (notice?.kind === 'corrupt') lines.push(t('ex.progress.corrupt', { key: notice.keptAt }));
  if (notice?.kind === 'stuck') lines.push(t('ex.progress.stuck'));
  if (notice?.kind === 'unavailable') lines.push(t('ex.progress.unavailable'));
  if (saveError === 'quota') lines.push(t('ex.progress.quota'));
  if (lines.length === 0) return null;
  return (
    <div className="bl-ex-notice" role="status">
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </div>
  );
}
