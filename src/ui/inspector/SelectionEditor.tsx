import { useEditorStore, useT } from '../../app/context';
import { inspectorFormsEn, inspectorFormsPt } from '../../i18n/parts/inspector-forms';
import { registerMessages } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/en';
import { BindingForm } from './BindingForm';
import { ConnectFrom } from './ConnectFrom';
import { ConsumerForm } from './ConsumerForm';
import { ExchangeForm } from './ExchangeForm';
import { LinkInfo } from './LinkInfo';
import { ProducerForm } from './ProducerForm';
import { QueueForm } from './QueueForm';
import { DeleteButton } from './Summary';
import type { InspectorProps } from './Inspector';

// The forms (and their words) load on the first selection: a first visit, with nothing
// selected, does not download them.
registerMessages(inspectorFormsEn, inspectorFormsPt);

type Kind = 'producer' | 'exchange' | 'queue' | 'consumer' | 'publish' | 'binding' | 'subscription';

export default function SelectionEditor({ id, kind, onPublish }: { id: string; kind: Kind } & InspectorProps) {
  const t = useT();
  const store = useEditorStore();
  // Keyed by id: selecting another item starts its fields afresh (no stale drafts).
  const form =
    kind === 'exchange' ? <ExchangeForm key={id} id={id} />
    : kind === 'queue' ? <QueueForm key={id} id={id} />
    : kind === 'consumer' ? <ConsumerForm key={id} id={id} />
    : kind === 'producer' ? <ProducerForm key={id} id={id} onPublish={onPublish} />
    : kind === 'binding' ? <BindingForm key={id} id={id} />
    : <LinkInfo key={id} id={id} />;
  return (
    <>
      <h3 className="insp-subtitle">{t(`insp.heading.${kind}` satisfies MessageKey)}</h3>
      {kind !== 'publish' && kind !== 'subscription' && <p className="insp-hint">{t('insp.textHint')}</p>}
      {form}
      {(kind === 'producer' || kind === 'exchange' || kind === 'queue') && <ConnectFrom key={`c-${id}`} id={id} />}
      <DeleteButton label={t('insp.delete')} onDelete={() => store.getState().deleteSelection()} />
    </>
  );
}
