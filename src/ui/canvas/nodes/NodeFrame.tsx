import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';

interface Props {
  kind: 'producer' | 'exchange' | 'queue' | 'consumer';
  label: string;
  title: string;
  subtitle?: string;
  icon: string;
  selected: boolean;
  inputs: boolean;
  outputs: boolean;
  children?: ReactNode;
}

/** The shared body of every node: one shape and colour per kind, handles left (in) and right (out). */
export function NodeFrame({ kind, label, title, subtitle, icon, selected, inputs, outputs, children }: Props) {
  return (
    <div className={`bl-node bl-node-${kind}${selected ? ' is-selected' : ''}`} role="group" aria-label={`${label}: ${title}`}>
      {inputs && <Handle type="target" position={Position.Left} className="bl-handle" />}
      <div className="bl-node-head">
        <span className="bl-node-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="bl-node-kind">{label}</span>
      </div>
      <div className="bl-node-title" title={title}>
        {title || '""'}
      </div>
      {subtitle && <div className="bl-node-sub">{subtitle}</div>}
      {children}
      {outputs && <Handle type="source" position={Position.Right} className="bl-handle" />}
    </div>
  );
}
