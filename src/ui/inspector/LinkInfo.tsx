import { useEditor, useT } from '../../app/context';
import { useNodeName } from './use-names';

/** Publish and subscription links carry no settings: say what they mean. */
export function LinkInfo({ id }: { id: string }) {
  const t = useT();
  const edge = useEditor((s) => s.doc.edges.find((e) => e.id === id));
  const targetKind = useEditor((s) => s.doc.nodes.find((n) => n.id === edge?.target)?.kind);
  const source = useNodeName(edge?.source ?? '');
  const target = useNodeName(edge?.target ?? '');
  if (!edge || edge.kind === 'binding') return null;
  const text =
    edge.kind === 'subscription'
      ? t('insp.subscription.text', { source, target })
      : targetKind === 'queue'
        ? t('insp.publish.toQueue', { source, target })
        : t('insp.publish.text', { source, target });
  return <p className="insp-text">{text}</p>;
}
