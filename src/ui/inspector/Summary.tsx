import { useMemo } from 'react';
import { useEditor, useEditorStore, useT } from '../../app/context';
import type { MessageKey } from '../../i18n/en';

/** Nothing selected: a hint and what the scenario holds. */
export function Summary() {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const rows = useMemo(() => {
    const count = (pred: (kind: string) => boolean, list: readonly { kind: string }[]) => list.filter((x) => pred(x.kind)).length;
    const list: Array<[MessageKey, number]> = [
      ['insp.summary.producers', count((k) => k === 'producer', doc.nodes)],
      ['insp.summary.exchanges', count((k) => k === 'exchange', doc.nodes)],
      ['insp.summary.queues', count((k) => k === 'queue', doc.nodes)],
      ['insp.summary.consumers', count((k) => k === 'consumer', doc.nodes)],
      ['insp.summary.publishes', count((k) => k === 'publish', doc.edges)],
      ['insp.summary.bindings', count((k) => k === 'binding', doc.edges)],
      ['insp.summary.subscriptions', count((k) => k === 'subscription', doc.edges)],
    ];
    return list;
  }, [doc]);

  return (
    <>
      <p className="insp-text">{t('insp.empty.hint')}</p>
      <section aria-labelledby="insp-summary-title" className="insp-group">
        <h3 id="insp-summary-title" className="insp-subtitle">
          {t('insp.summary.title')}
        </h3>
        <dl className="insp-summary">
          {rows.map(([key, n]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

/** Several items selected: how many, and a way to delete them. */
export function MultiSelection({ count }: { count: number }) {
  const t = useT();
  const store = useEditorStore();
  return (
    <>
      <p className="insp-text">{t('insp.multi.count', { count })}</p>
      <p className="insp-hint">{t('insp.multi.hint')}</p>
      <DeleteButton label={t('insp.deleteSelected')} onDelete={() => store.getState().deleteSelection()} />
    </>
  );
}

export function DeleteButton({ label, onDelete }: { label: string; onDelete: () => void }) {
  const t = useT();
  return (
    <div className="insp-actions">
      <button type="button" className="insp-button insp-danger" onClick={onDelete}>
        {label}
      </button>
      <p className="insp-hint">{t('insp.deleteHint')}</p>
    </div>
  );
}
