/**
 * A growable ring buffer: O(1) push/shift at both ends without Array.shift's O(n) copy, and one
 * pointer slot per element, which is what keeps a million ready messages cheap.
 */
export class Deque<T> {
  private buf: (T | undefined)[];
  private head = 0;
  private len = 0;

  constructor(capacity = 8) {
    this.buf = new Array<T | undefined>(capacity);
  }

  get length(): number {
    return this.len;
  }

  at(i: number): T | undefined {
    return i < 0 || i >= this.len ? undefined : this.buf[(this.head + i) & (this.buf.length - 1)];
  }

  peekFront(): T | undefined {
    return this.len === 0 ? undefined : this.buf[this.head];
  }

  push(v: T): void {
    if (this.len === this.buf.length) this.grow();
    this.buf[(this.head + this.len) & (this.buf.length - 1)] = v;
    this.len++;
  }

  unshift(v: T): void {
    if (this.len === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.len++;
  }

  shift(): T | undefined {
    if (this.len === 0) return undefined;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.len--;
    return v;
  }

  /** Inserts at position i (0 = front), moving the shorter side. */
  insertAt(i: number, v: T): void {
    if (i <= 0) return this.unshift(v);
    if (i >= this.len) return this.push(v);
    if (this.len === this.buf.length) this.grow();
    const mask = this.buf.length - 1;
    if (i < this.len / 2) {
      this.head = (this.head - 1) & mask;
      for (let k = 0; k < i; k++) this.buf[(this.head + k) & mask] = this.buf[(this.head + k + 1) & mask];
    } else {
      for (let k = this.len; k > i; k--) this.buf[(this.head + k) & mask] = this.buf[(this.head + k - 1) & mask];
    }
    this.buf[(this.head + i) & mask] = v;
    this.len++;
  }

  clear(): void {
    this.buf = new Array<T | undefined>(8);
    this.head = 0;
    this.len = 0;
  }

  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.len; i++) out.push(this.at(i)!);
    return out;
  }

  private grow(): void {
    const old = this.buf;
    const next = new Array<T | undefined>(old.length * 2);
    for (let i = 0; i < this.len; i++) next[i] = old[(this.head + i) & (old.length - 1)];
    this.buf = next;
    this.head = 0;
  }
}
