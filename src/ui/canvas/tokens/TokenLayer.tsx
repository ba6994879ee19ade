import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type CSSProperties } from 'react';
import { useSimBundle } from '../../../app/context';
import type { TokenRenderer } from './renderer';
import { tokenSeam } from './test-seam';

// Above edges and nodes, below React Flow's panels (controls, minimap: z-index 5).
const STYLE: CSSProperties = { position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none', zIndex: 4 };
// Clicks on these belong to them, not to a token drawn over them (tokens over edges and labels win).
const NOT_THE_PANE = '.react-flow__node, .react-flow__panel';

/**
 * Messages in flight, drawn on one canvas over the React Flow pane by one rAF loop. Mount it
 * as a child of <ReactFlow> so it shares the pane's box. It renders once: nothing here
 * subscribes to a store for React, so animation never re-renders React.
 *
 * The renderer (./renderer and its drawing code) loads when there is first something to draw:
 * a first visit shows a paused canvas with nothing in flight.
 */
export function TokenLayer() {
  const bundle = useSimBundle();
  const flow = useStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    const pane = canvas?.parentElement;
    if (!canvas || !pane) return;
    let renderer: TokenRenderer | null = null;
    let mounted = true;
    const observer = new ResizeObserver(() => renderer?.resize(pane.clientWidth, pane.clientHeight));

    // The canvas lets pointer events through; a click that lands on a token selects its message.
    const onClick = (e: MouseEvent) => {
      if (!renderer || (e.target instanceof Element && e.target.closest(NOT_THE_PANE))) return;
      const rect = canvas.getBoundingClientRect();
      const id = renderer.messageAt(e.clientX - rect.left, e.clientY - rect.top);
      if (id === null) return;
      e.stopPropagation();
      bundle.store.getState().selectMessage(id);
    };
    pane.addEventListener('click', onClick, true);
    tokenSeam.sim = bundle;

    const start = (Renderer: typeof TokenRenderer) => {
      if (!mounted) return;
      const r = (renderer = new Renderer(canvas, bundle, flow));
      observer.observe(pane);
      r.resize(pane.clientWidth, pane.clientHeight);
      r.start();
      tokenSeam.stats = r.stats;
      tokenSeam.probe = () => {
        const t = r.firstToken();
        const rect = canvas.getBoundingClientRect();
        return t && { x: rect.left + t.x, y: rect.top + t.y, messageId: t.messageId };
      };
    };
    const somethingToDraw = () => {
      const board = bundle.store.getState().sim.flights;
      return board.flights.length > 0 || board.marks.length > 0;
    };
    let unsubscribe: (() => void) | null = null;
    const load = () => {
      unsubscribe?.();
      unsubscribe = null;
      void import('./renderer').then((m) => start(m.TokenRenderer));
    };
    if (somethingToDraw()) load();
    else unsubscribe = bundle.store.subscribe(() => somethingToDraw() && load());

    return () => {
      mounted = false;
      unsubscribe?.();
      renderer?.stop();
      observer.disconnect();
      pane.removeEventListener('click', onClick, true);
      if (tokenSeam.sim === bundle) tokenSeam.sim = tokenSeam.stats = tokenSeam.probe = null;
    };
  }, [bundle, flow]);

  return <canvas ref={ref} className="bl-token-layer" aria-hidden="true" style={STYLE} />;
}
