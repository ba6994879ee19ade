import type { Sample, SamplePoint } from '../../../engine/integration';

export type ChartMetric = 'backlog' | 'latency' | 'notDone';

function value(p: SamplePoint | undefined, metric: ChartMetric): number | null {
  if (p === undefined) return null;
  if (metric === 'backlog') return p.backlog;
  if (metric === 'latency') return p.windowP95Ms === null ? null : p.windowP95Ms / 1000;
  return p.failed + p.lost;
}

/**
 * uPlot's columns: simulated seconds, then one series per style. Latency has gaps (null) where
 * no order completed in a window: a broken line says "nothing got through", which is the point.
 */
export function chartColumns(
  samples: readonly Sample[],
  styleIds: readonly string[],
  metric: ChartMetric,
): [number[], ...(number | null)[][]] {
  const x = samples.map((s) => s.t / 1000);
  const ys = styleIds.map((id) => samples.map((s) => value(s.styles[id], metric)));
  return [x, ...ys];
}
