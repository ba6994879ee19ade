import type { KafkaEdge, KafkaEdgeKind, KafkaNode, KafkaScenario } from './types';

/** Why a connection was refused; the UI words each code in the user's language. */
export type KafkaConnectRefusal =
  | 'same-node'
  | 'missing-node'
  | 'not-allowed'
  | 'duplicate'
  | 'producer-has-topic'
  | 'source-has-file'
  | 'source-has-topic'
  | 'sink-has-file';

export type KafkaConnectResult = { ok: true; edge: Omit<KafkaEdge, 'id'> } | { ok: false; reason: KafkaConnectRefusal };

/** What a connection between two kinds of node means, or null when it means nothing. */
export function edgeKindFor(source: KafkaNode, target: KafkaNode): KafkaEdgeKind | null {
  const sink = (n: KafkaNode) => n.kind === 'connector' && n.connectorClass === 'FileStreamSink';
  const src = (n: KafkaNode) => n.kind === 'connector' && n.connectorClass === 'FileStreamSource';
  if (source.kind === 'producer' && target.kind === 'topic') return 'produce';
  if (source.kind === 'topic' && target.kind === 'group') return 'subscribe';
  if (source.kind === 'file' && src(target)) return 'source-read';
  if (src(source) && target.kind === 'topic') return 'source-write';
  if (source.kind === 'topic' && sink(target)) return 'sink-read';
  if (sink(source) && target.kind === 'file') return 'sink-write';
  return null;
}

/** Edge kinds a node may have only one of, seen from that node (a producer writes to one topic). */
const ONE_PER_SOURCE: ReadonlyMap<KafkaEdgeKind, KafkaConnectRefusal> = new Map([
  ['produce', 'producer-has-topic'],
  ['source-write', 'source-has-topic'],
  ['sink-write', 'sink-has-file'],
]);
const ONE_PER_TARGET: ReadonlyMap<KafkaEdgeKind, KafkaConnectRefusal> = new Map([['source-read', 'source-has-file']]);

/** Decides what dragging from one node's handle to another means in Kafka, or why it means nothing. */
export function connectKafka(doc: KafkaScenario, sourceId: string, targetId: string): KafkaConnectResult {
  if (sourceId === targetId) return { ok: false, reason: 'same-node' };
  const source = doc.nodes.find((n) => n.id === sourceId);
  const target = doc.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { ok: false, reason: 'missing-node' };
  const kind = edgeKindFor(source, target);
  if (kind === null) return { ok: false, reason: 'not-allowed' };
  if (doc.edges.some((e) => e.source === sourceId && e.target === targetId)) return { ok: false, reason: 'duplicate' };
  const perSource = ONE_PER_SOURCE.get(kind);
  if (perSource && doc.edges.some((e) => e.kind === kind && e.source === sourceId)) return { ok: false, reason: perSource };
  const perTarget = ONE_PER_TARGET.get(kind);
  if (perTarget && doc.edges.some((e) => e.kind === kind && e.target === targetId)) return { ok: false, reason: perTarget };
  return { ok: true, edge: { kind, source: sourceId, target: targetId } };
}
