import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditor, useT } from '../../../app/context';

/** One view for the three edge kinds; a binding shows its key (or its header arguments). */
export const ScenarioEdgeView = memo(function ScenarioEdgeView(props: EdgeProps) {
  const t = useT();
  const edge = useEditor((s) => s.doc.edges.find((e) => e.id === props.id));
  // Several bindings between the same two nodes share one curve: spread their labels apart.
  const parallel = useEditor((s) => {
    const siblings = s.doc.edges.filter((e) => e.source === props.source && e.target === props.target);
    return `${siblings.findIndex((e) => e.id === props.id)}/${siblings.length}`;
  });
  const [index, count] = parallel.split('/').map(Number) as [number, number];
  const labelShift = (index - (count - 1) / 2) * 22;
  const [path, labelX, labelY] = getBezierPath(props);
  if (!edge) return null;
  let label = '';
  if (edge.kind === 'binding') {
    label = edge.args.length
      ? `${edge.xMatch}: ${edge.args.map((a) => `${a.key}=${a.value.kind === 'void' ? '∅' : String(a.value.value)}`).join(', ')}`
      : edge.key === ''
        ? t('edge.emptyKey')
        : edge.key;
  }
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        className={`bl-edge bl-edge-${edge.kind}${props.selected ? ' is-selected' : ''}${props.data?.onPath ? ' is-path' : ''}`}
      />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`bl-edge-label nodrag nopan${props.selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY + labelShift}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
