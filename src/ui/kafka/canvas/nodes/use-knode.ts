import type { KafkaNodeKind, NodeOfKind } from '../../../../scenario/kafka/types';
import { useKEditor } from '../../context';

/** Each node component subscribes to its own document entry only (narrow selector). */
export function useKNode<K extends KafkaNodeKind>(id: string, kind: K): NodeOfKind<K> | undefined {
  return useKEditor((s) => {
    const node = s.doc.nodes.find((n) => n.id === id);
    return node?.kind === kind ? (node as NodeOfKind<K>) : undefined;
  });
}
