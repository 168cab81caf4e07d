/**
 * Geometry of the report's charts, computed at build time (the pages ship no JavaScript).
 * Scales come from d3-scale and shapes from d3-shape; the components in components/charts/
 * only draw what these return. Coordinates are in the SVG's user units: the width is a phone's,
 * so that text in the chart stays readable where most visitors see it.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line, stack } from 'd3-shape';

export const CHART_WIDTH = 360;
/** Room for the value axis on the left and the category labels below. */
const MARGIN = { top: 12, right: 8, bottom: 24, left: 28 };
const PLOT_HEIGHT = 160;
const TICKS = 4;

export interface Tick {
  value: number;
  y: number;
}

export interface Series {
  key: string;
  values: readonly number[];
}

function valueScale(max: number) {
  const scale = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([MARGIN.top + PLOT_HEIGHT, MARGIN.top])
    .nice(TICKS);
  // Counts are whole numbers: no tick at 0.5.
  const ticks = scale
    .ticks(TICKS)
    .filter(Number.isInteger)
    .map((value) => ({ value, y: scale(value) }));
  return { scale, ticks };
}

const frame = {
  width: CHART_WIDTH,
  height: MARGIN.top + PLOT_HEIGHT + MARGIN.bottom,
  left: MARGIN.left,
  right: CHART_WIDTH - MARGIN.right,
  bottom: MARGIN.top + PLOT_HEIGHT,
};
export type Frame = typeof frame;

export interface ColumnChart {
  frame: Frame;
  ticks: Tick[];
  columns: {
    x: number;
    width: number;
    /** Centre, where the category's label goes. */
    centre: number;
    segments: { key: string; y: number; height: number; value: number }[];
  }[];
  /** The target, as a horizontal line. */
  reference?: { value: number; y: number } | undefined;
}

/** Columns per category, the series stacked in their order, and an optional target line. */
export function columnChart(categories: readonly string[], series: readonly Series[], reference?: number): ColumnChart {
  const rows = categories.map((_, i) => Object.fromEntries(series.map((s) => [s.key, s.values[i] ?? 0])));
  const stacked = stack<Record<string, number>>().keys(series.map((s) => s.key))(rows);
  const top = Math.max(reference ?? 0, ...stacked.flatMap((layer) => layer.map(([, high]) => high)));
  const { scale, ticks } = valueScale(top);
  const band = scaleBand<number>()
    .domain(categories.map((_, i) => i))
    .range([frame.left, frame.right])
    .paddingInner(categories.length > 24 ? 0.15 : 0.25)
    .paddingOuter(0.1);
  return {
    frame,
    ticks,
    columns: categories.map((_, i) => ({
      x: band(i)!,
      width: band.bandwidth(),
      centre: band(i)! + band.bandwidth() / 2,
      segments: stacked
        .map((layer) => {
          const [low, high] = layer[i]!;
          return { key: layer.key, y: scale(high), height: scale(low) - scale(high), value: high - low };
        })
        .filter((segment) => segment.value > 0),
    })),
    reference: reference === undefined ? undefined : { value: reference, y: scale(reference) },
  };
}

export interface LineChart {
  frame: Frame;
  ticks: Tick[];
  /** x of each category. */
  xs: number[];
  lines: { key: string; d: string; points: { x: number; y: number; value: number }[] }[];
}

/** One line per series over the categories, on a shared value axis from zero. */
export function lineChart(categories: readonly string[], series: readonly Series[]): LineChart {
  const { scale, ticks } = valueScale(Math.max(0, ...series.flatMap((s) => s.values)));
  const band = scaleBand<number>()
    .domain(categories.map((_, i) => i))
    .range([frame.left, frame.right])
    .padding(0.1);
  const xs = categories.map((_, i) => band(i)! + band.bandwidth() / 2);
  return {
    frame,
    ticks,
    xs,
    lines: series.map((s) => {
      const points = s.values.map((value, i) => ({ x: xs[i]!, y: scale(value), value }));
      const path = line<{ x: number; y: number }>()
        .x((p) => p.x)
        .y((p) => p.y);
      return { key: s.key, d: path(points) ?? '', points };
    }),
  };
}

const BAR = { label: 14, bar: 12, gap: 10, valueRoom: 36 };

export interface BarChart {
  width: number;
  height: number;
  rows: { label: string; value: number; labelY: number; barY: number; barHeight: number; barWidth: number }[];
}

/**
 * Horizontal bars, each with its label on the line above: sector and regency names are long,
 * and a label column would leave the bars no room on a phone.
 */
export function barChart(rows: readonly { label: string; value: number }[]): BarChart {
  const rowHeight = BAR.label + BAR.bar + BAR.gap;
  const scale = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((r) => r.value))])
    .range([0, CHART_WIDTH - BAR.valueRoom]);
  return {
    width: CHART_WIDTH,
    height: rows.length * rowHeight,
    rows: rows.map((row, i) => ({
      ...row,
      labelY: i * rowHeight + BAR.label - 3,
      barY: i * rowHeight + BAR.label,
      barHeight: BAR.bar,
      barWidth: scale(row.value),
    })),
  };
}
