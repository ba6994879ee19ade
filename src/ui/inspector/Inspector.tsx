import { useEditor, useEditorStore, useT } from '../../app/context';
import type { MessageKey } from '../../i18n/en';
import { BindingForm } from './BindingForm';
import { ConnectFrom } from './ConnectFrom';
import { ConsumerForm } from './ConsumerForm';
import { ExchangeForm } from './ExchangeForm';
import { LinkInfo } from './LinkInfo';
import { ProducerForm } from './ProducerForm';
import { QueueForm } from './QueueForm';
import { DeleteButton, MultiSelection, Summary } from './Summary';
import './inspector.css';

export interface InspectorProps {
  /** Publishes the producer's message once; wired by the simulation. Without it the button is inert. */
  onPublish?: (producerId: string) => void;
}

/** The right-hand panel: edits whatever is selected. */
export function Inspector({ onPublish }: InspectorProps) {
  const t = useT();
  const store = useEditorStore();
  const selection = useEditor((s) => s.selection);
  const count = selection.nodes.length + selection.edges.length;
  // Primitive selections: the panel re-renders only when what is selected changes.
  const selectedId = useEditor((s) =>
    s.selection.nodes.length + s.selection.edges.length === 1 ? (s.selection.nodes[0] ?? s.selection.edges[0]) : null,
  );
  const kind = useEditor((s) =>
    selectedId === null ? null : (s.doc.nodes.find((n) => n.id === selectedId) ?? s.doc.edges.find((e) => e.id === selectedId))?.kind,
  );
  const selected = selectedId !== null && kind ? { id: selectedId, kind } : null;

  let body;
  if (count === 0) body = <Summary />;
  else if (count > 1) body = <MultiSelection count={count} />;
  else if (!selected) body = <Summary />;
  else {
    // Keyed by id: selecting another item starts its fields afresh (no stale drafts).
    const { id, kind } = selected;
    const form =
      kind === 'exchange' ? <ExchangeForm key={id} id={id} />
      : kind === 'queue' ? <QueueForm key={id} id={id} />
      : kind === 'consumer' ? <ConsumerForm key={id} id={id} />
      : kind === 'producer' ? <ProducerForm key={id} id={id} onPublish={onPublish} />
      : kind === 'binding' ? <BindingForm key={id} id={id} />
      : <LinkInfo key={id} id={id} />;
    body = (
      <>
        <h3 className="insp-subtitle">{t(`insp.heading.${kind}` satisfies MessageKey)}</h3>
        {kind !== 'publish' && kind !== 'subscription' && <p className="insp-hint">{t('insp.textHint')}</p>}
        {form}
        {(kind === 'producer' || kind === 'exchange' || kind === 'queue') && <ConnectFrom key={`c-${id}`} id={id} />}
        <DeleteButton label={t('insp.delete')} onDelete={() => store.getState().deleteSelection()} />
      </>
    );
  }

  return (
    <aside className="bl-inspector insp" aria-labelledby="insp-title">
      <h2 id="insp-title" className="bl-panel-title">
        {t('insp.title')}
      </h2>
      {body}
    </aside>
  );
}
