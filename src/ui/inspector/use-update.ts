import { useCallback } from 'react';
import { useEditor, useEditorStore } from '../../app/context';
import type { BindingEdge, NodeKind, ScenarioNode } from '../../scenario/types';

export type NodeOf<K extends NodeKind> = Extract<ScenarioNode, { kind: K }>;

function unchanged(item: object, patch: object): boolean {
  const record = item as Record<string, unknown>;
  return Object.entries(patch).every(([k, v]) => JSON.stringify(v) === JSON.stringify(record[k]));
}

/** The selected node of a kind, subscribed on its own entry only. */
export function useNode<K extends NodeKind>(id: string, kind: K): NodeOf<K> | undefined {
  return useEditor((s) => {
    const node = s.doc.nodes.find((n) => n.id === id);
    return node?.kind === kind ? (node as NodeOf<K>) : undefined;
  });
}

/**
 * Applies a patch built from the node as it is now in the store (not as it was at render time),
 * and skips patches that change nothing, so that every real edit is exactly one undo step.
 */
export function useUpdateNode<K extends NodeKind>(id: string, kind: K) {
  const store = useEditorStore();
  return useCallback(
    (make: (node: NodeOf<K>) => Partial<NodeOf<K>>) => {
      const node = store.getState().doc.nodes.find((n) => n.id === id);
      if (node?.kind !== kind) return;
      const patch = make(node as NodeOf<K>);
      if (unchanged(node, patch)) return;
      store.getState().updateNode(id, patch);
    },
    [store, id, kind],
  );
}

export function useUpdateBinding(id: string) {
  const store = useEditorStore();
  return useCallback(
    (make: (edge: BindingEdge) => Partial<BindingEdge>) => {
      const edge = store.getState().doc.edges.find((e) => e.id === id);
      if (edge?.kind !== 'binding') return;
      const patch = make(edge);
      if (unchanged(edge, patch)) return;
      store.getState().updateEdge(id, patch);
    },
    [store, id],
  );
}

/** A copy of an object with one optional key set, or removed when the value is undefined. */
export function withKey<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const copy = { ...obj };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
