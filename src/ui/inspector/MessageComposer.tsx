import { useT } from '../../app/context';
import { parseShortString } from '../../scenario/validate-fields';
import type { MessageTemplate, ProducerNode } from '../../scenario/types';
import { CheckboxField } from './fields/CheckboxField';
import { TextField } from './fields/TextField';
import { HeaderListEditor } from './HeaderListEditor';
import { MessageProperties } from './MessageProperties';
import { PayloadEditor } from './PayloadEditor';

export type UpdateProducer = (make: (node: ProducerNode) => Partial<ProducerNode>) => void;
export type UpdateMessage = (make: (message: MessageTemplate) => Partial<MessageTemplate>) => void;

/** The message a producer sends: routing key, mandatory, headers, properties and payload. */
export function MessageComposer({ node, update }: { node: ProducerNode; update: UpdateProducer }) {
  const t = useT();
  const { message } = node;
  const updateMessage: UpdateMessage = (make) => update((n) => ({ message: { ...n.message, ...make(n.message) } }));

  return (
    <fieldset className="insp-group">
      <legend>{t('insp.message.legend')}</legend>
      <TextField
        label={t('insp.message.routingKey')}
        value={message.routingKey}
        mono
        parse={parseShortString}
        onCommit={(routingKey) => updateMessage(() => ({ routingKey }))}
      />
      <CheckboxField
        label={t('insp.message.mandatory')}
        hint={t('insp.message.mandatory.hint')}
        checked={message.mandatory}
        onChange={(mandatory) => updateMessage(() => ({ mandatory }))}
      />
      <HeaderListEditor
        legend={t('insp.message.headers')}
        rowLabel={(n) => t('insp.message.header', { n })}
        addLabel={t('insp.message.addHeader')}
        newKey="header"
        entries={message.headers}
        onChange={(headers) => updateMessage(() => ({ headers }))}
      />
      <MessageProperties properties={message.properties} updateMessage={updateMessage} />
      <PayloadEditor message={message} updateMessage={updateMessage} />
    </fieldset>
  );
}
