// A message's journey through the log, for the message details panel (it loads with the panel).
import type { SimLogEntry } from '../../sim/amqp/types';
import type { LogIndex } from './context';
import { messageIdOf } from './entry';

/** The message, its dead-letter ancestors and all its dead-lettered descendants. */
export function messageFamily(index: LogIndex, id: number): Set<number> {
  let root = id;
  const seen = new Set<number>();
  while (index.parentOf.has(root) && !seen.has(root)) {
    seen.add(root);
    root = index.parentOf.get(root)!;
  }
  const family = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (family.has(x)) continue;
    family.add(x);
    stack.push(...(index.childrenOf.get(x) ?? []));
  }
  return family;
}

/** Every entry about a message and its family, in log order. */
export function journeyOf(log: readonly SimLogEntry[], index: LogIndex, id: number): SimLogEntry[] {
  const family = messageFamily(index, id);
  return log.filter((e) => {
    const m = messageIdOf(e);
    return m !== null && family.has(m);
  });
}
