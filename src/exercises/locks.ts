// Locked parts: nodes and edges of the starting scenario the student may not delete or change.
// Moving a node is not a change. The UI refuses edits that would break a lock, and the check
// looks again, so a document edited elsewhere (a file, another tab) cannot slip past.

import type { Scenario, ScenarioEdge, ScenarioNode } from '../scenario/types';
import type { ExerciseKey, Failure, Locks } from './types';

/** JSON with sorted keys: two objects with the same content give the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function nodeContent(n: ScenarioNode): string {
  const { position: _position, ...rest } = n;
  return canonical(rest);
}

function edgeContent(e: ScenarioEdge): string {
  const { id: _id, ...rest } = e;
  return canonical(rest);
}

export const KIND_WORDS: Readonly<Record<ScenarioNode['kind'], ExerciseKey>> = {
  producer: 'ex.word.the.producer',
  exchange: 'ex.word.the.exchange',
  queue: 'ex.word.the.queue',
  consumer: 'ex.word.the.consumer',
};

export function lockViolations(start: Scenario, doc: Scenario, locks: Locks): Failure[] {
  const out: Failure[] = [];
  const nameOf = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id)?.name ?? id;
  for (const id of locks.nodes) {
    const before = start.nodes.find((n) => n.id === id);
    if (!before) continue;
    const after = doc.nodes.find((n) => n.id === id);
    const params = { kind: { word: KIND_WORDS[before.kind] }, name: before.name };
    if (!after) out.push({ code: 'ex.fail.locked.node-deleted', params });
    else if (nodeContent(after) !== nodeContent(before))
      out.push({ code: 'ex.fail.locked.node-changed', params });
  }
  for (const id of locks.edges) {
    const before = start.edges.find((e) => e.id === id);
    if (!before) continue;
    const params = { from: nameOf(start, before.source), to: nameOf(start, before.target) };
    const after = doc.edges.find((e) => e.id === id);
    if (after && edgeContent(after) === edgeContent(before)) continue;
    // The same connection made again (deleted, then redrawn) keeps the lock's meaning.
    if (doc.edges.some((e) => edgeContent(e) === edgeContent(before))) continue;
    out.push({
      code: after ? 'ex.fail.locked.edge-changed' : 'ex.fail.locked.edge-deleted',
      params,
    });
  }
  return out;
}
