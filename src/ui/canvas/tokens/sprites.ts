/**
 * Pre-drawn token discs (white outline + colour), one cell per colour in one atlas canvas.
 * Software rendering rasterises an anti-aliased arc far slower than it copies a small bitmap at
 * whole-pixel coordinates, so message tokens are stamped with drawImage instead of filled.
 */
import { OUTLINE } from './draw';

const COLS = 32;

export class SpriteAtlas {
  private readonly canvas = document.createElement('canvas');
  private ctx: CanvasRenderingContext2D | null = null;
  private r = 0;
  private outline = 0;
  /** Cell size in device pixels; a token's sprite is centred in its cell. */
  cell = 0;
  private ready = new Uint8Array(64);

  /** Sets the radius (device px); a change redraws sprites lazily as colours are used. */
  setRadius(r: number, outline: number): void {
    // Half-pixel steps: zooming does not redraw the atlas on every frame.
    const rr = Math.max(1, Math.round(r * 2) / 2);
    if (rr === this.r && outline === this.outline) return;
    this.r = rr;
    this.outline = outline;
    this.cell = Math.ceil(2 * (rr + outline)) + 2;
    this.resizeFor(this.ready.length);
  }

  /** Draws the sprite for colour bucket `b` centred on (x, y). */
  stamp(target: CanvasRenderingContext2D, b: number, color: string, x: number, y: number): void {
    if (b >= this.ready.length) this.resizeFor(b + 1);
    if (this.ready[b] === 0) this.paint(b, color);
    const c = this.cell;
    const half = c >> 1;
    target.drawImage(this.canvas, (b % COLS) * c, Math.floor(b / COLS) * c, c, c, x - half, y - half, c, c);
  }

  private resizeFor(buckets: number): void {
    let size = this.ready.length;
    while (size < buckets) size *= 2;
    // Resizing the canvas clears it: every sprite is painted again on its next use.
    if (size !== this.ready.length) this.ready = new Uint8Array(size);
    else this.ready.fill(0);
    this.canvas.width = COLS * this.cell;
    this.canvas.height = Math.ceil(size / COLS) * this.cell;
    this.ctx = this.canvas.getContext('2d');
  }

  private paint(b: number, color: string): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const c = this.cell;
    const cx = (b % COLS) * c + (c >> 1);
    const cy = Math.floor(b / COLS) * c + (c >> 1);
    ctx.beginPath();
    ctx.arc(cx, cy, this.r + this.outline, 0, Math.PI * 2);
    ctx.fillStyle = OUTLINE;
    ctx.fill();
    ctx.beginPath();
    ctx.arc(cx, cy, this.r, 0, Math.PI * 2);
    ctx.fillStyle = color;
    ctx.fill();
    this.ready[b] = 1;
  }
}
