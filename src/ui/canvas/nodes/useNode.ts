import { useEditor } from '../../../app/context';
import type { NodeKind, ScenarioNode } from '../../../scenario/types';

/** Each node component subscribes to its own document entry only (narrow selector). */
export function useScenarioNode<K extends NodeKind>(id: string, kind: K) {
  return useEditor((s) => {
    const node = s.doc.nodes.find((n) => n.id === id);
    return node?.kind === kind ? (node as Extract<ScenarioNode, { kind: K }>) : undefined;
  });
}
