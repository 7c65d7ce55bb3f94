// A pilot's measurements arranged for display: every row's day number, the rows sorted by date, and per
// KPI the sorted series a trend chart draws, with each point's place relative to the window (SPEC §4:
// rows before the start are a baseline, rows after the end are after the pilot; both are shown, not
// judged). Computed once per change of a pilot's rows: with 100,000 rows it must fit in the 300 ms a
// pilot has to open in, and after an import run in steps of a few ms (SPEC §10 performance targets), so it sorts by
// integer day numbers with a counting sort, never by comparing date strings.
import { isInWindow } from './pilot';
import { countRows, dayNumber, fillSeries, INVALID, placeRows, scanRows, type Build } from './pilot-series-passes';
import type { KpiSeries, PilotSeries, WindowPlace } from './pilot-series-types';
import type { Measurement, Pilot } from './types';

export { dayNumber };
export type { KpiSeries, PilotSeries, WindowPlace };

const DAY_MS = 86_400_000;

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
 */
export function pilotSeries(pilot: Pick<Pilot, 'start' | 'end' | 'measurements'>, previous?: PilotSeries): PilotSeries {
  const steps = pilotSeriesSteps(pilot, previous, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows per step of pilotSeriesSteps: a step stays ~10–30 ms even before the engine optimises the code. */
const ROWS_PER_STEP = 25_000;

/**
 * pilotSeries in steps of about `rowsPerStep` rows: the caller runs each step in a task of its own
 * (SPEC §10 performance targets: after a 100,000-row import no task may block the page for over 100 ms).
 *
 * Cost: this runs once per change of the rows, mostly before the JavaScript engine has optimised it,
 * when each pass over 100,000 rows costs several milliseconds. So it makes four passes, not one per
 * step of the algorithm: (1) day number, KPI and date range of each row; (2) counts per day and per
 * (KPI, day); (3) a counting sort placing each row both in date order and in its KPI's date order;
 * (4) filling each KPI's arrays, allocated at their final length. The loops are in plain functions
 * (a generator's own loops are optimised late, if at all).
 */
export function* pilotSeriesSteps(
  pilot: Pick<Pilot, 'start' | 'end' | 'measurements'>,
  previous?: PilotSeries,
  rowsPerStep = ROWS_PER_STEP,
): Generator<void, PilotSeries, void> {
  const count = pilot.measurements.length;
  const b: Build = {
    ms: pilot.measurements, days: new Float64Array(count), rel: new Int32Array(count), slotOf: new Uint32Array(count),
    slots: new Map(), kpiIds: [], sizes: [], lastSlot: 0, day: NaN, base: NaN, relDay: INVALID, relMin: 0, relMax: 0,
  };
  const chunks = function* (pass: (from: number, to: number) => void) {
    for (let from = 0; from < count; from += rowsPerStep) {
      pass(from, Math.min(count, from + rowsPerStep));
      if (from + rowsPerStep < count) yield;
    }
  };
  yield* chunks((from, to) => scanRows(b, from, to));
  const kpiCount = b.kpiIds.length;
  const starts = new Uint32Array(kpiCount + 1);
  for (let slot = 0; slot < kpiCount; slot++) starts[slot + 1] = starts[slot] + b.sizes[slot];

  // A row without a valid date (never after import validation) goes with the earliest day.
  let order: Uint32Array;
  const grouped = new Uint32Array(count);
  const span = b.relMax - b.relMin + 1;
  if (span * Math.max(kpiCount, 1) <= 4 * count + 1024) {
    order = new Uint32Array(count);
    const byDay = new Uint32Array(span + 1);
    const byKpiDay = new Uint32Array(kpiCount * span + 1);
    yield* chunks((from, to) => countRows(b, span, byDay, byKpiDay, from, to));
    for (let k = 1; k < byDay.length; k++) byDay[k] += byDay[k - 1];
    for (let k = 1; k < byKpiDay.length; k++) byKpiDay[k] += byKpiDay[k - 1];
    yield* chunks((from, to) => placeRows(b, span, byDay, byKpiDay, order, grouped, from, to));
  } else {
    // Dates spread over far more days than there are rows: a numeric sort, then split by KPI (stable).
    order = sortByDay(b.days);
    const next = starts.slice(0, kpiCount);
    for (let k = 0; k < count; k++) grouped[next[b.slotOf[order[k]]]++] = order[k];
    yield;
  }

  const startDay = dayNumber(pilot.start);
  const endDay = dayNumber(pilot.end);
  const all = b.kpiIds.map((kpiId, slot): KpiSeries => {
    const size = b.sizes[slot];
    return { kpiId, rows: new Array(size), x: new Array(size), y: new Array(size), n: new Array(size), inWindow: new Array(size), baseline: 0, counted: 0, after: 0 };
  });
  // (4) by position in `grouped`: a step may end inside one KPI's rows and go on in the next.
  yield* chunks((from, to) => {
    for (let slot = 0; slot < kpiCount; slot++) {
      const lo = Math.max(from, starts[slot]);
      const hi = Math.min(to, starts[slot + 1]);
      if (lo < hi) fillSeries(b, all[slot], grouped, starts[slot], lo, hi, startDay, endDay);
    }
  });
  const byKpi = new Map<string, KpiSeries>();
  for (const fresh of all) {
    const before = previous?.byKpi.get(fresh.kpiId);
    byKpi.set(fresh.kpiId, before && sameSeries(before, fresh) ? before : fresh);
  }
  return { startDay, endDay, days: b.days, order, byKpi };
}

/** Element-wise equality of two series (a pass over plain arrays: far cheaper than redrawing a chart). */
function sameSeries(a: KpiSeries, b: KpiSeries): boolean {
  if (a.rows.length !== b.rows.length || a.counted !== b.counted || a.baseline !== b.baseline || a.after !== b.after) return false;
  for (let k = 0; k < a.rows.length; k++) {
    if (a.rows[k] !== b.rows[k] || a.x[k] !== b.x[k] || !Object.is(a.y[k], b.y[k]) || a.n[k] !== b.n[k] || a.inWindow[k] !== b.inWindow[k]) return false;
  }
  return true;
}
