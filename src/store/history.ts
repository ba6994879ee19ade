/** Undo/redo over immutable snapshots. Scenario documents are small, so snapshots beat diffs. */
export interface History<T> {
  past: T[];
  future: T[];
}

export const HISTORY_LIMIT = 200;

export function record<T>(history: History<T>, previous: T): History<T> {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(previous);
  return { past, future: [] };
}

export function undo<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const value = history.past.at(-1);
  if (value === undefined) return null;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future] }, value };
}

export function redo<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const [value, ...future] = history.future;
  if (value === undefined) return null;
  return { history: { past: [...history.past, current], future }, value };
}
