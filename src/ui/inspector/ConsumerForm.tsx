import { useT } from '../../app/context';
import { parseInteger, RANGES } from '../../scenario/validate-fields';
import { ACTION_CHOICES, actionToChoice, choiceToAction } from './consumer-actions';
import { ClientNameFields } from './ClientNameFields';
import { CheckboxField } from './fields/CheckboxField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { useNode, useUpdateNode } from './use-update';

export function ConsumerForm({ id }: { id: string }) {
  const t = useT();
  const node = useNode(id, 'consumer');
  const update = useUpdateNode(id, 'consumer');
  if (!node) return null;
  const auto = node.ackMode === 'auto';

  return (
    <>
      <fieldset className="insp-group">
        <legend>{t('insp.consumer.settings')}</legend>
        <ClientNameFields name={node.name} app={node.app} onName={(name) => update(() => ({ name }))} onApp={(app) => update(() => ({ app }))} />
      </fieldset>
      <fieldset className="insp-group">
        <legend>{t('insp.consumer.consuming')}</legend>
        <SelectField
          label={t('insp.consumer.ackMode')}
          hint={t('insp.consumer.ackMode.hint')}
          value={node.ackMode}
          options={[
            { value: 'manual', label: t('insp.consumer.ackMode.manual') },
            { value: 'auto', label: t('insp.consumer.ackMode.auto') },
          ]}
          onChange={(ackMode) => update(() => ({ ackMode }))}
        />
        <TextField
          label={t('insp.consumer.prefetch')}
          hint={t('insp.consumer.prefetch.hint')}
          value={String(node.prefetch)}
          numeric
          mono
          parse={(text) => parseInteger(text, RANGES.prefetch)}
          onCommit={(prefetch) => update(() => ({ prefetch }))}
        />
        <CheckboxField
          label={t('insp.consumer.global')}
          hint={t('insp.consumer.global.hint')}
          checked={node.prefetchGlobal}
          onChange={(prefetchGlobal) => update(() => ({ prefetchGlobal }))}
        />
        <TextField
          label={t('insp.consumer.priority')}
          hint={t('insp.consumer.priority.hint')}
          value={String(node.priority)}
          numeric
          mono
          parse={(text) => parseInteger(text, RANGES.consumerPriority)}
          onCommit={(priority) => update(() => ({ priority }))}
        />
        <CheckboxField
          label={t('insp.consumer.exclusive')}
          hint={t('insp.consumer.exclusive.hint')}
          checked={node.exclusive}
          onChange={(exclusive) => update(() => ({ exclusive }))}
        />
      </fieldset>
      <fieldset className="insp-group">
        <legend>{t('insp.consumer.behaviour')}</legend>
        <TextField
          label={t('insp.consumer.processing')}
          hint={t('insp.consumer.processing.hint')}
          value={String(node.processingMs)}
          numeric
          mono
          parse={(text) => parseInteger(text, RANGES.count)}
          onCommit={(processingMs) => update(() => ({ processingMs }))}
        />
        <SelectField
          label={t('insp.consumer.action')}
          hint={auto ? t('insp.consumer.action.hint') : undefined}
          value={actionToChoice(node.action)}
          options={ACTION_CHOICES.map((c) => ({ value: c, label: t(`insp.action.${c}`) }))}
          onChange={(choice) => update(() => ({ action: choiceToAction(choice) }))}
        />
      </fieldset>
    </>
  );
}
