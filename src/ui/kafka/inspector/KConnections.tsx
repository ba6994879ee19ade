import { useState } from 'react';
import { useT } from '../../../app/context';
import type { MessageKey } from '../../../i18n/en';
import { connectKafka } from '../../../scenario/kafka/connect';
import type { KafkaNode } from '../../../scenario/kafka/types';
import { useFieldIds } from '../../inspector/fields/field-ids';
import { useKEditor, useKEditorStore } from '../context';

const KIND: Readonly<Record<KafkaNode['kind'], MessageKey>> = {
  producer: 'kafka.node.producer',
  topic: 'kafka.node.topic',
  group: 'kafka.node.group',
  brokers: 'kafka.node.brokers',
  connect: 'kafka.node.connect',
  connector: 'kafka.node.connector',
  file: 'kafka.node.file',
};

/**
 * Connecting without a mouse: the selected node's connections (each removable) and a target to
 * connect to. Only targets the canvas would accept are offered (connectKafka decides both).
 */
export function KConnections({ id }: { id: string }) {
  const t = useT();
  const store = useKEditorStore();
  const doc = useKEditor((s) => s.doc);
  const [target, setTarget] = useState('');
  const ids = useFieldIds();
  const name = (nid: string) => {
    const n = doc.nodes.find((x) => x.id === nid);
    return n ? `${t(KIND[n.kind])}: ${n.name}` : nid;
  };
  const edges = doc.edges.filter((e) => e.source === id || e.target === id);
  const candidates = doc.nodes.filter((n) => n.id !== id && connectKafka(doc, id, n.id).ok);
  const chosen = candidates.some((n) => n.id === target) ? target : (candidates[0]?.id ?? '');
  if (edges.length === 0 && candidates.length === 0) return null;
  return (
    <fieldset className="insp-group">
      <legend>{t('kafka.connections.legend')}</legend>
      {edges.length > 0 && (
        <ul className="kf-connections">
          {edges.map((e) => (
            <li key={e.id}>
              <span>
                {e.source === id ? '→ ' : '← '}
                {name(e.source === id ? e.target : e.source)}
              </span>
              <button type="button" className="kf-icon-btn" onClick={() => store.getState().select({ nodes: [], edges: [e.id] })} aria-label={t('kafka.connections.select', { name: name(e.source === id ? e.target : e.source) })} title={t('kafka.connections.select', { name: name(e.source === id ? e.target : e.source) })}>
                ⋯
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <>
          <label htmlFor={ids.input}>{t('kafka.connections.target')}</label>
          <div className="kf-button-row">
            <select id={ids.input} className="kf-grow" value={chosen} onChange={(e) => setTarget(e.target.value)}>
              {candidates.map((n) => (
                <option key={n.id} value={n.id}>
                  {name(n.id)}
                </option>
              ))}
            </select>
            <button type="button" className="insp-button" onClick={() => store.getState().connect(id, chosen)}>
              {t('kafka.connections.add')}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
