import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  readonly label: string;
  readonly colorVar: string;
  readonly dash: readonly number[];
  readonly width: number;
}

interface Props {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly ChartSeries[];
  data: uPlot.AlignedData;
  /** Anything that changes colours or words (theme, language, presenter) rebuilds the chart. */
  look: string;
  large: boolean;
}

/** Taller on a tall screen (a projector at 1080p), never so tall that the figures scroll away. */
function chartHeight(large: boolean): number {
  return Math.round(
    Math.min(large ? 420 : 360, Math.max(200, window.innerHeight * (large ? 0.36 : 0.3))),
  );
}

/** happy-dom and some locked-down browsers have no 2D canvas; the figures still show there. */
function canDraw(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/**
 * One uPlot line chart. Built once per look, then fed new data a few times a second; it
 * follows its container's width.
 */
export function LineChart({ title, xLabel, yLabel, series, data, look, large }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  const seriesKey = series.map((s) => `${s.label}|${s.colorVar}`).join(',');

  useEffect(() => {
    const el = box.current;
    if (el === null || !canDraw()) return;
    const css = getComputedStyle(el);
    const color = (v: string) => css.getPropertyValue(v).trim() || '#888';
    const text = color('--text');
    const grid = color('--border');
    const px = large ? 18 : 14;
    const font = `600 ${px}px system-ui, 'Liberation Sans', sans-serif`;
    const axis = {
      stroke: text,
      font,
      labelFont: font,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid, width: 1 },
    };
    const u = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height: chartHeight(large),
        // One legend for all charts, drawn by Charts with the line patterns (uPlot's shows only colour).
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false } },
        axes: [
          { ...axis, label: xLabel, size: px * 2.6, labelSize: px * 1.6 },
          { ...axis, label: yLabel, size: px * 4, labelSize: px * 1.6 },
        ],
        series: [
          { label: xLabel },
          ...series.map((s) => ({
            label: s.label,
            stroke: color(s.colorVar),
            width: large ? s.width + 1 : s.width,
            dash: [...s.dash],
            points: { show: false },
            spanGaps: false,
          })),
        ],
      },
      dataRef.current,
      el,
    );
    plot.current = u;
    const ro = new ResizeObserver(() =>
      u.setSize({ width: Math.max(200, el.clientWidth), height: chartHeight(large) }),
    );
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
    // The series' words and colours are in seriesKey and look; data goes through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seriesKey, look, large, xLabel, yLabel]);

  useEffect(() => {
    dataRef.current = data;
    plot.current?.setData(data);
  }, [data]);

  return (
    <figure className="why-chart">
      <figcaption>{title}</figcaption>
      <div ref={box} className="why-chart-box" />
    </figure>
  );
}
