// A pilot's measurements arranged for display: the rows sorted by date (the measurements table), and per
// KPI the sorted series a trend chart draws, with each point's place relative to the window (SPEC §4:
// rows before the start are a baseline, rows after the end are after the pilot; both are shown, not
// judged). Computed once per change of a pilot's rows, from its columns (pilot-rows.ts): with a
// million rows it must fit in the time a pilot has to open in, and after an import run in steps of a
// few ms (SPEC §10 performance targets), so each distinct date is parsed once and the rows are sorted
// by integer day numbers with a counting sort, never by comparing date strings.
import { DAY_MS } from './dates';
import { countDays, dayNumber, fillSeries, placeRows, type BlockPass } from './pilot-series-passes';
import type { KpiSeries, PilotSeries } from './pilot-series-types';
import type { Pilot } from './types';

export { dayNumber };
export type { KpiSeries, PilotSeries };

/** The YYYY-MM-DD date of a day number (the inverse of dayNumber). */
export function dayToDate(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Indices sorted by (day, index): stable, so equal days keep their order. Dates are whole days in a
 * short span, so a counting sort does it in linear time; a span much longer than the list falls back to
 * sorting numeric keys day × count + index (a typed array sort, no comparator; exact while span ×
 * count < 2^53, i.e. for any real pilot). A NaN day (never after import validation) sorts first.
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

/** Rows per step of pilotSeriesSteps: a step stays a few ms even before the engine optimises the code. */
const ROWS_PER_STEP = 50_000;

/**
 * pilotSeries in steps of about `rowsPerStep` rows: the caller runs each step in a task of its own
 * (SPEC §10 performance targets: after a million-row import no task may block the page for over 100 ms).
 * Each distinct date of a KPI is turned into a day number once; then three passes over the rows'
 * typed arrays: (1) rows per day, for the pilot and per KPI; (2) a counting sort placing each row both
 * in the pilot's date order and in its KPI's; (3) each KPI's arrays, allocated at their final length.
 */
export function* pilotSeriesSteps(
  pilot: Pick<Pilot, 'start' | 'end' | 'measurements'>,
  previous?: PilotSeries,
  rowsPerStep = ROWS_PER_STEP,
): Generator<void, PilotSeries, void> {
  const { blocks, count } = pilot.measurements;
  let base = NaN;
  let relMin = 0;
  let relMax = 0;
  let start = 0;
  const passes: BlockPass[] = blocks.map((block) => {
    const dayOf = new Float64Array(block.dates.length);
    block.dates.forEach((date, i) => {
      const day = (dayOf[i] = dayNumber(date));
      if (Number.isNaN(day)) return;
      if (Number.isNaN(base)) base = day;
      relMin = Math.min(relMin, day - base);
      relMax = Math.max(relMax, day - base);
    });
    const pass = { block, start, dayOf, offsetOf: new Int32Array(block.dates.length), byDay: new Uint32Array(0), sorted: new Uint32Array(block.value.length) };
    start += block.value.length;
    return pass;
  });
  // A row without a valid date (never after import validation) goes with the earliest day.
  for (const pass of passes) pass.dayOf.forEach((day, i) => (pass.offsetOf[i] = Number.isNaN(day) ? 0 : day - base - relMin));
  let done = 0;
  const inSteps = function* (each: (pass: BlockPass, from: number, to: number) => void) {
    for (const pass of passes) {
      const size = pass.block.value.length;
      for (let from = 0; from < size; ) {
        const to = Math.min(size, from + Math.max(1, rowsPerStep - done));
        each(pass, from, to);
        done += to - from;
        from = to;
        if (done >= rowsPerStep) {
          done = 0;
          yield;
        }
      }
    }
  };

  let order: Uint32Array;
  const span = relMax - relMin + 1;
  if (span * Math.max(blocks.length, 1) <= 4 * count + 1024) {
    order = new Uint32Array(count);
    const byDay = new Uint32Array(span + 1);
    for (const pass of passes) pass.byDay = new Uint32Array(span + 1);
    yield* inSteps((pass, from, to) => countDays(pass, byDay, from, to));
    for (let k = 1; k < byDay.length; k++) byDay[k] += byDay[k - 1];
    for (const pass of passes) for (let k = 1; k < pass.byDay.length; k++) pass.byDay[k] += pass.byDay[k - 1];
    yield* inSteps((pass, from, to) => placeRows(pass, byDay, order, from, to));
  } else {
    // Dates spread over far more days than there are rows: a numeric sort, then split by KPI (stable).
    const days = new Float64Array(count);
    for (const pass of passes) {
      const { date } = pass.block;
      for (let k = 0; k < date.length; k++) days[pass.start + k] = pass.dayOf[date[k]];
    }
    order = sortByDay(days);
    const blockOf = new Uint32Array(count);
    passes.forEach((pass, b) => blockOf.fill(b, pass.start, pass.start + pass.block.value.length));
    const next = new Uint32Array(passes.length);
    for (let p = 0; p < count; p++) {
      const b = blockOf[order[p]];
      passes[b].sorted[next[b]++] = order[p] - passes[b].start;
    }
    yield;
  }

  const startDay = dayNumber(pilot.start);
  const endDay = dayNumber(pilot.end);
  const all = passes.map(({ block }): KpiSeries => {
    const size = block.value.length;
    return { kpiId: block.kpiId, rows: new Uint32Array(size), x: new Float64Array(size), y: new Float64Array(size), n: new Float64Array(size), inWindow: new Uint8Array(size), baseline: 0, counted: 0, after: 0 };
  });
  yield* inSteps((pass, from, to) => fillSeries(pass, all[passes.indexOf(pass)], from, to, startDay, endDay));
  const byKpi = new Map<string, KpiSeries>();
  for (const fresh of all) {
    const before = previous?.byKpi.get(fresh.kpiId);
    byKpi.set(fresh.kpiId, before && sameSeries(before, fresh) ? before : fresh);
  }
  return { startDay, endDay, order, byKpi };
}

/** Element-wise equality of two series (a pass over plain arrays: far cheaper than redrawing a chart). */
function sameSeries(a: KpiSeries, b: KpiSeries): boolean {
  if (a.rows.length !== b.rows.length || a.counted !== b.counted || a.baseline !== b.baseline || a.after !== b.after) return false;
  for (let k = 0; k < a.rows.length; k++) {
    if (a.rows[k] !== b.rows[k] || !Object.is(a.x[k], b.x[k]) || !Object.is(a.y[k], b.y[k]) || !Object.is(a.n[k], b.n[k]) || a.inWindow[k] !== b.inWindow[k]) return false;
  }
  return true;
}
