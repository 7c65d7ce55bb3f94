// The points of one KPI's trend chart, split by the pilot window (SPEC §4: only the counted points are
// judged; baseline and after-pilot points are shown, not judged), and what a chart is drawn from.
import type { KpiSeries } from './pilot-series';
import type { Kpi } from './types';

export interface TrendPoint {
  x: number;
  y: number;
  n: number | null;
}

export interface TrendInput {
  kpi: Pick<Kpi, 'name' | 'unit' | 'threshold' | 'target'>;
  series: KpiSeries;
  startDay: number;
  endDay: number;
}

/** The series of a KPI without measurements: its chart has nothing to draw. */
export const EMPTY_SERIES: KpiSeries = { kpiId: '', rows: [], x: [], y: [], n: [], inWindow: [], baseline: 0, counted: 0, after: 0 };

/** Splits a series into the counted points and the ones before / after the window (shown, not judged). */
export function splitByWindow(series: KpiSeries, startDay: number): { counted: TrendPoint[]; before: TrendPoint[]; after: TrendPoint[] } {
  const counted: TrendPoint[] = [];
  const before: TrendPoint[] = [];
  const after: TrendPoint[] = [];
  for (let i = 0; i < series.x.length; i++) {
    const point = { x: series.x[i], y: series.y[i], n: series.n[i] };
    if (series.inWindow[i]) counted.push(point);
    else if (point.x < startDay) before.push(point);
    else after.push(point);
  }
  return { counted, before, after };
}

type Split = ReturnType<typeof splitByWindow>;
const splits = new WeakMap<KpiSeries, { startDay: number; split: Split }>();

/**
 * splitByWindow, kept per series (a series never changes once built, and a replaced one is collected):
 * a chart redraw after a 100,000-row import can then build its ~25,000 points in one task and hand them
 * to Chart.js in the next (state/trend-drawing.svelte.ts), and a colour-scheme change reuses them.
 */
export function pointsOf(series: KpiSeries, startDay: number): Split {
  const hit = splits.get(series);
  if (hit && hit.startDay === startDay) return hit.split;
  const split = splitByWindow(series, startDay);
  splits.set(series, { startDay, split });
  return split;
}

/** True when a chart drawn from `a` would look exactly like one drawn from `b`: no redraw needed. */
export function sameTrendInput(a: TrendInput, b: TrendInput): boolean {
  return (
    a.series === b.series && a.startDay === b.startDay && a.endDay === b.endDay &&
    a.kpi.name === b.kpi.name && a.kpi.unit === b.kpi.unit && a.kpi.threshold === b.kpi.threshold && a.kpi.target === b.kpi.target
  );
}
