import { useT } from '../../app/context';
import { parseName, queueShapeError } from '../../scenario/validate-fields';
import { CheckboxField } from './fields/CheckboxField';
import { TextField } from './fields/TextField';
import { QueueArgsFields } from './QueueArgsFields';
import { useOtherNames } from './use-names';
import { useNode, useUpdateNode } from './use-update';

export function QueueForm({ id }: { id: string }) {
  const t = useT();
  const node = useNode(id, 'queue');
  const update = useUpdateNode(id, 'queue');
  const others = useOtherNames('queue', id);
  if (!node) return null;

  const shape = { durable: node.durable, exclusive: node.exclusive, quorum: node.args.queueType === 'quorum', overflow: node.args.overflow };

  return (
    <>
      <fieldset className="insp-group">
        <legend>{t('insp.queue.settings')}</legend>
        <TextField
          label={t('insp.name')}
          value={node.name}
          mono
          parse={(text) => parseName(text, { kind: 'queue', current: node.name, taken: others })}
          onCommit={(name) => update(() => ({ name }))}
        />
        <CheckboxField
          label={t('insp.durable')}
          hint={t('insp.queue.durable.hint')}
          checked={node.durable}
          onChange={(durable) => queueShapeError({ ...shape, durable }) ?? update(() => ({ durable }))}
        />
        <CheckboxField
          label={t('insp.exclusive')}
          hint={t('insp.queue.exclusive.hint')}
          checked={node.exclusive}
          onChange={(exclusive) => queueShapeError({ ...shape, exclusive }) ?? update(() => ({ exclusive }))}
        />
        <CheckboxField
          label={t('insp.autoDelete')}
          hint={t('insp.queue.autoDelete.hint')}
          checked={node.autoDelete}
          onChange={(autoDelete) => update(() => ({ autoDelete }))}
        />
      </fieldset>
      <QueueArgsFields node={node} update={update} />
    </>
  );
}
