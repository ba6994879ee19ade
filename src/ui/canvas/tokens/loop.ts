/**
 * What every token layer shares (the AMQP canvas and the Kafka canvas): one canvas, one
 * requestAnimationFrame loop calling draw(), a backing store sized to the pane times the device
 * pixel ratio, React Flow's store watched for geometry changes, and the reduced-motion
 * preference followed live. The layers differ only in what they draw.
 */
import type { ReactFlowState } from '@xyflow/react';

export interface FlowStoreApi {
  getState: () => ReactFlowState;
  subscribe: (listener: () => void) => () => void;
}

export abstract class CanvasLoop {
  private frameId = 0;
  private unsubscribeFlow: (() => void) | null = null;
  private readonly motionQuery: MediaQueryList | null;
  /** Set by any React Flow store update (rare unless the user pans, zooms or drags). */
  protected flowDirty = true;
  protected readonly ctx: CanvasRenderingContext2D;
  /** The user prefers reduced motion: tokens jump instead of glide. */
  protected reduced: boolean;
  /** Frames actually drawn and tokens in the last one (read by the benchmark). */
  readonly stats = { frames: 0, tokens: 0 };

  constructor(
    protected readonly canvas: HTMLCanvasElement,
    protected readonly flow: FlowStoreApi,
  ) {
    const ctx = canvas.getContext('2d', { alpha: true });
    if (!ctx) throw new Error('2D canvas unavailable');
    this.ctx = ctx;
    this.motionQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
    this.reduced = this.motionQuery?.matches ?? false;
  }

  private readonly onMotion = (e: MediaQueryListEvent) => {
    this.reduced = e.matches;
  };

  start(): void {
    this.motionQuery?.addEventListener('change', this.onMotion);
    this.unsubscribeFlow = this.flow.subscribe(() => {
      this.flowDirty = true;
    });
    const loop = () => {
      this.draw();
      this.frameId = requestAnimationFrame(loop);
    };
    this.frameId = requestAnimationFrame(loop);
  }

  stop(): void {
    cancelAnimationFrame(this.frameId);
    this.unsubscribeFlow?.();
    this.motionQuery?.removeEventListener('change', this.onMotion);
  }

  /** Sizes the backing store to the pane's CSS box times the device pixel ratio. */
  resize(cssWidth: number, cssHeight: number): void {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(cssWidth * dpr));
    const h = Math.max(1, Math.round(cssHeight * dpr));
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
      this.resized();
    }
  }

  /** Resizing clears the canvas: the next frame must draw even if nothing moved. */
  protected abstract resized(): void;

  /** Draws one frame (skipping it when nothing changed since the last). */
  abstract draw(): void;
}
