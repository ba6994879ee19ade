import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import '../faults.css';

/** How the broker side of a node stands, drawn on its frame (dashed when gone, red when failed...). */
export type NodeCondition = 'down' | 'failed' | 'gone' | null;

interface Props {
  kind: 'producer' | 'exchange' | 'queue' | 'consumer';
  label: string;
  title: string;
  subtitle?: string;
  icon: string;
  selected: boolean;
  inputs: boolean;
  outputs: boolean;
  condition?: NodeCondition;
  children?: ReactNode;
}

/** The shared body of every node: one shape and colour per kind, handles left (in) and right (out). */
export function NodeFrame({ kind, label, title, subtitle, icon, selected, inputs, outputs, condition = null, children }: Props) {
  return (
    <div
      className={`bl-node bl-node-${kind}${selected ? ' is-selected' : ''}${condition ? ` is-${condition}` : ''}`}
      aria-label={`${label}: ${title}`}
    >
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

/**
 * A line under a node saying how its channel or broker entity stands: `bad` for what the broker
 * closed or lost, `muted` for what the application chose. The text wraps: RabbitMQ's reply text
 * is shown whole, as the student would read it in a client's exception.
 */
export function NodeBadge({ tone, hint, children }: { tone: 'bad' | 'warn' | 'muted'; hint?: string; children: ReactNode }) {
  return (
    <div className={`bl-node-badge is-${tone}`} title={hint}>
      {children}
      {hint && <span className="visually-hidden"> {hint}</span>}
    </div>
  );
}

/**
 * The row of small fault buttons at the bottom of a node; `nodrag nokey` so they neither drag
 * nor select the node. A button that disappears once used (Delete queue, Reopen channel) is
 * marked `data-gone`: the focus then moves to its node, so keyboard users keep their place.
 */
export function NodeFaults({ children }: { children: ReactNode }) {
  return (
    <div
      className="bl-node-faults nodrag nokey"
      onClickCapture={(e) => {
        if (e.target instanceof Element && e.target.closest('[data-gone]'))
          e.currentTarget.closest<HTMLElement>('.react-flow__node')?.focus();
      }}
    >
      {children}
    </div>
  );
}
