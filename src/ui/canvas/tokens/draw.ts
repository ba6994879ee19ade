/**
 * Drawing primitives for the token layer, in device pixels. Batched: one path per colour or per
 * kind, no shadows, no save/restore per token (software rendering pays for each state change).
 */
import type { MarkKind } from '../../../sim/amqp/types';

export const OUTLINE = '#ffffff';
export const ACK = '#1c9c4a';
export const CROSS = '#d93025';
export const SELECT_RING = '#f5a700';
export const SELECT_RING_EDGE = '#1b2430';
export const PUFF = '#8a94a3';
const TAU = Math.PI * 2;

/** Adds discs to the current path; `idx` selects which packed points (x at 2i, y at 2i+1). */
export function addDiscs(ctx: CanvasRenderingContext2D, pts: Float64Array, idx: Int32Array, from: number, to: number, r: number): void {
  for (let j = from; j < to; j++) {
    const i = idx[j];
    const x = pts[2 * i];
    const y = pts[2 * i + 1];
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, TAU);
  }
}

export function disc(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.moveTo(x + r, y);
  ctx.arc(x, y, r, 0, TAU);
}

/** A tick (✓) centred on (x, y), `s` its half-size; added to the current path. */
export function addTick(ctx: CanvasRenderingContext2D, x: number, y: number, s: number): void {
  ctx.moveTo(x - s, y);
  ctx.lineTo(x - s * 0.3, y + s * 0.7);
  ctx.lineTo(x + s, y - s * 0.8);
}

/** A cross (✕) centred on (x, y); added to the current path. */
export function addCross(ctx: CanvasRenderingContext2D, x: number, y: number, s: number): void {
  ctx.moveTo(x - s, y - s);
  ctx.lineTo(x + s, y + s);
  ctx.moveTo(x + s, y - s);
  ctx.lineTo(x - s, y + s);
}

/** A triangle pointing along (dx, dy) (a unit vector); added to the current path. */
export function addArrow(ctx: CanvasRenderingContext2D, x: number, y: number, dx: number, dy: number, s: number): void {
  ctx.moveTo(x + dx * s * 1.3, y + dy * s * 1.3);
  ctx.lineTo(x - dx * s - dy * s, y - dy * s + dx * s);
  ctx.lineTo(x - dx * s * 0.4, y - dy * s * 0.4);
  ctx.lineTo(x - dx * s + dy * s, y - dy * s - dx * s);
  ctx.closePath();
}

/** The selected message: a ring around its token, and the token larger when it is a disc. */
export function drawSelected(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, dpr: number, discColor: string | null): void {
  ctx.beginPath();
  disc(ctx, x, y, r * 1.9);
  ctx.lineWidth = 4 * dpr;
  ctx.strokeStyle = SELECT_RING_EDGE;
  ctx.stroke();
  ctx.lineWidth = 2.5 * dpr;
  ctx.strokeStyle = SELECT_RING;
  ctx.stroke();
  if (discColor === null) return;
  ctx.beginPath();
  disc(ctx, x, y, r * 1.45 + 1.5 * dpr);
  ctx.fillStyle = OUTLINE;
  ctx.fill();
  ctx.beginPath();
  disc(ctx, x, y, r * 1.45);
  ctx.fillStyle = discColor;
  ctx.fill();
}

/** Geometry of a mark's node in device pixels: centre, half sizes. */
export interface MarkBox {
  cx: number;
  cy: number;
  hw: number;
  hh: number;
}

/**
 * One mark at `k` in [0, 1] of its life (0 = just happened). `reduced` keeps it still and
 * opaque; the caller stops drawing it when its time is up.
 */
export function drawMark(
  ctx: CanvasRenderingContext2D,
  kind: MarkKind,
  box: MarkBox,
  k: number,
  color: string,
  r: number,
  reduced: boolean,
): void {
  const m = reduced ? 0.5 : k;
  ctx.globalAlpha = reduced ? 1 : 1 - k;
  ctx.beginPath();
  switch (kind) {
    case 'expired': {
      // A ring that widens and fades inside the queue.
      ctx.lineWidth = r * 0.45;
      ctx.strokeStyle = color;
      const rr = r * (1 + 1.6 * m);
      ctx.arc(box.cx, box.cy, rr, 0, TAU);
      ctx.stroke();
      break;
    }
    case 'unroutable': {
      // A puff: small clouds leaving the exchange in every direction.
      ctx.fillStyle = PUFF;
      const d = box.hw * 0.4 + r * 2.5 * m;
      for (let a = 0; a < 6; a++) {
        const ang = (a * TAU) / 6 + 0.3;
        disc(ctx, box.cx + Math.cos(ang) * d, box.cy + Math.sin(ang) * d, r * (0.9 - 0.4 * m));
      }
      ctx.fill();
      ctx.beginPath();
      ctx.fillStyle = color;
      disc(ctx, box.cx, box.cy, r * (1 - 0.6 * m));
      ctx.fill();
      break;
    }
    case 'overflow':
    case 'dropped': {
      // The message falls off the bottom of the queue.
      const y = box.cy + box.hh + r * (1 + 5 * m);
      ctx.fillStyle = OUTLINE;
      disc(ctx, box.cx, y, r + 1.5);
      ctx.fill();
      ctx.beginPath();
      ctx.fillStyle = color;
      disc(ctx, box.cx, y, r);
      ctx.fill();
      if (kind === 'overflow') {
        ctx.beginPath();
        ctx.strokeStyle = CROSS;
        ctx.lineWidth = r * 0.35;
        addCross(ctx, box.cx, y, r * 0.55);
        ctx.stroke();
      }
      break;
    }
    case 'crash':
    case 'error': {
      // A red burst over the consumer (an error is a quieter ring).
      ctx.strokeStyle = CROSS;
      ctx.lineWidth = r * 0.4;
      const r0 = r * (0.8 + 1.5 * m);
      if (kind === 'crash') {
        for (let a = 0; a < 8; a++) {
          const ang = (a * TAU) / 8;
          const c = Math.cos(ang);
          const s = Math.sin(ang);
          ctx.moveTo(box.cx + c * r0, box.cy + s * r0);
          ctx.lineTo(box.cx + c * (r0 + r * 1.6), box.cy + s * (r0 + r * 1.6));
        }
      } else ctx.arc(box.cx, box.cy, r0 + r, 0, TAU);
      ctx.stroke();
      break;
    }
  }
  ctx.globalAlpha = 1;
}
