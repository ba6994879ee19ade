/** Inserts keeping ascending order (binary search; the array stays sorted for percentiles). */
export function insertSorted(sorted: number[], value: number): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, value);
}

/**
 * Nearest-rank percentile of an ascending array: the smallest value with at least p% of the
 * samples at or below it. Nearest-rank never invents a value that was not observed, which
 * keeps the figures a student sees checkable by hand. Undefined when there are no samples.
 */
export function percentileOfSorted(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export function percentile(values: readonly number[], p: number): number | undefined {
  return percentileOfSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}
