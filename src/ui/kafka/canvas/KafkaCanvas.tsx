import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { usePrefs, useT, useUi } from '../../../app/context';
import type { KafkaScenario } from '../../../scenario/kafka/types';
import { useKEditor, useKEditorStore, useKSim } from '../context';
import { docEdgeId, ownershipKey, toFlowEdges } from './flow';
import { K_PALETTE_MIME, parseKItem } from './palette-items';
import { kafkaEdgeTypes, kafkaNodeTypes } from './registry';
import { KafkaTokenLayer } from './tokens/KafkaTokenLayer';

/**
 * Fits the view to each new document (a preset, a link, New). The flow store outlives documents
 * and node ids repeat, so the fit waits two frames: by then React Flow has measured the new nodes.
 */
function FitOnLoad({ generation, empty, presenter }: { generation: number; empty: boolean; presenter: boolean }) {
  const initialized = useNodesInitialized();
  const { fitView, setViewport } = useReactFlow();
  const fitted = useRef(-1);
  // Presenter mode changes the canvas's size (panels tucked away): frame the scenario again, closer.
  const framed = useRef(presenter);
  useEffect(() => {
    if (framed.current === presenter) return;
    framed.current = presenter;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void fitView({ padding: 0.08, maxZoom: presenter ? 2 : 1.25 }));
    });
    return () => cancelAnimationFrame(frame);
  }, [presenter, fitView]);
  useEffect(() => {
    // An empty document has nothing to fit: the view starts at 100 %, and the nodes the user
    // adds next stay where they are dropped.
    if (empty && fitted.current !== generation) {
      fitted.current = generation;
      void setViewport({ x: 0, y: 0, zoom: 1 });
    }
    if (!initialized || fitted.current === generation) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        fitted.current = generation;
        void fitView({ padding: 0.12, maxZoom: 1.25 });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [initialized, generation, fitView, setViewport, empty]);
  return null;
}

function toFlowNodes(doc: KafkaScenario, selected: ReadonlySet<string>, previous: readonly Node[] = []): Node[] {
  const measured = new Map(previous.map((n) => [n.id, n.measured]));
  return doc.nodes.map((n) => ({ id: n.id, type: `k-${n.kind}`, position: n.position, data: {}, selected: selected.has(n.id), measured: measured.get(n.id) }));
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function KafkaCanvas() {
  const t = useT();
  const store = useKEditorStore();
  const doc = useKEditor((s) => s.doc);
  const selection = useKEditor((s) => s.selection);
  // Bumped by a new document (a preset, a link, New): the view fits it.
  const generation = useKEditor((s) => s.generation);
  const theme = usePrefs((s) => s.theme);
  const presenter = useUi((s) => s.presenter);
  // A string: the edges are re-derived only when who owns which partition changes.
  const ownership = useKSim((s) => ownershipKey(doc, s.snapshot.groups));
  const { screenToFlowPosition } = useReactFlow();

  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);
  // Positions move locally while dragging and are committed (one undo step) when the drag ends.
  const [synced, setSynced] = useState(() => ({ doc, generation, selectedNodes, nodes: toFlowNodes(doc, selectedNodes) }));
  // Sizes measured for the previous document would mislead the first fit of a new one (ids repeat).
  if (synced.doc !== doc || synced.selectedNodes !== selectedNodes)
    setSynced({ doc, generation, selectedNodes, nodes: toFlowNodes(doc, selectedNodes, synced.generation === generation ? synced.nodes : []) });
  const nodes = synced.nodes;
  const edges = useMemo(() => toFlowEdges(doc, ownership, selectedEdges), [doc, ownership, selectedEdges]);

  // Selection is taken from the select changes themselves, never from onSelectionChange: after a
  // remount React Flow reports a selection one render late, which could bounce between two states.
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      setSynced((cur) => ({ ...cur, nodes: applyNodeChanges(changes.filter((c) => c.type !== 'remove' && c.type !== 'select'), cur.nodes) }));
      const current = store.getState().selection;
      const next = new Set(current.nodes);
      for (const c of changes) if (c.type === 'select') void (c.selected ? next.add(c.id) : next.delete(c.id));
      if (!same([...next], current.nodes)) store.getState().select({ nodes: [...next], edges: current.edges });
    },
    [store],
  );

  // Drawn edges map back to document edges: a subscription drawn as one edge per partition is
  // selected while any of its parts is. Parts a change leaves out keep their state (all parts of
  // a document edge share it), so a change set that touches only some parts cannot flip-flop.
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const current = store.getState().selection;
      const before = new Set(current.edges);
      const parts = new Map<string, Set<string>>();
      for (const e of edges) parts.set(docEdgeId(e.id), (parts.get(docEdgeId(e.id)) ?? new Set()).add(e.id));
      const changed = new Map<string, boolean>();
      for (const c of changes) if (c.type === 'select') changed.set(c.id, c.selected);
      if (changed.size === 0) return;
      const next = new Set(before);
      for (const id of new Set([...changed.keys()].map(docEdgeId))) {
        const all = [...(parts.get(id) ?? [id])];
        if (all.some((part) => changed.get(part) ?? before.has(id))) next.add(id);
        else next.delete(id);
      }
      if (!same([...next], current.edges)) store.getState().select({ nodes: current.nodes, edges: [...next] });
    },
    [store, edges],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, _node: Node, dragged: Node[]) => store.getState().moveNodes(dragged.map((n) => ({ id: n.id, position: n.position }))),
    [store],
  );

  const onConnect = useCallback((c: Connection) => void store.getState().connect(c.source, c.target), [store]);

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      const item = parseKItem(event.dataTransfer.getData(K_PALETTE_MIME));
      if (!item) return;
      store.getState().addNode(item.kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }), item.variant);
    },
    [screenToFlowPosition, store],
  );

  return (
    <div className="bl-canvas kf-canvas" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <marker id="kf-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="bl-arrow-head" />
          </marker>
        </defs>
      </svg>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={kafkaNodeTypes}
        edgeTypes={kafkaEdgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        deleteKeyCode={null}
        colorMode={theme}
        minZoom={0.2}
        maxZoom={3}
        ariaLabelConfig={{ 'node.a11yDescription.default': t('canvas.a11y.node') }}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <FitOnLoad generation={generation} empty={doc.nodes.length === 0} presenter={presenter} />
        <KafkaTokenLayer />
        <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} style={{ width: 140, height: 90 }} />
        <Controls aria-label={t('canvas.controls')} showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
