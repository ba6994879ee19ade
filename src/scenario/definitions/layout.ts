// Lays an imported topology out left to right: an exchange sits right of the exchanges that feed
// it (exchange-to-exchange bindings, alternate exchanges), a queue right of the exchanges bound to
// it, a dead-letter exchange right of the queues that dead-letter into it. Cycles (two exchanges
// bound to each other) stop growing after one pass per node.

import type { Position } from '../types';

export interface LayoutItem {
  key: string;
  /** The leftmost column the item may take (queues never share the first one with exchanges). */
  minColumn?: number;
}

/** `after[k]` lists the items that must sit left of k. Returns a position per item key. */
export function layoutColumns(items: readonly LayoutItem[], after: ReadonlyMap<string, readonly string[]>, origin: Position, gap = { x: 280, y: 120 }): Map<string, Position> {
  const column = new Map(items.map((i) => [i.key, i.minColumn ?? 0]));
  for (let round = 0; round < items.length; round++) {
    let changed = false;
    for (const item of items) {
      for (const before of after.get(item.key) ?? []) {
        const c = column.get(before);
        if (c === undefined || before === item.key) continue;
        if (c + 1 > (column.get(item.key) ?? 0) && c + 1 <= items.length) {
          column.set(item.key, c + 1);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }

  // Within a column, follow the average row of what feeds each item, so lines cross less.
  const rows = new Map<string, number>();
  const columns = Math.max(0, ...column.values()) + 1;
  const positions = new Map<string, Position>();
  for (let c = 0; c < columns; c++) {
    const here = items.filter((i) => column.get(i.key) === c);
    const score = (i: LayoutItem) => {
      const feeds = (after.get(i.key) ?? []).map((k) => rows.get(k)).filter((r): r is number => r !== undefined);
      return feeds.length ? feeds.reduce((a, b) => a + b, 0) / feeds.length : Number.POSITIVE_INFINITY;
    };
    const order = here.map((item, index) => ({ item, index, score: score(item) }));
    order.sort((a, b) => (a.score === b.score ? a.index - b.index : a.score < b.score ? -1 : 1));
    order.forEach(({ item }, row) => {
      rows.set(item.key, row);
      positions.set(item.key, { x: origin.x + c * gap.x, y: origin.y + row * gap.y });
    });
  }
  return positions;
}
