import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, barChart, columnChart, lineChart } from '../../src/lib/charts';

describe('columnChart', () => {
  const chart = columnChart(
    ['Jan', 'Feb', 'Mar'],
    [
      { key: 'held', values: [2, 0, 5] },
      { key: 'cancelled', values: [1, 0, 0] },
    ],
    4,
  );

  it('stacks the series in their order, bottom up, leaving out empty segments', () => {
    const [jan, feb, mar] = chart.columns;
    expect(jan!.segments.map((s) => [s.key, s.value])).toEqual([
      ['held', 2],
      ['cancelled', 1],
    ]);
    // The second segment sits on the first.
    expect(jan!.segments[1]!.y + jan!.segments[1]!.height).toBeCloseTo(jan!.segments[0]!.y);
    expect(feb!.segments).toEqual([]);
    expect(mar!.segments[0]!.y + mar!.segments[0]!.height).toBeCloseTo(chart.frame.bottom);
  });

  it('scales heights in proportion to the values, from the baseline', () => {
    const [jan, , mar] = chart.columns;
    expect(mar!.segments[0]!.height / jan!.segments[0]!.height).toBeCloseTo(2.5);
    expect(chart.reference!.y).toBeLessThan(chart.frame.bottom);
    expect(chart.reference!.value).toBe(4);
  });

  it('keeps columns inside the plot, in order, with whole-number ticks from zero', () => {
    const xs = chart.columns.map((c) => c.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBeGreaterThanOrEqual(chart.frame.left);
    expect(chart.columns.at(-1)!.x + chart.columns.at(-1)!.width).toBeLessThanOrEqual(chart.frame.right);
    expect(chart.ticks[0]).toEqual({ value: 0, y: chart.frame.bottom });
    expect(chart.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  it('makes room for a target above every column', () => {
    const low = columnChart(['a'], [{ key: 'held', values: [1] }], 16);
    expect(Math.max(...low.ticks.map((t) => t.value))).toBeGreaterThanOrEqual(16);
  });

  it('draws an empty year without dividing by zero', () => {
    const empty = columnChart(['a', 'b'], [{ key: 'held', values: [0, 0] }]);
    expect(empty.columns.every((c) => c.segments.length === 0)).toBe(true);
    expect(empty.ticks.every((t) => Number.isFinite(t.y))).toBe(true);
  });
});

describe('lineChart', () => {
  it('draws one path per series through a point per category', () => {
    const chart = lineChart(
      ['Jan', 'Feb', 'Mar'],
      [
        { key: 'planned', values: [16, 32, 48] },
        { key: 'held', values: [0, 2, 3] },
      ],
    );
    expect(chart.lines.map((l) => l.key)).toEqual(['planned', 'held']);
    const planned = chart.lines[0]!;
    expect(planned.points).toHaveLength(3);
    expect(planned.d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(planned.points[2]!.y).toBeLessThan(planned.points[0]!.y);
    expect(chart.lines[1]!.points[0]!.y).toBeCloseTo(chart.frame.bottom);
  });
});

describe('barChart', () => {
  it('gives each row a label line above its bar, bars in proportion to the largest', () => {
    const chart = barChart([
      { label: 'Kriya', value: 6 },
      { label: 'Kuliner', value: 3 },
      { label: 'Arsitektur', value: 0 },
    ]);
    const [kriya, kuliner, arsitektur] = chart.rows;
    expect(kriya!.barWidth / kuliner!.barWidth).toBeCloseTo(2);
    expect(arsitektur!.barWidth).toBe(0);
    expect(kriya!.labelY).toBeLessThan(kriya!.barY);
    expect(kuliner!.labelY).toBeGreaterThan(kriya!.barY + kriya!.barHeight);
    expect(kriya!.barWidth).toBeLessThan(CHART_WIDTH);
    expect(chart.height).toBeGreaterThan(arsitektur!.barY + arsitektur!.barHeight - 1);
  });
});
