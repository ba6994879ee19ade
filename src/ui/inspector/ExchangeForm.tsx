import { useT } from '../../app/context';
import { parseName } from '../../scenario/validate-fields';
import type { ExchangeType } from '../../scenario/types';
import { CheckboxField } from './fields/CheckboxField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { useOtherNames } from './use-names';
import { useNode, useUpdateNode } from './use-update';

const TYPES: readonly ExchangeType[] = ['direct', 'fanout', 'topic', 'headers'];

export function ExchangeForm({ id }: { id: string }) {
  const t = useT();
  const node = useNode(id, 'exchange');
  const update = useUpdateNode(id, 'exchange');
  const others = useOtherNames('exchange', id);
  if (!node) return null;

  const aeOptions = [
    { value: '', label: t('insp.none') },
    ...others.map((name) => ({ value: name, label: name })),
    ...(node.alternateExchange && !others.includes(node.alternateExchange)
      ? [{ value: node.alternateExchange, label: t('insp.notFound', { name: node.alternateExchange }) }]
      : []),
  ];

  return (
    <fieldset className="insp-group">
      <legend>{t('insp.exchange.settings')}</legend>
      <TextField
        label={t('insp.name')}
        value={node.name}
        mono
        parse={(text) => parseName(text, { kind: 'exchange', current: node.name, taken: others })}
        onCommit={(name) => update(() => ({ name }))}
      />
      <SelectField
        label={t('insp.exchange.type')}
        value={node.type}
        hint={t(`insp.exchange.type.${node.type}`)}
        options={TYPES.map((type) => ({ value: type, label: type }))}
        onChange={(type) => update(() => ({ type }))}
      />
      <CheckboxField
        label={t('insp.durable')}
        hint={t('insp.exchange.durable.hint')}
        checked={node.durable}
        onChange={(durable) => update(() => ({ durable }))}
      />
      <CheckboxField
        label={t('insp.autoDelete')}
        hint={t('insp.exchange.autoDelete.hint')}
        checked={node.autoDelete}
        onChange={(autoDelete) => update(() => ({ autoDelete }))}
      />
      <CheckboxField
        label={t('insp.exchange.internal')}
        hint={t('insp.exchange.internal.hint')}
        checked={node.internal}
        onChange={(internal) => update(() => ({ internal }))}
      />
      <SelectField
        label={t('insp.exchange.ae')}
        hint={t('insp.exchange.ae.hint')}
        value={node.alternateExchange}
        mono
        options={aeOptions}
        onChange={(alternateExchange) => update(() => ({ alternateExchange }))}
      />
    </fieldset>
  );
}
