import type { KafkaScenario } from '../../scenario/kafka/types';
import { IN, memberIn } from './anchors';
import type { NameIndex } from './flights';
import { nodeById } from './sync';

/** Names in the engine's events → the nodes that draw them. */
export function nameIndex(doc: KafkaScenario): NameIndex {
  const byKind = (kind: string) => new Map(doc.nodes.filter((n) => n.kind === kind).map((n) => [n.name, n.id]));
  const topics = byKind('topic');
  const connectors = byKind('connector');
  const files = byKind('file');
  const members = new Map<string, { node: string; handle: string }>();
  for (const n of doc.nodes) {
    if (n.kind === 'group') for (const c of n.consumers) members.set(`${n.name}\u0000${c.name}`, { node: n.id, handle: memberIn(c.id) });
    // A sink connector's tasks consume as the group connect-<name>.
    if (n.kind === 'connector' && n.connectorClass === 'FileStreamSink')
      for (let i = 0; i < n.tasksMax; i++) members.set(`connect-${n.name}\u0000connector-consumer-${n.name}-${i}`, { node: n.id, handle: IN });
  }
  return {
    topic: (name) => topics.get(name),
    connector: (name) => connectors.get(name),
    file: (name) => files.get(name),
    member: (group, member) => members.get(`${group}\u0000${member}`) ?? null,
    producer: (id) => (nodeById(doc, id)?.kind === 'producer' ? { node: id, topicEdge: doc.edges.some((e) => e.kind === 'produce' && e.source === id) } : null),
  };
}
