import { useState } from 'react';
import { useEditor, useEditorStore, useT } from '../../app/context';
import { connect } from '../../scenario/connect';
import type { ScenarioNode } from '../../scenario/types';
import { useFieldIds } from './fields/field-ids';

/**
 * Connecting without a mouse: pick a target for the selected node. Only targets that make sense
 * for AMQP are offered (the same rules as dragging a handle), so the keyboard path can never
 * build what the canvas would refuse.
 */
export function ConnectFrom({ id }: { id: string }) {
  const t = useT();
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const [target, setTarget] = useState('');
  const ids = useFieldIds();
  const candidates = doc.nodes.filter((n) => n.id !== id && connect(doc, id, n.id).ok);
  if (candidates.length === 0) return null;
  const label = (n: ScenarioNode) => `${t(`node.${n.kind}`)}: ${n.name || '""'}`;
  const chosen = candidates.some((n) => n.id === target) ? target : (candidates[0]?.id ?? '');
  return (
    <fieldset className="insp-group">
      <legend>{t('insp.connect.legend')}</legend>
      <label htmlFor={ids.input}>{t('insp.connect.target')}</label>
      <div className="insp-connect">
        <select id={ids.input} value={chosen} onChange={(e) => setTarget(e.target.value)}>
          {candidates.map((n) => (
            <option key={n.id} value={n.id}>
              {label(n)}
            </option>
          ))}
        </select>
        <button type="button" className="insp-button" onClick={() => store.getState().connect(id, chosen)}>
          {t('insp.connect.add')}
        </button>
      </div>
      <p className="insp-hint">{t('insp.connect.hint')}</p>
    </fieldset>
  );
}
