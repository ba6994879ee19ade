// Derives React Flow's edges from the document and what the cluster is doing. A subscription is
// drawn as one edge per partition, from the partition to the consumer that owns it, so a
// rebalance visibly moves edges; a sink connector reads every partition, so it gets one edge
// from each. Every drawn edge carries its document edge's id before a `~`, so selecting or
// deleting it acts on the document edge.

import type { Edge } from '@xyflow/react';
import type { GroupSnapshot } from '../../../engine/kafka';
import type { KafkaScenario } from '../../../scenario/kafka/types';
import { IN, memberIn, OUT, partitionOut } from '../../../sim/kafka/anchors';

export const docEdgeId = (flowEdgeId: string): string => flowEdgeId.split('~')[0];

export interface EdgeData extends Record<string, unknown> {
  kind: string;
  /** For a partition-level edge: the partition. */
  partition?: number;
  owned?: boolean;
}

/**
 * Who owns what, as a short string: the canvas re-derives its edges only when this changes.
 * `group|topic|partition=consumerId;...`
 */
export function ownershipKey(doc: KafkaScenario, groups: readonly GroupSnapshot[]): string {
  const parts: string[] = [];
  for (const n of doc.nodes) {
    if (n.kind !== 'group') continue;
    const g = groups.find((x) => x.id === n.name);
    if (!g) continue;
    for (const m of g.members) {
      const c = n.consumers.find((x) => x.name === m.id);
      if (!c || !m.alive) continue;
      for (const a of m.assignment) parts.push(`${n.id}|${a.topic}|${a.partition}=${c.id}`);
    }
  }
  return parts.sort().join(';');
}

export function toFlowEdges(doc: KafkaScenario, ownership: string, selected: ReadonlySet<string>): Edge<EdgeData>[] {
  const owners = new Map<string, string>();
  for (const part of ownership === '' ? [] : ownership.split(';')) {
    const [k, c] = part.split('=');
    owners.set(k, c);
  }
  const topicById = new Map(doc.nodes.flatMap((n) => (n.kind === 'topic' ? [[n.id, n] as const] : [])));
  const out: Edge<EdgeData>[] = [];
  for (const e of doc.edges) {
    const isSelected = selected.has(e.id);
    const base = { type: 'kafka', selected: isSelected, markerEnd: 'kf-arrow' };
    const topic = topicById.get(e.source);
    if (e.kind === 'subscribe' && topic) {
      const owned: Edge<EdgeData>[] = [];
      for (let p = 0; p < topic.partitions; p++) {
        const c = owners.get(`${e.target}|${topic.name}|${p}`);
        if (c === undefined) continue;
        owned.push({ ...base, id: `${e.id}~p${p}`, source: e.source, sourceHandle: partitionOut(p), target: e.target, targetHandle: memberIn(c), data: { kind: e.kind, partition: p, owned: true } });
      }
      if (owned.length > 0) {
        out.push(...owned);
        continue;
      }
    }
    if (e.kind === 'sink-read' && topic) {
      for (let p = 0; p < topic.partitions; p++)
        out.push({ ...base, id: `${e.id}~p${p}`, source: e.source, sourceHandle: partitionOut(p), target: e.target, targetHandle: IN, data: { kind: e.kind, partition: p } });
      continue;
    }
    out.push({ ...base, id: e.id, source: e.source, sourceHandle: OUT, target: e.target, targetHandle: IN, data: { kind: e.kind } });
  }
  return out;
}
