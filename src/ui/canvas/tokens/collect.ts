/**
 * Per frame, turns the flight board into packed screen points (device pixels), reusing its
 * arrays: the hot path allocates nothing once the arrays have grown to the busiest frame.
 */
import type { ReactFlowState } from '@xyflow/react';
import type { Flight, FlightKind } from '../../../sim/amqp/types';
import { messageColor } from '../colors';
import { flightPoint, jumpProgress, newNodeGeom, progress, setNodeBox, type NodeGeom, type Point } from './geometry';

export const KIND_CODE: Readonly<Record<FlightKind, number>> = {
  message: 0,
  ack: 1,
  nack: 2,
  reject: 2,
  return: 3,
  'dead-letter': 4,
  confirm: 5,
};
export const KINDS = 6;

export interface View {
  tx: number;
  ty: number;
  zoom: number;
  dpr: number;
  /** Canvas size in device pixels, for culling. */
  width: number;
  height: number;
  /** Token radius in device pixels; tokens this far outside the canvas are skipped. */
  r: number;
}

/** Node geometry in flow coordinates, refreshed only when React Flow's nodes change. */
export class GeomCache {
  readonly byId = new Map<string, NodeGeom>();
  private nodesRef: unknown = null;

  /**
   * Re-reads the nodes when React Flow's nodes changed or when `force`d (its store also updates
   * measured handles in place, without a new nodes array). Returns true when it re-read them.
   */
  update(flow: ReactFlowState, force: boolean): boolean {
    if (!force && flow.nodes === this.nodesRef) return false;
    this.nodesRef = flow.nodes;
    for (const [id, n] of flow.nodeLookup) {
      let g = this.byId.get(id);
      if (!g) this.byId.set(id, (g = newNodeGeom()));
      const p = n.internals.positionAbsolute;
      setNodeBox(g, p.x, p.y, n.measured.width ?? n.width ?? 0, n.measured.height ?? n.height ?? 0);
      // Exact handle points when React Flow measured the handles, as getBezierPath uses them.
      const src = n.internals.handleBounds?.source?.[0];
      if (src) {
        g.outX = p.x + src.x + src.width;
        g.outY = p.y + src.y + src.height / 2;
      }
      const tgt = n.internals.handleBounds?.target?.[0];
      if (tgt) {
        g.inX = p.x + tgt.x;
        g.inY = p.y + tgt.y + tgt.height / 2;
      }
    }
    if (this.byId.size > flow.nodeLookup.size)
      for (const id of this.byId.keys()) if (!flow.nodeLookup.has(id)) this.byId.delete(id);
    return true;
  }
}

/** The tokens of one frame, packed. Index i: point at pts[2i], pts[2i+1]. */
export class TokenFrame {
  count = 0;
  pts = new Float64Array(512);
  kind = new Uint8Array(256);
  bucket = new Int32Array(256);
  messageId = new Float64Array(256);
  flight = new Int32Array(256);
  /** Token indices ordered by kind, then colour; kind k spans order[kindOrder[k]..kindOrder[k+1]). */
  order = new Int32Array(256);
  readonly kindOrder = new Int32Array(KINDS + 1);
  private counts = new Int32Array(64);
  private starts = new Int32Array(64);
  /** Colour strings by bucket; a bucket is one distinct colour. */
  readonly colors: string[] = [];
  private readonly bucketOfColorId = new Map<number, number>();
  private readonly bucketOfColor = new Map<string, number>();
  private readonly p: Point = { x: 0, y: 0 };
  private readonly scratch: Point = { x: 0, y: 0 };

  bucketOf(colorId: number): number {
    let b = this.bucketOfColorId.get(colorId);
    if (b === undefined) {
      // Bounded: colours repeat (hues are rounded), ids do not.
      if (this.bucketOfColorId.size > 50_000) this.bucketOfColorId.clear();
      const c = messageColor(colorId);
      b = this.bucketOfColor.get(c);
      if (b === undefined) {
        b = this.colors.length;
        this.colors.push(c);
        this.bucketOfColor.set(c, b);
      }
      this.bucketOfColorId.set(colorId, b);
    }
    return b;
  }

  /** The point of flight `f` at progress `t`, in device pixels, into `out`. */
  pointAt(f: Flight, t: number, geoms: Map<string, NodeGeom>, flow: ReactFlowState, v: View, out: Point): boolean {
    const from = geoms.get(f.from);
    const to = geoms.get(f.to);
    if (!from || !to) return false;
    let es: NodeGeom | null = null;
    let et: NodeGeom | null = null;
    if (f.edgeId !== null) {
      const e = flow.edgeLookup.get(f.edgeId);
      if (e) {
        es = geoms.get(e.source) ?? null;
        et = geoms.get(e.target) ?? null;
      }
    }
    flightPoint(es, et, f.reverse, from, to, t, out, this.scratch);
    out.x = Math.round((out.x * v.zoom + v.tx) * v.dpr);
    out.y = Math.round((out.y * v.zoom + v.ty) * v.dpr);
    return true;
  }

  collect(flights: readonly Flight[], now: number, reduced: boolean, geoms: Map<string, NodeGeom>, flow: ReactFlowState, v: View): number {
    this.ensure(flights.length);
    const p = this.p;
    const margin = v.r * 3;
    let n = 0;
    for (let i = 0; i < flights.length; i++) {
      const f = flights[i];
      // Not yet departed, or already there (the driver prunes arrivals a few times a second).
      if (f.departAt > now || f.arriveAt < now) continue;
      const t = progress(f.departAt, f.arriveAt, now);
      if (!this.pointAt(f, reduced ? jumpProgress(t) : t, geoms, flow, v, p)) continue;
      if (p.x < -margin || p.y < -margin || p.x > v.width + margin || p.y > v.height + margin) continue;
      this.pts[2 * n] = p.x;
      this.pts[2 * n + 1] = p.y;
      this.kind[n] = KIND_CODE[f.kind];
      this.bucket[n] = this.bucketOf(f.colorId);
      this.messageId[n] = f.messageId;
      this.flight[n] = i;
      n++;
    }
    this.count = n;
    return n;
  }

  /** Orders tokens by kind, then by colour within a kind (counting sort, no allocation). */
  sortByKindAndColour(): void {
    const n = this.count;
    const nb = this.colors.length;
    const keys = KINDS * nb;
    if (this.counts.length < keys + 1) {
      this.counts = new Int32Array((keys + 1) * 2);
      this.starts = new Int32Array((keys + 1) * 2);
    }
    if (this.order.length < n) this.order = new Int32Array(this.kind.length);
    const counts = this.counts;
    counts.fill(0, 0, keys + 1);
    for (let i = 0; i < n; i++) counts[this.kind[i] * nb + this.bucket[i]]++;
    let acc = 0;
    for (let kind = 0; kind < KINDS; kind++) {
      this.kindOrder[kind] = acc;
      for (let k = kind * nb; k < (kind + 1) * nb; k++) {
        this.starts[k] = acc;
        acc += counts[k];
      }
    }
    this.kindOrder[KINDS] = acc;
    for (let i = 0; i < n; i++) this.order[this.starts[this.kind[i] * nb + this.bucket[i]]++] = i;
  }

  private ensure(n: number): void {
    if (n <= this.kind.length) return;
    let size = this.kind.length;
    while (size < n) size *= 2;
    this.pts = new Float64Array(size * 2);
    this.kind = new Uint8Array(size);
    this.bucket = new Int32Array(size);
    this.messageId = new Float64Array(size);
    this.flight = new Int32Array(size);
  }
}
