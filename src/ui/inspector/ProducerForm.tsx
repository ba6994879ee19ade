import { useId } from 'react';
import { useT } from '../../app/context';
import { ClientNameFields } from './ClientNameFields';
import { CheckboxField } from './fields/CheckboxField';
import { MessageComposer } from './MessageComposer';
import { ScheduleFields } from './ScheduleFields';
import { useNode, useUpdateNode } from './use-update';

export function ProducerForm({ id, onPublish }: { id: string; onPublish?: (producerId: string) => void }) {
  const t = useT();
  const node = useNode(id, 'producer');
  const update = useUpdateNode(id, 'producer');
  const publishHintId = useId();
  if (!node) return null;

  return (
    <>
      <fieldset className="insp-group">
        <legend>{t('insp.producer.settings')}</legend>
        <ClientNameFields name={node.name} app={node.app} onName={(name) => update(() => ({ name }))} onApp={(app) => update(() => ({ app }))} />
        <CheckboxField
          label={t('insp.producer.confirm')}
          hint={t('insp.producer.confirm.hint')}
          checked={node.confirm}
          onChange={(confirm) => update(() => ({ confirm }))}
        />
        <div className="insp-actions">
          {/* aria-disabled rather than disabled: it stays focusable and its reason stays readable. */}
          <button
            type="button"
            className="insp-button insp-primary"
            aria-disabled={onPublish ? undefined : true}
            aria-describedby={onPublish ? undefined : publishHintId}
            title={onPublish ? undefined : t('insp.producer.publishUnavailable')}
            onClick={() => onPublish?.(id)}
          >
            {t('insp.producer.publishNow')}
          </button>
          {!onPublish && (
            <p id={publishHintId} className="insp-hint">
              {t('insp.producer.publishUnavailable')}
            </p>
          )}
        </div>
      </fieldset>
      <MessageComposer node={node} update={update} />
      <ScheduleFields node={node} update={update} />
    </>
  );
}
