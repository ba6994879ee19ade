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
    let u: uPlot | null = null;
    let ro: ResizeObserver | null = null;
    // Built a frame later: the app sets the new theme on <html> in an effect of its own, which
    // runs after this one, and the colours are read from the theme's CSS variables.
    const frame = requestAnimationFrame(() => {
      u = build(el, { xLabel, yLabel, series, large }, dataRef.current);
      plot.current = u;
      const chart = u;
      ro = new ResizeObserver(() =>
        chart.setSize({ width: Math.max(200, el.clientWidth), height: chartHeight(large) }),
      );
      ro.observe(el);
    });
    return () => {
      cancelAnimationFrame(frame);
      ro?.disconnect();
      u?.destroy();
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

function build(
  el: HTMLElement,
  o: { xLabel: string; yLabel: string; series: readonly ChartSeries[]; large: boolean },
  data: uPlot.AlignedData,
): uPlot {
  const css = getComputedStyle(el);
  const color = (v: string) => css.getPropertyValue(v).trim() || '#888';
  const text = color('--text');
  const grid = color('--border');
  const px = o.large ? 18 : 14;
  const font = `600 ${px}px system-ui, 'Liberation Sans', sans-serif`;
  const axis = {
    stroke: text,
    font,
    labelFont: font,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1 },
  };
  return new uPlot(
    {
      width: Math.max(200, el.clientWidth),
      height: chartHeight(o.large),
      // One legend for all charts, drawn by Charts with the line patterns (uPlot's shows only colour).
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false } },
      axes: [
        { ...axis, label: o.xLabel, size: px * 2.6, labelSize: px * 1.6 },
        { ...axis, label: o.yLabel, size: px * 4, labelSize: px * 1.6 },
      ],
      series: [
        { label: o.xLabel },
        ...o.series.map((s) => ({
          label: s.label,
          stroke: color(s.colorVar),
          width: o.large ? s.width + 1 : s.width,
          dash: [...s.dash],
          // A lone value between gaps (one window in which anything completed) is a dot, not nothing.
          points: {
            show: true,
            size: o.large ? 9 : 7,
            fill: color(s.colorVar),
            filter: lonePoints,
          },
          spanGaps: false,
        })),
      ],
    },
    data,
    el,
  );
}

/** Indices of values with no value on either side: a line cannot draw them, so they get a dot. */
function lonePoints(u: uPlot, seriesIdx: number): number[] {
  const ys = u.data[seriesIdx];
  const out: number[] = [];
  for (let i = 0; i < ys.length; i++)
    if (ys[i] != null && ys[i - 1] == null && ys[i + 1] == null) out.push(i);
  return out;
}
