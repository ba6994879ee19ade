import { useState } from 'react';
import { useT } from '../../app/context';
import { describeKafkaIssue } from '../../scenario/kafka/issues';
import type { KafkaNotice } from './session';

/** What happened to the saved Kafka draft or to a Kafka link at start, in the user's language; dismissible. */
export function KafkaNoticeBanner({ notice }: { notice: KafkaNotice }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const bad = notice.kind === 'draft-unreadable' || notice.kind === 'link-refused' || notice.kind === 'exercise-refused';
  const details =
    notice.kind === 'link-refused' || notice.kind === 'exercise-refused'
      ? [t(`scenario.link.${notice.error.code}`, notice.error.params), ...(notice.error.issues ?? []).slice(0, 5).map((i) => describeKafkaIssue(i, t)), t('scenario.link.keptWork')]
      : notice.issues.slice(0, 5).map((i) => describeKafkaIssue(i, t));
  return (
    <div className={`bl-banner kf-banner${bad ? ' bl-banner-warn' : ''}`} role="alert">
      <div>
        <strong>{t(`kafka.notice.${notice.kind}`)}</strong>
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
