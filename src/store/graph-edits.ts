// The edits both editors (the AMQP canvas and the Kafka canvas) make the same way on a document of
// nodes and edges. Pure: each returns the new document, or null when nothing would change (so no
// empty undo step is recorded).

import { redo, undo, type History } from './history';

interface Positioned {
  readonly id: string;
  readonly position: { readonly x: number; readonly y: number };
}
interface Linked {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** The highest number ending an id (`n12` → 12), so new ids never collide with loaded ones. */
export function maxIdNumber(doc: { readonly nodes: readonly { id: string }[]; readonly edges: readonly { id: string }[] }): number {
  let max = 0;
  for (const item of [...doc.nodes, ...doc.edges]) {
    const n = Number(/(\d+)$/.exec(item.id)?.[1] ?? 0);
    if (n > max) max = n;
  }
  return max;
}

export function movedNodes<N extends Positioned, D extends { nodes: N[] }>(doc: D, moves: ReadonlyArray<{ id: string; position: { x: number; y: number } }>): D | null {
  const byId = new Map(moves.map((m) => [m.id, m.position]));
  const changed = doc.nodes.some((n) => {
    const p = byId.get(n.id);
    return p && (p.x !== n.position.x || p.y !== n.position.y);
  });
  if (!changed) return null;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const p = byId.get(n.id);
      return p ? { ...n, position: { x: p.x, y: p.y } } : n;
    }),
  };
}

/** Without the selected nodes and edges; the edges of a deleted node go with it. */
export function withoutSelection<N extends { id: string }, E extends Linked, D extends { nodes: N[]; edges: E[] }>(doc: D, selection: { readonly nodes: readonly string[]; readonly edges: readonly string[] }): D | null {
  const nodes = new Set(selection.nodes);
  const edges = new Set(selection.edges);
  if (nodes.size === 0 && edges.size === 0) return null;
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !nodes.has(n.id)),
    edges: doc.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  };
}

/** One step back or forward in an editor's history: the document to show and the history after. */
export function stepHistory<D>(state: { readonly history: History<D>; readonly doc: D }, direction: 'undo' | 'redo'): { doc: D; history: History<D> } | null {
  const step = direction === 'undo' ? undo(state.history, state.doc) : redo(state.history, state.doc);
  return step && { doc: step.value, history: step.history };
}
