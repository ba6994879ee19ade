import { useEditor, useT } from '../../app/context';
import { lazy, Suspense } from 'react';
import { MultiSelection, Summary } from './Summary';
import './inspector.css';

const SelectionEditor = lazy(() => import('./SelectionEditor'));

export interface InspectorProps {
  /** Publishes the producer's message once; wired by the simulation. Without it the button is inert. */
  onPublish?: (producerId: string) => void;
}

/** The right-hand panel: edits whatever is selected. */
export function Inspector({ onPublish }: InspectorProps) {
  const t = useT();
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
  else
    body = (
      <Suspense fallback={<p className="insp-hint">{t('app.loading')}</p>}>
        <SelectionEditor id={selected.id} kind={selected.kind} onPublish={onPublish} />
      </Suspense>
    );

  return (
    <aside className="bl-inspector insp" aria-labelledby="insp-title">
      <h2 id="insp-title" className="bl-panel-title">
        {t('insp.title')}
      </h2>
      {body}
    </aside>
  );
}
