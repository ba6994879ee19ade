import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type CSSProperties } from 'react';
import { useSimBundle } from '../../../app/context';
import { TokenRenderer } from './renderer';
import { tokenSeam } from './test-seam';

// Above edges and nodes, below React Flow's panels (controls, minimap: z-index 5).
const STYLE: CSSProperties = { position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none', zIndex: 4 };
// Clicks on these belong to them, not to a token drawn over them (tokens over edges and labels win).
const NOT_THE_PANE = '.react-flow__node, .react-flow__panel';

/**
 * Messages in flight, drawn on one canvas over the React Flow pane by one rAF loop. Mount it
 * as a child of <ReactFlow> so it shares the pane's box. It renders once: nothing here
 * subscribes to a store, so animation never re-renders React.
 */
export function TokenLayer() {
  const bundle = useSimBundle();
  const flow = useStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    const pane = canvas?.parentElement;
    if (!canvas || !pane) return;
    const renderer = new TokenRenderer(canvas, bundle, flow);
    const observer = new ResizeObserver(() => renderer.resize(pane.clientWidth, pane.clientHeight));
    observer.observe(pane);
    renderer.resize(pane.clientWidth, pane.clientHeight);

    // The canvas lets pointer events through; a click that lands on a token selects its message.
    const onClick = (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest(NOT_THE_PANE)) return;
      const rect = canvas.getBoundingClientRect();
      const id = renderer.messageAt(e.clientX - rect.left, e.clientY - rect.top);
      if (id === null) return;
      e.stopPropagation();
      bundle.store.getState().selectMessage(id);
    };
    pane.addEventListener('click', onClick, true);
    renderer.start();
    tokenSeam.sim = bundle;
    tokenSeam.stats = renderer.stats;
    tokenSeam.probe = () => {
      const t = renderer.firstToken();
      const rect = canvas.getBoundingClientRect();
      return t && { x: rect.left + t.x, y: rect.top + t.y, messageId: t.messageId };
    };
    return () => {
      renderer.stop();
      observer.disconnect();
      pane.removeEventListener('click', onClick, true);
      if (tokenSeam.sim === bundle) tokenSeam.sim = tokenSeam.stats = tokenSeam.probe = null;
    };
  }, [bundle, flow]);

  return <canvas ref={ref} className="bl-token-layer" aria-hidden="true" style={STYLE} />;
}
