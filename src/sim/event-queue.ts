/**
 * A timer queue ordered by (time, seq): a binary min-heap. Two timers due at the same instant
 * fire in the order they were scheduled (numeric seq, never string comparison), which keeps
 * runs reproducible.
 */
export interface Timer<T> {
  readonly time: number;
  readonly seq: number;
  readonly payload: T;
}

export class EventQueue<T> {
  private heap: Timer<T>[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  schedule(time: number, payload: T): Timer<T> {
    const timer: Timer<T> = { time, seq: this.seq++, payload };
    const h = this.heap;
    h.push(timer);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
    return timer;
  }

  peek(): Timer<T> | undefined {
    return this.heap[0];
  }

  pop(): Timer<T> | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l], h[m])) m = l;
      if (r < h.length && before(h[r], h[m])) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
    return top;
  }

  clear(): void {
    this.heap = [];
  }
}

function before<T>(a: Timer<T>, b: Timer<T>): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}
