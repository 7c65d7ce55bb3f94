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

/** The number written by `length` ASCII digits of `text` from `at`; NaN if any is not a digit. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let k = at; k < at + length; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return NaN;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Days since 1970-01-01 of a YYYY-MM-DD date (UTC, so no time zone or DST shift); NaN for anything
 * else. Pure integer arithmetic on character codes (the days-from-civil formula), no Date, RegExp or
 * substring: it runs for each of 100,000 rows whenever a pilot's rows change (issue 3: a pilot opens
 * in ≤ 300 ms, an import blocks the page for ≤ 100 ms at a time).
 */
export function dayNumber(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return NaN;
  const y0 = digits(date, 0, 4);
  const m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  if (Number.isNaN(y0 + m + d)) return NaN;
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

/** Day numbers of every row. Rows come in runs of one date (a CSV is usually by date): a run is parsed once. */
export function measurementDays(measurements: readonly Measurement[]): Float64Array {
  const days = new Float64Array(measurements.length);
  let previous: string | undefined;
  let day = NaN;
  for (let i = 0; i < measurements.length; i++) {
    const date = measurements[i].date;
    if (date !== previous) {
      previous = date;
      day = dayNumber(date);
    }
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
  if (count === 0) return order;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const d = days[i];
    if (d < min) min = d;
    if (d > max) max = d;
  }
  // A row without a valid date (never after import validation) sorts first rather than breaking either path.
  const offsets = new Float64Array(count);
  for (let i = 0; i < count; i++) offsets[i] = Number.isFinite(days[i]) ? days[i] - min : 0;
  const span = Number.isFinite(max - min) ? max - min + 1 : Infinity;
  if (span <= 4 * count + 1024) {
    const starts = new Uint32Array(span + 1);
    for (let i = 0; i < count; i++) starts[offsets[i] + 1]++;
    for (let k = 1; k <= span; k++) starts[k] += starts[k - 1];
    for (let i = 0; i < count; i++) order[starts[offsets[i]]++] = i;
    return order;
  }
  for (let i = 0; i < count; i++) offsets[i] = offsets[i] * count + i;
  offsets.sort();
  for (let k = 0; k < count; k++) order[k] = offsets[k] % count;
  return order;
}

/**
 * The series of a pilot's rows. With `previous` (the series of the same pilot before an edit), a KPI
 * whose series came out identical gets the previous KpiSeries object back: its chart sees no change
 * and is not redrawn (adding one CSAT row redraws the CSAT chart only).
 *
 * Cost (issue 3: 100,000 rows, computed when a pilot opens and after every change of its rows): this
 * code runs once per change, mostly before the JavaScript engine has optimised it, when every pass
 * over 100,000 rows costs several milliseconds. So it makes four passes, not one per step: (1) day
 * number, KPI and date range of each row; (2) counts per day and per (KPI, day); (3) a counting sort
 * placing each row both in date order and in its KPI's date order; (4) filling each KPI's arrays,
 * allocated at their final length. Per-row Date parsing and array pushes took ~100 ms here.
 */
export function pilotSeries(pilot: Pick<Pilot, 'start' | 'end' | 'measurements'>, previous?: PilotSeries): PilotSeries {
  const ms = pilot.measurements;
  const count = ms.length;
  const startDay = dayNumber(pilot.start);
  const endDay = dayNumber(pilot.end);

  // (1) Day number, KPI (as a small integer) and the date range.
  const days = new Float64Array(count);
  const slotOf = new Uint32Array(count);
  const slots = new Map<string, number>();
  const kpiIds: string[] = [];
  const sizes: number[] = [];
  let lastId: string | undefined;
  let lastSlot = 0;
  let lastDate: string | undefined;
  let day = NaN;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const m = ms[i];
    // Rows come in runs of one date and often of one KPI: each run is parsed and looked up once.
    if (m.date !== lastDate) {
      lastDate = m.date;
      day = dayNumber(lastDate);
      if (day < min) min = day;
      if (day > max) max = day;
    }
    days[i] = day;
    if (m.kpiId !== lastId) {
      lastId = m.kpiId;
      let slot = slots.get(lastId);
      if (slot === undefined) {
        slots.set(lastId, (slot = kpiIds.length));
        kpiIds.push(lastId);
        sizes.push(0);
      }
      lastSlot = slot;
    }
    slotOf[i] = lastSlot;
    sizes[lastSlot]++;
  }
  const kpiCount = kpiIds.length;
  const starts = new Uint32Array(kpiCount + 1);
  for (let slot = 0; slot < kpiCount; slot++) starts[slot + 1] = starts[slot] + sizes[slot];

  // (2, 3) Both orders at once. A row without a valid date (never after import validation) sorts first.
  let order: Uint32Array;
  const grouped = new Uint32Array(count);
  const span = count === 0 || !Number.isFinite(max - min) ? 1 : max - min + 1;
  if (span * Math.max(kpiCount, 1) <= 4 * count + 1024) {
    order = new Uint32Array(count);
    const byDay = new Uint32Array(span + 1);
    const byKpiDay = new Uint32Array(kpiCount * span + 1);
    const offsets = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const offset = days[i] >= min ? days[i] - min : 0;
      offsets[i] = offset;
      byDay[offset + 1]++;
      byKpiDay[slotOf[i] * span + offset + 1]++;
    }
    for (let k = 1; k <= span; k++) byDay[k] += byDay[k - 1];
    for (let k = 1; k < byKpiDay.length; k++) byKpiDay[k] += byKpiDay[k - 1];
    for (let i = 0; i < count; i++) {
      const offset = offsets[i];
      order[byDay[offset]++] = i;
      grouped[byKpiDay[slotOf[i] * span + offset]++] = i;
    }
  } else {
    // Dates spread over far more days than there are rows: a numeric sort, then split by KPI (stable).
    order = sortByDay(days);
    const next = starts.slice(0, kpiCount);
    for (let k = 0; k < count; k++) grouped[next[slotOf[order[k]]]++] = order[k];
  }

  // (4) Each KPI's arrays, in date order.
  const byKpi = new Map<string, KpiSeries>();
  for (let slot = 0; slot < kpiCount; slot++) {
    const size = sizes[slot];
    const from = starts[slot];
    const rows = new Array<number>(size);
    const x = new Array<number>(size);
    const y = new Array<number>(size);
    const n = new Array<number | null>(size);
    const inWindow = new Array<boolean>(size);
    let baseline = 0;
    let counted = 0;
    let after = 0;
    for (let at = 0; at < size; at++) {
      const i = grouped[from + at];
      const m = ms[i];
      // Day numbers order exactly like the YYYY-MM-DD strings isInWindow compares, at a fraction of the cost.
      const d = days[i];
      const inside = startDay <= d && d <= endDay;
      rows[at] = i;
      x[at] = d;
      y[at] = m.value;
      n[at] = m.n ?? null;
      inWindow[at] = inside;
      if (inside) counted++;
      else if (d < startDay) baseline++;
      else after++;
    }
    const kpiId = kpiIds[slot];
    const fresh: KpiSeries = { kpiId, rows, x, y, n, inWindow, baseline, counted, after };
    const before = previous?.byKpi.get(kpiId);
    byKpi.set(kpiId, before && sameSeries(before, fresh) ? before : fresh);
  }
  return { startDay, endDay, days, order, byKpi };
}

/** Element-wise equality of two series (a pass over plain arrays: far cheaper than redrawing a chart). */
function sameSeries(a: KpiSeries, b: KpiSeries): boolean {
  if (a.rows.length !== b.rows.length || a.counted !== b.counted || a.baseline !== b.baseline || a.after !== b.after) return false;
  for (let k = 0; k < a.rows.length; k++) {
    if (a.rows[k] !== b.rows[k] || a.x[k] !== b.x[k] || !Object.is(a.y[k], b.y[k]) || a.n[k] !== b.n[k] || a.inWindow[k] !== b.inWindow[k]) return false;
  }
  return true;
}
