import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import {
  bezierPoint,
  borderPoint,
  flightPoint,
  hitTest,
  jumpProgress,
  newNodeGeom,
  progress,
  screenToFlow,
  setNodeBox,
  straightPoint,
  type Point,
} from './geometry';

const p = (): Point => ({ x: 0, y: 0 });

/** The cubic React Flow draws, parsed from its path string. */
function flowCurve(sx: number, sy: number, tx: number, ty: number): number[] {
  const [d] = getBezierPath({ sourceX: sx, sourceY: sy, sourcePosition: Position.Right, targetX: tx, targetY: ty, targetPosition: Position.Left });
  return d.replace(/[MC]/g, ' ').trim().split(/[ ,]+/).map(Number);
}

function cubic(c: number[], t: number): Point {
  const u = 1 - t;
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: w[0] * c[0] + w[1] * c[2] + w[2] * c[4] + w[3] * c[6], y: w[0] * c[1] + w[1] * c[3] + w[2] * c[5] + w[3] * c[7] };
}

describe('bezierPoint', () => {
  it('starts and ends at the handle points', () => {
    expect(bezierPoint(10, 20, 300, 140, 0, p())).toEqual({ x: 10, y: 20 });
    expect(bezierPoint(10, 20, 300, 140, 1, p())).toEqual({ x: 300, y: 140 });
  });

  it('follows the same curve as getBezierPath, forwards and when the target is behind', () => {
    for (const [sx, sy, tx, ty] of [
      [0, 0, 100, 50],
      [200, 40, 20, 300],
      [0, 0, 0, 0],
    ]) {
      const c = flowCurve(sx, sy, tx, ty);
      for (const t of [0, 0.1, 0.33, 0.5, 0.77, 1]) {
        const got = bezierPoint(sx, sy, tx, ty, t, p());
        const want = cubic(c, t);
        expect(got.x).toBeCloseTo(want.x, 6);
        expect(got.y).toBeCloseTo(want.y, 6);
      }
    }
  });
});

describe('progress', () => {
  it('is clamped to [0, 1]', () => {
    expect(progress(100, 200, 50)).toBe(0);
    expect(progress(100, 200, 150)).toBe(0.5);
    expect(progress(100, 200, 999)).toBe(1);
    expect(progress(100, 100, 100)).toBe(1);
    expect(progress(100, 100, 99)).toBe(0);
  });

  it('jumps under reduced motion', () => {
    expect(jumpProgress(0.49)).toBe(0);
    expect(jumpProgress(0.5)).toBe(1);
  });
});

describe('flightPoint', () => {
  const a = setNodeBox(newNodeGeom(), 0, 0, 100, 40);
  const b = setNodeBox(newNodeGeom(), 300, 200, 100, 60);

  it('rides the edge from the source right handle to the target left handle', () => {
    expect(flightPoint(a, b, false, a, b, 0, p(), p())).toEqual({ x: 100, y: 20 });
    expect(flightPoint(a, b, false, a, b, 1, p(), p())).toEqual({ x: 300, y: 230 });
  });

  it('travels a reverse flight from the edge target back to its source', () => {
    expect(flightPoint(a, b, true, b, a, 0, p(), p())).toEqual({ x: 300, y: 230 });
    expect(flightPoint(a, b, true, b, a, 1, p(), p())).toEqual({ x: 100, y: 20 });
    const mid = flightPoint(a, b, true, b, a, 0.25, p(), p());
    const fwd = flightPoint(a, b, false, a, b, 0.75, p(), p());
    expect(mid.x).toBeCloseTo(fwd.x, 9);
    expect(mid.y).toBeCloseTo(fwd.y, 9);
  });

  it('goes straight between the borders when there is no edge', () => {
    const left = setNodeBox(newNodeGeom(), 0, 0, 100, 40);
    const right = setNodeBox(newNodeGeom(), 300, 0, 100, 40);
    expect(flightPoint(null, null, false, left, right, 0, p(), p())).toEqual({ x: 100, y: 20 });
    expect(flightPoint(null, null, false, left, right, 1, p(), p())).toEqual({ x: 300, y: 20 });
    expect(flightPoint(null, null, false, left, right, 0.5, p(), p())).toEqual({ x: 200, y: 20 });
    // Below: leaves through the bottom side.
    const below = setNodeBox(newNodeGeom(), 0, 200, 100, 40);
    expect(straightPoint(left, below, 0, p(), p())).toEqual({ x: 50, y: 40 });
    expect(straightPoint(left, below, 1, p(), p())).toEqual({ x: 50, y: 200 });
  });

  it('stays at the centre when the nodes overlap exactly', () => {
    expect(borderPoint(a, 50, 20, p())).toEqual({ x: 50, y: 20 });
  });
});

describe('hit testing', () => {
  const pts = new Float64Array([0, 0, 10, 0, 100, 100]);

  it('finds the nearest token within the radius', () => {
    expect(hitTest(pts, 3, 8, 1, 6)).toBe(1);
    expect(hitTest(pts, 3, 2, 0, 6)).toBe(0);
    expect(hitTest(pts, 3, 50, 50, 6)).toBe(-1);
  });

  it('only looks at the first `count` points and lets a later token win a tie', () => {
    expect(hitTest(pts, 2, 100, 100, 6)).toBe(-1);
    expect(hitTest(new Float64Array([5, 5, 5, 5]), 2, 5, 5, 3)).toBe(1);
  });

  it('maps screen points to flow coordinates through the viewport', () => {
    expect(screenToFlow(120, 60, 20, 10, 2, p())).toEqual({ x: 50, y: 25 });
  });
});
