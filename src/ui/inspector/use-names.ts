import { useMemo } from 'react';
import { useEditor } from '../../app/context';
import type { NodeKind } from '../../scenario/types';

/** Names of the nodes of a kind, except the one being edited. */
export function useOtherNames(kind: NodeKind, exceptId: string): string[] {
  const nodes = useEditor((s) => s.doc.nodes);
  return useMemo(() => nodes.filter((n) => n.kind === kind && n.id !== exceptId).map((n) => n.name), [nodes, kind, exceptId]);
}

/** The label of a node by id, for sentences about edges. */
export function useNodeName(id: string): string {
  return useEditor((s) => s.doc.nodes.find((n) => n.id === id)?.name ?? id);
}
