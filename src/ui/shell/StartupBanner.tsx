import { useState } from 'react';
import { useT } from '../../app/context';
import type { StartupNotice } from '../../app/boot';
import { describeIssue } from '../../scenario/restore-issues';

/** Says what happened to the saved work at start-up, in the user's language; dismissible. */
export default function StartupBanner({ notice }: { notice: StartupNotice }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const details = 'issues' in notice ? notice.issues.slice(0, 5).map((i) => describeIssue(i, t)) : [];
  return (
    <div className={`bl-banner bl-banner-${notice.kind === 'draft-unreadable' ? 'warn' : 'info'}`} role="alert">
      <div>
        <strong>{t(`startup.${notice.kind}`)}</strong>
        {notice.kind === 'draft-unreadable' && <p>{t('startup.keptAt', { key: notice.keptAt })}</p>}
        {details.length > 0 && (
          <ul>
            {details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="bl-btn" onClick={() => setOpen(false)}>
        {t('startup.dismiss')}
      </button>
    </div>
  );
}
