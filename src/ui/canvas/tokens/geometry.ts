/**
 * Pure path math for the token layer: where a token is at simulated time `now`. Nothing here
 * allocates on the hot path: results are written into a caller-owned `Point`.
 *
 * The bezier mirrors @xyflow/system's getBezierPath (curvature 0.25, source on the right,
 * target on the left) so tokens ride exactly on the drawn edges.
 */

export interface Point {
  x: number;
  y: number;
}

/** One node's geometry in flow coordinates, refreshed in place every frame. */
export interface NodeGeom {
  /** Top-left corner and size. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Where outgoing edges start (the right handle) and incoming ones end (the left handle). */
  outX: number;
  outY: number;
  inX: number;
  inY: number;
}

export const CURVATURE = 0.25;

export function newNodeGeom(): NodeGeom {
  return { x: 0, y: 0, w: 0, h: 0, outX: 0, outY: 0, inX: 0, inY: 0 };
}

/** Fills `g` from a box; handles default to the middle of the right and left sides. */
export function setNodeBox(g: NodeGeom, x: number, y: number, w: number, h: number): NodeGeom {
  g.x = x;
  g.y = y;
  g.w = w;
  g.h = h;
  g.outX = x + w;
  g.outY = y + h / 2;
  g.inX = x;
  g.inY = y + h / 2;
  return g;
}

/** Progress along a flight, clamped to [0, 1]. A zero-length flight is already there. */
export function progress(departAt: number, arriveAt: number, now: number): number {
  const span = arriveAt - departAt;
  if (span <= 0) return now >= departAt ? 1 : 0;
  const t = (now - departAt) / span;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

// React Flow's calculateControlOffset: half the gap when going forward, a curl when going back.
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

/**
 * The point at `t` on the bezier from a right-side source handle (sx, sy) to a left-side
 * target handle (tx, ty), the same curve getBezierPath draws.
 */
export function bezierPoint(sx: number, sy: number, tx: number, ty: number, t: number, out: Point): Point {
  const c1x = sx + controlOffset(tx - sx);
  const c2x = tx - controlOffset(tx - sx);
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  // The control points share the y of their end points.
  out.x = a * sx + b * c1x + c * c2x + d * tx;
  out.y = (a + b) * sy + (c + d) * ty;
  return out;
}

/** Where the segment from a's centre towards (px, py) leaves a's box. */
export function borderPoint(g: NodeGeom, px: number, py: number, out: Point): Point {
  const cx = g.x + g.w / 2;
  const cy = g.y + g.h / 2;
  const dx = px - cx;
  const dy = py - cy;
  const adx = dx < 0 ? -dx : dx;
  const ady = dy < 0 ? -dy : dy;
  // Scale the centre-to-point vector down to the box; a point at the centre stays there.
  const s = adx > 0 || ady > 0 ? Math.min(adx > 0 ? g.w / 2 / adx : Infinity, ady > 0 ? g.h / 2 / ady : Infinity, 1) : 0;
  out.x = cx + dx * s;
  out.y = cy + dy * s;
  return out;
}

/** The point at `t` on the straight line between two nodes' borders (no edge on the canvas). */
export function straightPoint(from: NodeGeom, to: NodeGeom, t: number, out: Point, scratch: Point): Point {
  borderPoint(from, to.x + to.w / 2, to.y + to.h / 2, scratch);
  const ax = scratch.x;
  const ay = scratch.y;
  borderPoint(to, from.x + from.w / 2, from.y + from.h / 2, scratch);
  out.x = ax + (scratch.x - ax) * t;
  out.y = ay + (scratch.y - ay) * t;
  return out;
}

/**
 * A token's point. With an edge (`edgeSource` → `edgeTarget`), it rides the bezier, backwards
 * when `reverse`; without one it goes straight from `from` to `to`.
 */
export function flightPoint(
  edgeSource: NodeGeom | null,
  edgeTarget: NodeGeom | null,
  reverse: boolean,
  from: NodeGeom,
  to: NodeGeom,
  t: number,
  out: Point,
  scratch: Point,
): Point {
  if (edgeSource && edgeTarget)
    return bezierPoint(edgeSource.outX, edgeSource.outY, edgeTarget.inX, edgeTarget.inY, reverse ? 1 - t : t, out);
  return straightPoint(from, to, t, out, scratch);
}

/**
 * Reduced motion: tokens do not glide. Before half-way a token waits at its start, then it is
 * shown at its destination.
 */
export function jumpProgress(t: number): number {
  return t < 0.5 ? 0 : 1;
}

/** Screen (CSS px relative to the pane) to flow coordinates, for a viewport [x, y, zoom]. */
export function screenToFlow(sx: number, sy: number, tx: number, ty: number, zoom: number, out: Point): Point {
  out.x = (sx - tx) / zoom;
  out.y = (sy - ty) / zoom;
  return out;
}

/**
 * The index of the token nearest to (px, py) within `radius` (flow units) among `count`
 * points packed as [x0, y0, x1, y1, ...], or -1. Later tokens are drawn on top and win ties.
 */
export function hitTest(points: ArrayLike<number>, count: number, px: number, py: number, radius: number): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < count; i++) {
    const dx = points[2 * i] - px;
    const dy = points[2 * i + 1] - py;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
