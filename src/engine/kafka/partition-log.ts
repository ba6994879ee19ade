import type { StoredRecord } from './types';

/**
 * One partition's append-only log. Offsets are never renumbered: retention moves the log start,
 * compaction leaves gaps, and only a leader failover truncates the uncommitted tail.
 * Records live in an array with a moving head so deleting from the front is O(1) amortised.
 */
export class PartitionLog {
  private recs: StoredRecord[] = [];
  private head = 0;
  logStartOffset = 0;
  /** Log end offset: the next offset to be written. */
  leo = 0;
  bytes = 0;

  get size(): number {
    return this.recs.length - this.head;
  }

  append(rec: StoredRecord): void {
    this.recs.push(rec);
    this.leo = rec.offset + 1;
    this.bytes += rec.bytes;
  }

  first(): StoredRecord | undefined {
    return this.recs[this.head];
  }

  /** Live records in offset order (a copy; for snapshots and the cleaner). */
  toArray(): StoredRecord[] {
    return this.recs.slice(this.head);
  }

  /** Index of the first live record with offset >= `offset`. */
  private indexFrom(offset: number): number {
    const recs = this.recs;
    const firstRec = recs[this.head];
    if (firstRec === undefined || offset <= firstRec.offset) return this.head;
    // Fast path: without compaction gaps the offset maps straight to an index.
    const guess = this.head + (offset - firstRec.offset);
    if (guess < recs.length && recs[guess].offset === offset) return guess;
    let lo = this.head;
    let hi = recs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (recs[mid].offset < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Pushes records with from <= offset < below into `out`, at most `max`; returns the position
   * after the last record read, or `from` if nothing was read. Compaction gaps are skipped.
   */
  read(from: number, below: number, max: number, out: StoredRecord[]): number {
    const recs = this.recs;
    let i = this.indexFrom(from);
    let next = from;
    let n = 0;
    while (n < max && i < recs.length) {
      const r = recs[i];
      if (r.offset >= below) break;
      out.push(r);
      next = r.offset + 1;
      i++;
      n++;
    }
    return next;
  }

  /** Retention: drops records from the head while `shouldDrop` says so. */
  dropHeadWhile(shouldDrop: (r: StoredRecord) => boolean, removed: StoredRecord[]): void {
    while (this.head < this.recs.length && shouldDrop(this.recs[this.head])) {
      const r = this.recs[this.head++];
      this.bytes -= r.bytes;
      removed.push(r);
      this.logStartOffset = r.offset + 1;
    }
    this.compactStorage();
  }

  /** Size retention: drops head records below `below` while the log holds more than `limit` bytes. */
  dropHeadOverBytes(limit: number, below: number, removed: StoredRecord[] | null): void {
    while (this.head < this.recs.length && this.bytes > limit) {
      const r = this.recs[this.head];
      if (r.offset >= below) break;
      this.head++;
      this.bytes -= r.bytes;
      this.logStartOffset = r.offset + 1;
      removed?.push(r);
    }
    this.compactStorage();
  }

  /** Compaction: removes arbitrary records; offsets of the others stay (gaps appear). */
  removeWhere(pred: (r: StoredRecord) => boolean, removed: StoredRecord[]): void {
    const kept: StoredRecord[] = [];
    for (let i = this.head; i < this.recs.length; i++) {
      const r = this.recs[i];
      if (pred(r)) {
        removed.push(r);
        this.bytes -= r.bytes;
      } else kept.push(r);
    }
    this.recs = kept;
    this.head = 0;
  }

  /** Leader failover: the new leader's log ends at `newLeo`; everything from there is gone. */
  truncateTo(newLeo: number, removed: StoredRecord[]): void {
    while (this.recs.length > this.head && this.recs[this.recs.length - 1].offset >= newLeo) {
      const r = this.recs.pop()!;
      this.bytes -= r.bytes;
      removed.unshift(r);
    }
    this.leo = Math.min(this.leo, newLeo);
    if (this.logStartOffset > this.leo) this.logStartOffset = this.leo;
  }

  private compactStorage(): void {
    // Reclaim the dead prefix once it dominates, so long runs do not keep every record alive.
    if (this.head > 1024 && this.head * 2 > this.recs.length) {
      this.recs = this.recs.slice(this.head);
      this.head = 0;
    }
  }
}
