import { useCallback } from 'react';
import type { KafkaNodeKind, NodeOfKind } from '../../../scenario/kafka/types';
import { useKEditorStore } from '../context';

/**
 * Applies a patch built from the node as it is now in the store, and skips patches that change
 * nothing, so every real edit is exactly one undo step.
 */
export function useKUpdate<K extends KafkaNodeKind>(id: string, kind: K) {
  const store = useKEditorStore();
  return useCallback(
    (make: (node: NodeOfKind<K>) => Partial<NodeOfKind<K>>) => {
      const node = store.getState().doc.nodes.find((n) => n.id === id);
      if (node?.kind !== kind) return;
      const patch = make(node as NodeOfKind<K>);
      const rec = node as unknown as Record<string, unknown>;
      if (Object.entries(patch).every(([k, v]) => JSON.stringify(v) === JSON.stringify(rec[k]))) return;
      store.getState().updateNode(id, patch);
    },
    [store, id, kind],
  );
}

/** Names taken by other nodes of the same kind. */
export function otherNames(nodes: readonly { id: string; kind: string; name: string }[], id: string, kind: string): string[] {
  return nodes.filter((n) => n.kind === kind && n.id !== id).map((n) => n.name);
}
