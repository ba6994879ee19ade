import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type OnSelectionChangeParams,
  applyNodeChanges,
} from '@xyflow/react';
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import { useEditor, useEditorStore, usePrefs, useSim, useT } from '../../app/context';
import { messagePath } from './message-path';
import type { Scenario } from '../../scenario/types';
import { PALETTE_MIME, parsePaletteItem } from './palette-items';
import { edgeTypes, nodeTypes } from './registry';
import { TokenLayer } from './tokens/TokenLayer';

/** Derives React Flow's nodes from the document, keeping what React Flow measured before. */
function toFlowNodes(doc: Scenario, selected: ReadonlySet<string>, previous: readonly Node[] = []): Node[] {
  const measured = new Map(previous.map((n) => [n.id, n.measured]));
  return doc.nodes.map((n) => ({
    id: n.id,
    type: n.kind,
    position: n.position,
    data: {},
    selected: selected.has(n.id),
    measured: measured.get(n.id),
  }));
}

const NO_PATH: ReadonlySet<string> = new Set();

function toFlowEdges(doc: Scenario, selected: ReadonlySet<string>, path: ReadonlySet<string>): Edge[] {
  return doc.edges.map((e) => ({
    id: e.id,
    type: e.kind,
    source: e.source,
    target: e.target,
    selected: selected.has(e.id),
    markerEnd: 'bl-arrow',
    data: { onPath: path.has(e.id) },
  }));
}

/** `readOnly` (embed links): nothing can be moved, connected, selected or dropped. */
export function Canvas({ readOnly = false }: { readOnly?: boolean }) {
  const t = useT();
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const theme = usePrefs((s) => s.theme);
  const { screenToFlowPosition } = useReactFlow();

  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);
  // Positions move locally while dragging and are committed (one undo step) when the drag ends.
  const [synced, setSynced] = useState(() => ({ doc, selectedNodes, nodes: toFlowNodes(doc, selectedNodes) }));
  if (synced.doc !== doc || synced.selectedNodes !== selectedNodes) {
    // The document changed (edit, undo, load): re-derive during render, React's documented pattern.
    setSynced({ doc, selectedNodes, nodes: toFlowNodes(doc, selectedNodes, synced.nodes) });
  }
  const nodes = synced.nodes;
  // The selected message's path so far: recomputed when the log grows, only while one is selected.
  const selectedMessage = useSim((s) => s.selectedMessage);
  const log = useSim((s) => (s.selectedMessage === null ? null : s.log));
  const sim = useSim((s) => s.sim);
  const path = useMemo(
    () => (selectedMessage === null || log === null ? NO_PATH : messagePath(log, doc, selectedMessage, (ch) => sim.flights.producerOfChannel(ch))),
    [selectedMessage, log, doc, sim],
  );
  const edges = useMemo(() => toFlowEdges(doc, selectedEdges, path), [doc, selectedEdges, path]);

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    setSynced((cur) => ({ ...cur, nodes: applyNodeChanges(changes.filter((c) => c.type !== 'remove'), cur.nodes) }));
  }, []);

  // Edges are drawn straight from the store's selection, so their (de)selection goes there too.
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const current = store.getState().selection;
      const edges = new Set(current.edges);
      let changed = false;
      for (const c of changes) {
        if (c.type !== 'select' || edges.has(c.id) === c.selected) continue;
        if (c.selected) edges.add(c.id);
        else edges.delete(c.id);
        changed = true;
      }
      if (changed) store.getState().select({ nodes: current.nodes, edges: [...edges] });
    },
    [store],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, _node: Node, dragged: Node[]) =>
      store.getState().moveNodes(dragged.map((n) => ({ id: n.id, position: n.position }))),
    [store],
  );

  const onSelectionChange = useCallback(
    ({ nodes: ns, edges: es }: OnSelectionChangeParams) => {
      const next = { nodes: ns.map((n) => n.id), edges: es.map((e) => e.id) };
      const cur = store.getState().selection;
      if (next.nodes.join() !== cur.nodes.join() || next.edges.join() !== cur.edges.join()) store.getState().select(next);
    },
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      store.getState().connect(c.source, c.target);
    },
    [store],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      const item = parsePaletteItem(event.dataTransfer.getData(PALETTE_MIME));
      if (!item) return;
      const position = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      store.getState().addNode(item.kind, position, item.exchangeType);
    },
    [screenToFlowPosition, store],
  );

  return (
    <div className="bl-canvas" onDragOver={(e) => e.preventDefault()} onDrop={readOnly ? undefined : onDrop}>
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <marker id="bl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="bl-arrow-head" />
          </marker>
        </defs>
      </svg>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        onConnect={readOnly ? undefined : onConnect}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable={!readOnly}
        deleteKeyCode={null}
        colorMode={theme}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1.25 }}
        minZoom={0.2}
        maxZoom={3}
        ariaLabelConfig={{ 'node.a11yDescription.default': t('canvas.a11y.node') }}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <TokenLayer />
        <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} style={{ width: 140, height: 90 }} />
        <Controls
          aria-label={t('canvas.controls')}
          showInteractive={false}
        />
      </ReactFlow>
    </div>
  );
}
