/**
 * Handle points in flow coordinates, read from React Flow's measured nodes. Refreshed only when
 * React Flow's store changes (a drag, a resize, a new node), never per frame otherwise.
 */
import type { ReactFlowState } from '@xyflow/react';
import type { Anchor } from '../../../../sim/kafka/types';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export class AnchorGeometry {
  private readonly points = new Map<string, { x: number; y: number }>();
  readonly boxes = new Map<string, Box>();
  private nodesRef: unknown = null;

  update(flow: ReactFlowState, force: boolean): boolean {
    if (!force && flow.nodes === this.nodesRef) return false;
    this.nodesRef = flow.nodes;
    this.points.clear();
    this.boxes.clear();
    for (const [id, n] of flow.nodeLookup) {
      const p = n.internals.positionAbsolute;
      this.boxes.set(id, { x: p.x, y: p.y, w: n.measured.width ?? n.width ?? 0, h: n.measured.height ?? n.height ?? 0 });
      // The same points getBezierPath starts and ends at: right middle of a source handle, left middle of a target.
      for (const h of n.internals.handleBounds?.source ?? []) if (h.id) this.points.set(`${id}|${h.id}`, { x: p.x + h.x + h.width, y: p.y + h.y + h.height / 2 });
      for (const h of n.internals.handleBounds?.target ?? []) if (h.id) this.points.set(`${id}|${h.id}`, { x: p.x + h.x, y: p.y + h.y + h.height / 2 });
    }
    return true;
  }

  /** The anchor's point, into `out`; false when its node is not on the canvas. */
  point(a: Anchor, out: { x: number; y: number }): boolean {
    const hp = a.handle === null ? undefined : this.points.get(`${a.node}|${a.handle}`);
    if (hp) {
      out.x = hp.x;
      out.y = hp.y;
      return true;
    }
    const b = this.boxes.get(a.node);
    if (!b) return false;
    out.x = b.x + b.w / 2;
    out.y = b.y + b.h / 2;
    return true;
  }
}
