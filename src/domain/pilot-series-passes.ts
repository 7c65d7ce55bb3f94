// The integer date arithmetic of the pilot's series (pilot-series.ts) and the loops that run over
// every row, one plain function per pass so the engine can optimise each while it runs (SPEC §10
// performance targets: a million rows, no task over 100 ms).
import type { KpiSeries } from './pilot-series-types';
import type { KpiRows } from './types';

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
 * substring: it runs for each of 100,000 rows whenever a pilot's rows change (SPEC §10 targets: a pilot opens
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

/** One KPI's block as the passes see it: its rows' numbers start at `start`; `offsetOf` is each distinct date's day − the first day (0 for an invalid date). */
export interface BlockPass {
  block: KpiRows;
  start: number;
  dayOf: Float64Array;
  offsetOf: Int32Array;
  /** Rows per (day offset + 1), then where each day's rows go in the block's sorted order. */
  byDay: Uint32Array;
  /** The block's rows (0-based within the block) in date order. */
  sorted: Uint32Array;
}

/** (1) Rows per day, over all the pilot's rows (`byDay`) and per KPI (`pass.byDay`). */
export function countDays(pass: BlockPass, byDay: Uint32Array, from: number, to: number): void {
  const { date } = pass.block;
  const { offsetOf } = pass;
  const own = pass.byDay;
  for (let k = from; k < to; k++) {
    const offset = offsetOf[date[k]] + 1;
    byDay[offset]++;
    own[offset]++;
  }
}

/** (2) A stable counting sort into both orders at once: the pilot's (row numbers) and the KPI's own. */
export function placeRows(pass: BlockPass, byDay: Uint32Array, order: Uint32Array, from: number, to: number): void {
  const { date } = pass.block;
  const { offsetOf, sorted, start } = pass;
  const own = pass.byDay;
  for (let k = from; k < to; k++) {
    const offset = offsetOf[date[k]];
    order[byDay[offset]++] = start + k;
    sorted[own[offset]++] = k;
  }
}

/** (3) The KPI's points at sorted positions [from, to). */
export function fillSeries(pass: BlockPass, s: KpiSeries, from: number, to: number, startDay: number, endDay: number): void {
  // Every array in a local and the counts in locals: a property read or write per row keeps the
  // engine from optimising the loop.
  const { date, value, n } = pass.block;
  const { dayOf, sorted, start } = pass;
  const { rows, x, y, inWindow } = s;
  const sizes = s.n;
  let counted = 0;
  let baseline = 0;
  for (let p = from; p < to; p++) {
    const k = sorted[p];
    const d = dayOf[date[k]];
    // Day numbers order exactly like the YYYY-MM-DD strings isInWindow compares, at a fraction of the cost.
    const inside = startDay <= d && d <= endDay;
    rows[p] = start + k;
    x[p] = d;
    y[p] = value[k];
    sizes[p] = n[k];
    inWindow[p] = inside ? 1 : 0;
    if (inside) counted++;
    else if (d < startDay) baseline++;
  }
  s.counted += counted;
  s.baseline += baseline;
  s.after += to - from - counted - baseline;
}
