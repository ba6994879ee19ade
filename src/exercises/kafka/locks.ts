// An exercise's locked parts: nodes of the starting scenario a student may move but not change or
// delete, and the connections between two locked nodes. Pure; the Kafka editor asks it before
// each edit (a guard) while the exercise is open.

import type { KafkaNode, KafkaScenario } from '../../scenario/kafka/types';

const withoutPosition = ({ position: _position, ...rest }: KafkaNode) => JSON.stringify(rest);

/** True when `doc` still holds every locked node unchanged (but for its position) and every locked connection. */
export function keepsLocks(start: KafkaScenario, locked: readonly string[], doc: KafkaScenario): boolean {
  if (locked.length === 0) return true;
  const ids = new Set(locked);
  for (const node of start.nodes) {
    if (!ids.has(node.id)) continue;
    const now = doc.nodes.find((n) => n.id === node.id);
    if (!now || withoutPosition(now) !== withoutPosition(node)) return false;
  }
  return start.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .every((e) => doc.edges.some((x) => x.source === e.source && x.target === e.target && x.kind === e.kind));
}

/**
 * The editor's guard for an exercise: refuses an edit that would break a lock, unless the locks are
 * already broken (the student undid past the exercise's start, or opened something else): then
 * there is nothing left to protect.
 */
export function lockGuard(start: KafkaScenario, locked: readonly string[]) {
  return (before: KafkaScenario, after: KafkaScenario): boolean => !keepsLocks(start, locked, before) || keepsLocks(start, locked, after);
}
