import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { EdgeData } from './flow';

/** One view for every Kafka edge; the class says what it is (a partition owned by a consumer is drawn solid). */
export const KafkaEdgeView = memo(function KafkaEdgeView(props: EdgeProps<Edge<EdgeData>>) {
  const [path] = getBezierPath(props);
  const kind = props.data?.kind ?? 'produce';
  const owned = props.data?.owned ? ' is-owned' : '';
  return <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} className={`bl-edge kf-edge kf-edge-${kind}${owned}${props.selected ? ' is-selected' : ''}`} />;
});
