// A pilot's measurements arranged for display: every row's day number, the rows sorted by date, and per
// KPI the sorted series a trend chart draws, with each point's place relative to the window (SPEC §4:
// rows before the start are a baseline, rows after the end are after the pilot; both are shown, not
// judged). Computed once per pilot change: with 100,000 rows this must stay well inside the 300 ms a
// pilot has to open in (issue 3), so it does one numeric sort instead of comparing date strings.
import { isInWindow } from './pilot';
import type { Measurement, Pilot } from './types';

export type WindowPlace = 'baseline' | 'in' | 'after';

export interface KpiSeries {
  kpiId: string;
  /** Indices into pilot.measurements, by date; equal dates keep array order (the later row is newer). */
  rows: number[];
  /** Day numbers (days since 1970-01-01), ascending: a linear chart axis needs no date adapter. */
  x: number[];
  y: number[];
  n: (number | null)[];
  inWindow: boolean[];
  baseline: number;
  counted: number;
  after: number;
}

export interface PilotSeries {
  startDay: number;
  endDay: number;
  /** Day number of each measurement, by its index in pilot.measurements. */
  days: Float64Array;
  /** All indices sorted by date, then array order. */
  order: Uint32Array;
  /** One series per KPI that has measurements. */
  byKpi: Map<string, KpiSeries>;
}

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a YYYY-MM-DD date (UTC, so no time zone or DST shift); NaN for anything
 * else. Pure integer arithmetic (the days-from-civil formula): it runs for every one of 100,000 rows
 * each time a pilot opens, where a Date per row would cost ten times as much.
 */
export function dayNumber(date: string): number {
  if (!DATE_RE.test(date)) return NaN;
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The YYYY-MM-DD date of a day number (the inverse of dayNumber). */
export function dayToDate(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/** Where a date lies relative to the inclusive window [start, end] (the same test as evaluatePilot). */
export function windowPlace(date: string, pilot: Pick<Pilot, 'start' | 'end'>): WindowPlace {
  if (isInWindow(date, pilot)) return 'in';
  return date < pilot.start ? 'baseline' : 'after';
}

/** Day numbers of every row; dates repeat a lot, so each distinct date is parsed once. */
export function measurementDays(measurements: readonly Measurement[]): Float64Array {
  const days = new Float64Array(measurements.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < measurements.length; i++) {
    const date = measurements[i].date;
    let day = seen.get(date);
    if (day === undefined) seen.set(date, (day = dayNumber(date)));
    days[i] = day;
  }
  return days;
}

/**
 * Indices sorted by (day, index): stable, so equal dates keep array order. Dates are whole days in a
 * short span, so a counting sort (one pass to count per day, one to place) does it in linear time;
 * a span much longer than the list falls back to sorting numeric keys day × count + index (a typed
 * array sort, no comparator; exact while span × count < 2^53, i.e. for any real pilot).
 */
export function sortByDay(days: Float64Array): Uint32Array {
  const count = days.length;
  const order = new Uint32Array(count);
  let min = Infinity;
  let max = -Infinity;
  for (const d of days) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  if (count === 0) return order;
  // A row without a valid date (never after import validation) sorts first rather than breaking either path.
  const offset = (i: number) => (Number.isFinite(days[i]) ? days[i] - min : 0);
  const span = Number.isFinite(max - min) ? max - min + 1 : Infinity;
  if (span <= 4 * count + 1024) {
    const starts = new Uint32Array(span + 1);
    for (let i = 0; i < count; i++) starts[offset(i) + 1]++;
    for (let k = 1; k <= span; k++) starts[k] += starts[k - 1];
    for (let i = 0; i < count; i++) order[starts[offset(i)]++] = i;
    return order;
  }
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = offset(i) * count + i;
  keys.sort();
  for (let k = 0; k < count; k++) order[k] = keys[k] % count;
  return order;
}

export function pilotSeries(pilot: Pick<Pilot, 'start' | 'end' | 'measurements'>): PilotSeries {
  const ms = pilot.measurements;
  const days = measurementDays(ms);
  const order = sortByDay(days);
  const startDay = dayNumber(pilot.start);
  const endDay = dayNumber(pilot.end);
  const byKpi = new Map<string, KpiSeries>();
  let s: KpiSeries | undefined;
  for (const i of order) {
    const m = ms[i];
    // Rows of one KPI often follow each other: skip the map lookup then.
    if (s?.kpiId !== m.kpiId) {
      s = byKpi.get(m.kpiId);
      if (!s) byKpi.set(m.kpiId, (s = { kpiId: m.kpiId, rows: [], x: [], y: [], n: [], inWindow: [], baseline: 0, counted: 0, after: 0 }));
    }
    // Day numbers order exactly like the YYYY-MM-DD strings isInWindow compares, at a fraction of the cost.
    const day = days[i];
    const inside = startDay <= day && day <= endDay;
    s.rows.push(i);
    s.x.push(day);
    s.y.push(m.value);
    s.n.push(m.n ?? null);
    s.inWindow.push(inside);
    if (inside) s.counted++;
    else if (day < startDay) s.baseline++;
    else s.after++;
  }
  return { startDay, endDay, days, order, byKpi };
}
