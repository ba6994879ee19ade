/**
 * The token layer's one requestAnimationFrame loop: reads the simulated clock (`live.now`), React
 * Flow's viewport and node geometry, and draws every token in flight on one canvas. It never
 * writes into a store per frame and never re-renders React (architecture rule 11).
 */
import type { Flight, Mark } from '../../../sim/amqp/types';
import type { SimStoreBundle } from '../../../store/sim';
import { GeomCache, TokenFrame, type View } from './collect';
import { ACK, CROSS, OUTLINE, addArrow, addCross, addDiscs, addTick, drawMark, drawSelected, type MarkBox } from './draw';
import { hitTest, progress, type Point } from './geometry';
import { CanvasLoop, type FlowStoreApi } from './loop';
import { SpriteAtlas } from './sprites';

/** How long a mark stays, in simulated ms. */
export const MARK_MS = 1500;
/** Token radius in flow units, and the least it shrinks to on screen (CSS px). */
const RADIUS = 7;
const MIN_SCREEN_RADIUS = 3.5;
const NO_DASH: number[] = [];


export class TokenRenderer extends CanvasLoop {
  private readonly geoms = new GeomCache();
  private readonly frame = new TokenFrame();
  private readonly sprites = new SpriteAtlas();
  private readonly view: View = { tx: 0, ty: 0, zoom: 1, dpr: 1, width: 0, height: 0, r: 1 };
  private readonly p: Point = { x: 0, y: 0 };
  private readonly box: MarkBox = { cx: 0, cy: 0, hw: 0, hh: 0 };
  private readonly dash = [3, 3];
  // What the last drawn frame looked like, to skip frames where nothing changed.
  private sig = { now: NaN, tx: NaN, ty: NaN, zoom: NaN, nodes: null as unknown, flights: null as unknown, nFlights: -1, marks: null as unknown, nMarks: -1, selected: -2, w: -1, h: -1, reduced: false };
  private drewSomething = true;

  constructor(
    canvas: HTMLCanvasElement,
    private readonly sim: SimStoreBundle,
    flow: FlowStoreApi,
  ) {
    super(canvas, flow);
  }

  protected resized(): void {
    this.drewSomething = true;
    this.sig.w = -1;
  }

  /** A drawn token with a message, in CSS px relative to the canvas (for browser tests). */
  firstToken(): { x: number; y: number; messageId: number } | null {
    const f = this.frame;
    for (let i = 0; i < f.count; i++)
      if (f.messageId[i] > 0 && f.kind[i] === 0) return { x: f.pts[2 * i] / this.view.dpr, y: f.pts[2 * i + 1] / this.view.dpr, messageId: f.messageId[i] };
    return null;
  }

  /** The message under a point given in CSS px relative to the canvas, or null. */
  messageAt(cssX: number, cssY: number): number | null {
    const f = this.frame;
    const dpr = this.view.dpr;
    const i = hitTest(f.pts, f.count, cssX * dpr, cssY * dpr, this.view.r + 4 * dpr);
    if (i < 0) return null;
    const id = f.messageId[i];
    return id > 0 ? id : null;
  }

  draw(): void {
    const flow = this.flow.getState();
    const s = this.sim.store.getState();
    const board = s.sim.flights;
    const now = this.sim.live.now;
    const [tx, ty, zoom] = flow.transform;
    const v = this.view;
    v.dpr = window.devicePixelRatio || 1;
    v.tx = tx;
    v.ty = ty;
    v.zoom = zoom;
    v.width = this.canvas.width;
    v.height = this.canvas.height;
    v.r = Math.max(MIN_SCREEN_RADIUS, RADIUS * zoom) * v.dpr;
    const geomChanged = this.geoms.update(flow, this.flowDirty);
    this.flowDirty = false;

    const sig = this.sig;
    if (
      !geomChanged && sig.now === now && sig.tx === tx && sig.ty === ty && sig.zoom === zoom && sig.flights === board.flights &&
      sig.nFlights === board.flights.length && sig.marks === board.marks && sig.nMarks === board.marks.length &&
      sig.selected === (s.selectedMessage ?? -1) && sig.w === v.width && sig.h === v.height && sig.reduced === this.reduced
    )
      return; // paused and nothing moved
    sig.now = now;
    sig.tx = tx;
    sig.ty = ty;
    sig.zoom = zoom;
    sig.nodes = flow.nodes;
    sig.flights = board.flights;
    sig.nFlights = board.flights.length;
    sig.marks = board.marks;
    sig.nMarks = board.marks.length;
    sig.selected = s.selectedMessage ?? -1;
    sig.w = v.width;
    sig.h = v.height;
    sig.reduced = this.reduced;

    const n = this.frame.collect(board.flights, now, this.reduced, this.geoms.byId, flow, v);
    const liveMarks = this.countMarks(board.marks, now);
    if (n === 0 && liveMarks === 0 && !this.drewSomething) return; // nothing before, nothing now
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, v.width, v.height);
    this.drewSomething = n > 0 || liveMarks > 0;
    this.stats.frames++;
    this.stats.tokens = n;
    if (liveMarks > 0) this.drawMarks(board.marks, now);
    if (n > 0) this.drawTokens(board.flights, now, s.selectedMessage);
  }

  private countMarks(marks: ReadonlyArray<{ at: number }>, now: number): number {
    let c = 0;
    for (let i = 0; i < marks.length; i++) {
      const age = now - marks[i].at;
      if (age >= 0 && age < MARK_MS) c++;
    }
    return c;
  }

  private drawMarks(marks: readonly Mark[], now: number): void {
    const v = this.view;
    const box = this.box;
    for (let i = 0; i < marks.length; i++) {
      const m = marks[i];
      const age = now - m.at;
      if (age < 0 || age >= MARK_MS) continue;
      const g = this.geoms.byId.get(m.nodeId);
      if (!g) continue;
      const k = v.zoom * v.dpr;
      box.cx = Math.round((g.x + g.w / 2) * k + v.tx * v.dpr);
      box.cy = Math.round((g.y + g.h / 2) * k + v.ty * v.dpr);
      box.hw = (g.w / 2) * k;
      box.hh = (g.h / 2) * k;
      drawMark(this.ctx, m.kind, box, age / MARK_MS, this.frame.colors[this.frame.bucketOf(m.colorId)], v.r, this.reduced);
    }
  }

  private drawTokens(flights: readonly Flight[], now: number, selected: number | null): void {
    const ctx = this.ctx;
    const f = this.frame;
    const r = this.view.r;
    const dpr = this.view.dpr;
    f.sortByKindAndColour();
    const ko = f.kindOrder;
    const order = f.order;

    // Messages and dead letters: one pre-drawn sprite per colour, stamped at whole pixels.
    this.sprites.setRadius(r, 1.5 * dpr);
    this.stampAll(ko[0], ko[1]);
    this.stampAll(ko[4], ko[5]);
    // Confirms are tiny and rare: plain discs.
    if (ko[6] > ko[5]) {
      ctx.beginPath();
      addDiscs(ctx, f.pts, order, ko[5], ko[6], r * 0.5 + 1.5 * dpr);
      ctx.fillStyle = OUTLINE;
      ctx.fill();
      this.fillByColour(ko[5], ko[6], r * 0.5);
    }

    // Dead letters leave a dashed trail from where they started.
    if (ko[5] > ko[4]) {
      this.dash[0] = this.dash[1] = 3 * dpr;
      ctx.setLineDash(this.dash);
      ctx.lineWidth = 1.5 * dpr;
      for (let j = ko[4]; j < ko[5]; j++) {
        const i = order[j];
        const fl = flights[f.flight[i]];
        const t = progress(fl.departAt, fl.arriveAt, now);
        if (!f.pointAt(fl, Math.max(0, t - 0.45), this.geoms.byId, this.flow.getState(), this.view, this.p)) continue;
        ctx.beginPath();
        ctx.moveTo(this.p.x, this.p.y);
        ctx.lineTo(f.pts[2 * i], f.pts[2 * i + 1]);
        ctx.strokeStyle = f.colors[f.bucket[i]];
        ctx.stroke();
      }
      ctx.setLineDash(NO_DASH);
    }

    // Returns: an arrow in the message's colour pointing the way back to the producer.
    for (let j = ko[3]; j < ko[4]; j++) {
      const i = order[j];
      const fl = flights[f.flight[i]];
      const t = progress(fl.departAt, fl.arriveAt, now);
      const x = f.pts[2 * i];
      const y = f.pts[2 * i + 1];
      let dx = -1;
      let dy = 0;
      if (f.pointAt(fl, Math.min(1, t + 0.05), this.geoms.byId, this.flow.getState(), this.view, this.p)) {
        const len = Math.hypot(this.p.x - x, this.p.y - y);
        if (len > 0.5) {
          dx = (this.p.x - x) / len;
          dy = (this.p.y - y) / len;
        }
      }
      ctx.beginPath();
      addArrow(ctx, x, y, dx, dy, r * 1.1);
      ctx.lineWidth = 2 * dpr;
      ctx.strokeStyle = OUTLINE;
      ctx.stroke();
      ctx.fillStyle = f.colors[f.bucket[i]];
      ctx.fill();
    }

    // Acks: green ticks; nacks and rejects: red crosses (white halo, then the colour).
    this.strokeShapes(ko[1], ko[2], r, ACK, addTick);
    this.strokeShapes(ko[2], ko[3], r * 0.8, CROSS, addCross);

    if (selected !== null) this.drawSelection(selected, r);
  }

  private strokeShapes(from: number, to: number, s: number, color: string, add: typeof addTick): void {
    if (to <= from) return;
    const ctx = this.ctx;
    const f = this.frame;
    ctx.beginPath();
    for (let j = from; j < to; j++) {
      const i = f.order[j];
      add(ctx, f.pts[2 * i], f.pts[2 * i + 1], s);
    }
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = s * 0.75;
    ctx.strokeStyle = OUTLINE;
    ctx.stroke();
    ctx.lineWidth = s * 0.4;
    ctx.strokeStyle = color;
    ctx.stroke();
  }

  private stampAll(from: number, to: number): void {
    const f = this.frame;
    for (let j = from; j < to; j++) {
      const i = f.order[j];
      const b = f.bucket[i];
      this.sprites.stamp(this.ctx, b, f.colors[b], f.pts[2 * i], f.pts[2 * i + 1]);
    }
  }

  private fillByColour(from: number, to: number, r: number): void {
    const ctx = this.ctx;
    const f = this.frame;
    let j = from;
    while (j < to) {
      const b = f.bucket[f.order[j]];
      let k = j;
      while (k < to && f.bucket[f.order[k]] === b) k++;
      ctx.beginPath();
      addDiscs(ctx, f.pts, f.order, j, k, r);
      ctx.fillStyle = f.colors[b];
      ctx.fill();
      j = k;
    }
  }

  private drawSelection(selected: number, r: number): void {
    const ctx = this.ctx;
    const f = this.frame;
    const dpr = this.view.dpr;
    for (let i = 0; i < f.count; i++) {
      if (f.messageId[i] !== selected) continue;
      drawSelected(ctx, f.pts[2 * i], f.pts[2 * i + 1], r, dpr, f.kind[i] === 0 || f.kind[i] === 4 ? f.colors[f.bucket[i]] : null);
    }
  }
}
