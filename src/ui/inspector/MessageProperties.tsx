import { useT } from '../../app/context';
import {
  parseExpiration,
  parseOptionalInteger,
  parseOptionalShortString,
  RANGES,
} from '../../scenario/validate-fields';
import type { MessageTemplate } from '../../scenario/types';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import type { UpdateMessage } from './MessageComposer';
import { withKey } from './use-update';

type Props = MessageTemplate['properties'];
type StringProp = 'contentType' | 'contentEncoding' | 'correlationId' | 'replyTo' | 'messageId' | 'type' | 'userId' | 'appId';

const UNSET = '\u0000unset';

/** The basic properties of broker-semantics F.1; empty = not set. */
export function MessageProperties({ properties, updateMessage }: { properties: Props; updateMessage: UpdateMessage }) {
  const t = useT();
  const setProp = <K extends keyof Props>(key: K, value: Props[K] | undefined) =>
    updateMessage((m) => ({ properties: withKey(m.properties, key, value) }));

  const text = (key: StringProp, hint?: string) => (
    <TextField
      label={t(`insp.prop.${key}`)}
      hint={hint}
      value={properties[key] ?? ''}
      mono
      parse={parseOptionalShortString}
      onCommit={(v) => setProp(key, v)}
    />
  );

  return (
    <fieldset className="insp-group">
      <legend>{t('insp.message.properties')}</legend>
      <p className="insp-hint">{t('insp.message.properties.hint')}</p>
      {text('contentType')}
      {text('contentEncoding')}
      <SelectField<'1' | '2' | typeof UNSET>
        label={t('insp.prop.deliveryMode')}
        hint={t('insp.prop.deliveryMode.hint')}
        value={properties.deliveryMode === undefined ? UNSET : properties.deliveryMode === 2 ? '2' : '1'}
        options={[
          { value: UNSET, label: t('insp.notSet') },
          { value: '2', label: t('insp.prop.deliveryMode.persistent') },
          { value: '1', label: t('insp.prop.deliveryMode.transient') },
        ]}
        onChange={(v) => setProp('deliveryMode', v === UNSET ? undefined : v === '2' ? 2 : 1)}
      />
      <TextField
        label={t('insp.prop.priority')}
        hint={t('insp.prop.priority.hint')}
        value={properties.priority === undefined ? '' : String(properties.priority)}
        numeric
        mono
        parse={(s) => parseOptionalInteger(s, RANGES.messagePriority)}
        onCommit={(v) => setProp('priority', v)}
      />
      {text('correlationId')}
      {text('replyTo')}
      <TextField
        label={t('insp.prop.expiration')}
        hint={t('insp.prop.expiration.hint')}
        value={properties.expiration ?? ''}
        numeric
        mono
        parse={parseExpiration}
        onCommit={(v) => setProp('expiration', v)}
      />
      {text('messageId')}
      <TextField
        label={t('insp.prop.timestamp')}
        hint={t('insp.prop.timestamp.hint')}
        value={properties.timestamp === undefined ? '' : String(properties.timestamp)}
        numeric
        mono
        parse={(s) => parseOptionalInteger(s, RANGES.timestamp)}
        onCommit={(v) => setProp('timestamp', v)}
      />
      {text('type')}
      {text('userId', t('insp.prop.userId.hint'))}
      {text('appId')}
    </fieldset>
  );
}
