/**
 * The Kafka token layer's one requestAnimationFrame loop: reads the simulated clock (`live.now`),
 * React Flow's viewport and handle geometry, and draws every record, commit and line in flight on
 * one canvas. It never writes into a store and never re-renders React (architecture rule 11).
 * Drawing reuses the AMQP layer's sprite atlas and primitives.
 */
import type { KMark } from '../../../../sim/kafka/types';
import { messageColor } from '../../../canvas/colors';
import { ACK, OUTLINE, addTick, drawMark, drawSelected, type MarkBox } from '../../../canvas/tokens/draw';
import { bezierPoint, hitTest, jumpProgress, progress } from '../../../canvas/tokens/geometry';
import { CanvasLoop, type FlowStoreApi } from '../../../canvas/tokens/loop';
import { SpriteAtlas } from '../../../canvas/tokens/sprites';
import type { KafkaSimBundle } from '../../store/sim';
import { AnchorGeometry } from './anchors-geom';

export const MARK_MS = 1500;
const RADIUS = 7;
const MIN_SCREEN_RADIUS = 3.5;
const MARK_KIND = { crash: 'crash', lost: 'dropped', deleted: 'expired', error: 'error', write: 'expired' } as const;

export class KafkaTokenRenderer extends CanvasLoop {
  private readonly geom = new AnchorGeometry();
  private readonly sprites = new SpriteAtlas();
  private readonly a = { x: 0, y: 0 };
  private readonly b = { x: 0, y: 0 };
  private readonly p = { x: 0, y: 0 };
  private readonly box: MarkBox = { cx: 0, cy: 0, hw: 0, hh: 0 };
  private readonly buckets = new Map<string, number>();
  /** The tokens of the last frame, in CSS px (for clicks and tests): x, y pairs and their refs. */
  private pts = new Float64Array(512);
  private refs: (string | null)[] = [];
  private count = 0;
  private drewSomething = true;
  private lastSig = '';

  constructor(
    canvas: HTMLCanvasElement,
    private readonly sim: KafkaSimBundle,
    flow: FlowStoreApi,
  ) {
    super(canvas, flow);
  }

  protected resized(): void {
    this.drewSomething = true;
    this.lastSig = '';
  }

  /** The record under a point (CSS px relative to the canvas), or null. */
  recordAt(x: number, y: number, zoom: number): string | null {
    const i = hitTest(this.pts, this.count, x, y, Math.max(MIN_SCREEN_RADIUS, RADIUS * zoom) + 4);
    return i < 0 ? null : this.refs[i];
  }

  /** A drawn record token in CSS px relative to the canvas (browser tests click it). */
  firstToken(): { x: number; y: number; ref: string } | null {
    for (let i = 0; i < this.count; i++) {
      const ref = this.refs[i];
      if (ref !== null) return { x: this.pts[2 * i], y: this.pts[2 * i + 1], ref };
    }
    return null;
  }

  private bucket(colorId: number): number {
    const c = messageColor(colorId);
    let b = this.buckets.get(c);
    if (b === undefined) {
      b = this.buckets.size;
      this.buckets.set(c, b);
    }
    return b;
  }

  draw(): void {
    const flow = this.flow.getState();
    const s = this.sim.store.getState();
    const board = s.sim.flights;
    const now = this.sim.live.now;
    const [tx, ty, zoom] = flow.transform;
    const dpr = window.devicePixelRatio || 1;
    const geomChanged = this.geom.update(flow, this.flowDirty);
    this.flowDirty = false;
    const sig = `${now}|${tx}|${ty}|${zoom}|${board.flights.length}|${board.marks.length}|${s.selected}|${this.canvas.width}|${this.canvas.height}|${this.reduced}`;
    if (!geomChanged && sig === this.lastSig) return; // paused and nothing moved
    this.lastSig = sig;

    const ctx = this.ctx;
    const r = Math.max(MIN_SCREEN_RADIUS, RADIUS * zoom) * dpr;
    const toX = (x: number) => Math.round((x * zoom + tx) * dpr);
    const toY = (y: number) => Math.round((y * zoom + ty) * dpr);
    const flights = board.flights;
    if (this.pts.length < flights.length * 2) this.pts = new Float64Array(flights.length * 4);
    this.refs.length = 0;
    let n = 0;
    let marks = 0;
    for (const m of board.marks) if (now - m.time >= 0 && now - m.time < MARK_MS) marks++;
    const anything = flights.some((f) => f.departAt <= now && f.arriveAt >= now) || marks > 0;
    if (!anything && !this.drewSomething) {
      this.count = 0;
      return;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.drewSomething = anything;
    if (!anything) {
      this.count = 0;
      return;
    }
    this.stats.frames++;
    for (const m of board.marks) this.drawMark(m, now, r, toX, toY, zoom, dpr);

    this.sprites.setRadius(r, 1.5 * dpr);
    const ticks: number[] = [];
    let selX = NaN;
    let selY = NaN;
    for (const f of flights) {
      if (f.departAt > now || f.arriveAt < now) continue;
      if (!this.geom.point(f.a, this.a) || !this.geom.point(f.b, this.b)) continue;
      let t = progress(f.departAt, f.arriveAt, now);
      if (this.reduced) t = jumpProgress(t);
      if (f.reverse) t = 1 - t;
      if (f.curve) bezierPoint(this.a.x, this.a.y, this.b.x, this.b.y, t, this.p);
      else {
        this.p.x = this.a.x + (this.b.x - this.a.x) * t;
        this.p.y = this.a.y + (this.b.y - this.a.y) * t;
      }
      const x = toX(this.p.x);
      const y = toY(this.p.y);
      if (f.kind === 'commit' || f.kind === 'ack') {
        ticks.push(x, y);
        continue;
      }
      const color = f.kind === 'line' && f.colorId === 0 ? 0 : f.colorId;
      this.sprites.stamp(ctx, this.bucket(color), messageColor(color), x, y);
      this.pts[2 * n] = x / dpr;
      this.pts[2 * n + 1] = y / dpr;
      this.refs.push(f.ref);
      n++;
      if (f.ref !== null && f.ref === s.selected) {
        selX = x;
        selY = y;
      }
    }
    this.count = n;
    this.stats.tokens = n + ticks.length / 2;
    if (ticks.length > 0) {
      ctx.beginPath();
      for (let i = 0; i < ticks.length; i += 2) addTick(ctx, ticks[i], ticks[i + 1], r * 0.8);
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.lineWidth = r * 0.6;
      ctx.strokeStyle = OUTLINE;
      ctx.stroke();
      ctx.lineWidth = r * 0.32;
      ctx.strokeStyle = ACK;
      ctx.stroke();
    }
    if (!Number.isNaN(selX)) drawSelected(ctx, selX, selY, r, dpr, null);
  }

  private drawMark(m: KMark, now: number, r: number, toX: (x: number) => number, toY: (y: number) => number, zoom: number, dpr: number): void {
    const age = now - m.time;
    if (age < 0 || age >= MARK_MS) return;
    const box = this.box;
    const nodeBox = this.geom.boxes.get(m.at.node);
    if (m.at.handle === null && nodeBox) {
      box.cx = toX(nodeBox.x + nodeBox.w / 2);
      box.cy = toY(nodeBox.y + nodeBox.h / 2);
      box.hw = (nodeBox.w / 2) * zoom * dpr;
      box.hh = (nodeBox.h / 2) * zoom * dpr;
    } else {
      if (!this.geom.point(m.at, this.p)) return;
      box.cx = toX(this.p.x);
      box.cy = toY(this.p.y);
      box.hw = box.hh = 10 * zoom * dpr;
    }
    drawMark(this.ctx, MARK_KIND[m.kind], box, age / MARK_MS, messageColor(m.colorId), r, this.reduced);
  }
}
