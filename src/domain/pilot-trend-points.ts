// The points of one KPI's trend chart, split by the pilot window (SPEC §4: only the counted points are
// judged; baseline and after-pilot points are shown, not judged), and what a chart is drawn from. A
// chart draws one point per day: a day's rows (one per site or shift, or a figure kept twice) are
// combined the way SPEC §4 aggregates the KPI's value, so the line shows what the decision counts. The
// measurements table still lists every row.
import type { KpiSeries } from './pilot-series';
import type { Kpi, KpiAggregate } from './types';

export interface TrendPoint {
  x: number;
  y: number;
  n: number | null;
}

export interface TrendInput {
  kpi: Pick<Kpi, 'name' | 'unit' | 'threshold' | 'target' | 'aggregate'>;
  series: KpiSeries;
  startDay: number;
  endDay: number;
}

/** The series of a KPI without measurements: its chart has nothing to draw. */
export const EMPTY_SERIES: KpiSeries = {
  kpiId: '', rows: new Uint32Array(0), x: new Float64Array(0), y: new Float64Array(0), n: new Float64Array(0), inWindow: new Uint8Array(0), baseline: 0, counted: 0, after: 0,
};

/**
 * The point of the rows at [from, to) of a series, all of one day, as SPEC §4 aggregates a KPI's value
 * (pilot.ts aggregateKpiRows, here over one day, in the same order so the figures are the same to the bit):
 * `mean` is n-weighted with n = Σ n when every row has n, else the plain mean; `last` is the later row
 * (a series keeps equal days in array order); `sum`, `min`, `max` as named. Only `mean` carries an n.
 */
function dayPoint(series: KpiSeries, from: number, to: number, aggregate: KpiAggregate): TrendPoint {
  const { x, y, n } = series;
  if (aggregate === 'last') return { x: x[from], y: y[to - 1], n: null };
  let value = aggregate === 'min' || aggregate === 'max' ? y[from] : 0;
  let totalN = 0;
  let weighted = 0;
  let allN = true;
  for (let k = from; k < to; k++) {
    const v = y[k];
    if (aggregate === 'min') value = Math.min(value, v);
    else if (aggregate === 'max') value = Math.max(value, v);
    else value += v;
    const size = n[k];
    if (!Number.isFinite(size)) allN = false;
    else {
      totalN += size;
      weighted += v * size;
    }
  }
  if (aggregate !== 'mean') return { x: x[from], y: value, n: null };
  return allN && totalN > 0 ? { x: x[from], y: weighted / totalN, n: totalN } : { x: x[from], y: value / (to - from), n: null };
}

/**
 * Splits a series into the counted points and the ones before / after the window (shown, not judged),
 * one point per day (see dayPoint): a day is on one side of the window, so its rows never split.
 */
export function splitByWindow(series: KpiSeries, startDay: number, aggregate: KpiAggregate): { counted: TrendPoint[]; before: TrendPoint[]; after: TrendPoint[] } {
  const counted: TrendPoint[] = [];
  const before: TrendPoint[] = [];
  const after: TrendPoint[] = [];
  // Arrays in locals: this runs over every row of a KPI.
  const { x, y, n, inWindow } = series;
  for (let i = 0; i < x.length; ) {
    let end = i + 1;
    while (end < x.length && x[end] === x[i]) end++;
    const size = n[i];
    const point = end === i + 1 ? { x: x[i], y: y[i], n: size === size ? size : null } : dayPoint(series, i, end, aggregate);
    if (inWindow[i] === 1) counted.push(point);
    else if (point.x < startDay) before.push(point);
    else after.push(point);
    i = end;
  }
  return { counted, before, after };
}

type Split = ReturnType<typeof splitByWindow>;
const splits = new WeakMap<KpiSeries, { startDay: number; aggregate: KpiAggregate; split: Split }>();

/**
 * splitByWindow, kept per series (a series never changes once built, and a replaced one is collected):
 * a chart redraw after a 100,000-row import can then build its ~25,000 points in one task and hand them
 * to Chart.js in the next (state/trend-drawing.svelte.ts), and a colour-scheme change reuses them.
 */
export function pointsOf(series: KpiSeries, startDay: number, aggregate: KpiAggregate): Split {
  const hit = splits.get(series);
  if (hit && hit.startDay === startDay && hit.aggregate === aggregate) return hit.split;
  const split = splitByWindow(series, startDay, aggregate);
  splits.set(series, { startDay, aggregate, split });
  return split;
}

/** True when a chart drawn from `a` would look exactly like one drawn from `b`: no redraw needed. */
export function sameTrendInput(a: TrendInput, b: TrendInput): boolean {
  return (
    a.series === b.series && a.startDay === b.startDay && a.endDay === b.endDay &&
    a.kpi.name === b.kpi.name && a.kpi.unit === b.kpi.unit && a.kpi.threshold === b.kpi.threshold && a.kpi.target === b.kpi.target &&
    a.kpi.aggregate === b.kpi.aggregate
  );
}
