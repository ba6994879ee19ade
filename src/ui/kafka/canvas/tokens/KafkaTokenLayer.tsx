import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type CSSProperties } from 'react';
import { useKSimBundle } from '../../context';
import { KafkaTokenRenderer } from './renderer';
import { kafkaSeam } from './test-seam';

const STYLE: CSSProperties = { position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none', zIndex: 4 };
const NOT_THE_PANE = '.react-flow__node, .react-flow__panel';

/**
 * Records, commits and lines in flight, drawn on one canvas over the React Flow pane by one rAF
 * loop. Mounted as a child of <ReactFlow>; it renders once and subscribes to no store.
 */
export function KafkaTokenLayer() {
  const bundle = useKSimBundle();
  const flow = useStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    const pane = canvas?.parentElement;
    // No 2D canvas (a test DOM, a locked-down browser): the canvas still works, without tokens.
    if (!canvas || !pane || !canvas.getContext('2d')) return;
    const renderer = new KafkaTokenRenderer(canvas, bundle, flow);
    const observer = new ResizeObserver(() => renderer.resize(pane.clientWidth, pane.clientHeight));
    observer.observe(pane);
    renderer.resize(pane.clientWidth, pane.clientHeight);
    const onClick = (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest(NOT_THE_PANE)) return;
      const rect = canvas.getBoundingClientRect();
      const hit = renderer.recordAt(e.clientX - rect.left, e.clientY - rect.top, flow.getState().transform[2]);
      if (hit === null) return;
      e.stopPropagation();
      bundle.store.getState().select(hit);
    };
    pane.addEventListener('click', onClick, true);
    renderer.start();
    kafkaSeam.stats = renderer.stats;
    kafkaSeam.probe = () => {
      const t = renderer.firstToken();
      const rect = canvas.getBoundingClientRect();
      return t && { x: rect.left + t.x, y: rect.top + t.y, ref: t.ref };
    };
    return () => {
      renderer.stop();
      observer.disconnect();
      pane.removeEventListener('click', onClick, true);
      kafkaSeam.stats = kafkaSeam.probe = null;
    };
  }, [bundle, flow]);

  return <canvas ref={ref} className="bl-token-layer" aria-hidden="true" style={STYLE} />;
}
