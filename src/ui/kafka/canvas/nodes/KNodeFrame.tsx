import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { KafkaNodeKind } from '../../../../scenario/kafka/types';
import { IN, OUT } from '../../../../sim/kafka/anchors';
import { K_ICONS } from './icons';


interface Props {
  kind: KafkaNodeKind;
  label: string;
  title: string;
  subtitle?: string;
  selected: boolean;
  inputs: boolean;
  outputs: boolean;
  wide?: boolean;
  children?: ReactNode;
}

/**
 * The shared body of every Kafka node: one shape and colour per kind (the producer keeps the
 * AMQP producer's), the main handles in the header: in on the left, out on the right.
 */
export function KNodeFrame({ kind, label, title, subtitle, selected, inputs, outputs, wide, children }: Props) {
  return (
    <div className={`bl-node kf-node kf-node-${kind}${wide ? ' kf-wide' : ''}${selected ? ' is-selected' : ''}`} role="group" aria-label={`${label}: ${title}`}>
      <div className="kf-head">
        {inputs && <Handle id={IN} type="target" position={Position.Left} className="bl-handle" />}
        <div className="bl-node-head">
          <span className="bl-node-icon" aria-hidden="true">
            {K_ICONS[kind]}
          </span>
          <span className="bl-node-kind">{label}</span>
        </div>
        <div className="bl-node-title" title={title}>
          {title || '""'}
        </div>
        {subtitle && <div className="bl-node-sub">{subtitle}</div>}
        {outputs && <Handle id={OUT} type="source" position={Position.Right} className="bl-handle" />}
      </div>
      {children}
    </div>
  );
}

/** A handle a token can aim at, which the user cannot drag from (partition and member rows). */
export function RowHandle({ id, type }: { id: string; type: 'source' | 'target' }) {
  return <Handle id={id} type={type} position={type === 'source' ? Position.Right : Position.Left} isConnectable={false} className="kf-row-handle" />;
}
