// The loops of pilotSeriesSteps (pilot-series.ts), one plain function per pass over the rows so the
// engine can optimise each while it runs (SPEC §10 performance targets: 100,000 rows, no task over
// 100 ms), and the integer date arithmetic they share.
import type { KpiSeries } from './pilot-series-types';
import type { Measurement } from './types';

/** Marks a row without a valid date in integer day arrays. */
export const INVALID = -0x80000000;

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

/** What the passes share. Days are also kept as integers relative to the first valid one (`rel`): unoptimised code boxes every number it reads from a Float64Array. */
export interface Build {
  ms: readonly Measurement[];
  days: Float64Array;
  rel: Int32Array;
  slotOf: Uint32Array;
  slots: Map<string, number>;
  kpiIds: string[];
  sizes: number[];
  lastId?: string;
  lastSlot: number;
  lastDate?: string;
  day: number;
  base: number;
  relDay: number;
  relMin: number;
  relMax: number;
}

/** (1) Each row's day and KPI. Rows come in runs of one date and often of one KPI: each run is parsed and looked up once. */
export function scanRows(b: Build, from: number, to: number): void {
  const { ms, days, rel, slotOf, slots, kpiIds, sizes } = b;
  let { lastId, lastSlot, lastDate, day, base, relDay, relMin, relMax } = b;
  for (let i = from; i < to; i++) {
    const m = ms[i];
    if (m.date !== lastDate) {
      lastDate = m.date;
      day = dayNumber(lastDate);
      if (Number.isNaN(day)) relDay = INVALID;
      else {
        if (Number.isNaN(base)) base = day;
        relDay = day - base;
        if (relDay < relMin) relMin = relDay;
        if (relDay > relMax) relMax = relDay;
      }
    }
    days[i] = day;
    rel[i] = relDay;
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
  Object.assign(b, { lastId, lastSlot, lastDate, day, base, relDay, relMin, relMax });
}

/** (2) Rows per day and per (KPI, day); `rel` becomes the offset from the first day. */
export function countRows(b: Build, span: number, byDay: Uint32Array, byKpiDay: Uint32Array, from: number, to: number): void {
  const { rel, slotOf, relMin } = b;
  for (let i = from; i < to; i++) {
    const offset = rel[i] === INVALID ? 0 : rel[i] - relMin;
    rel[i] = offset;
    byDay[offset + 1]++;
    byKpiDay[slotOf[i] * span + offset + 1]++;
  }
}

/** (3) A stable counting sort into both orders at once. */
export function placeRows(b: Build, span: number, byDay: Uint32Array, byKpiDay: Uint32Array, order: Uint32Array, grouped: Uint32Array, from: number, to: number): void {
  const { rel, slotOf } = b;
  for (let i = from; i < to; i++) {
    const offset = rel[i];
    order[byDay[offset]++] = i;
    grouped[byKpiDay[slotOf[i] * span + offset]++] = i;
  }
}

/** (4) One KPI's points at grouped[lo, hi), which start at `first` for this KPI. */
export function fillSeries(b: Build, s: KpiSeries, grouped: Uint32Array, first: number, lo: number, hi: number, startDay: number, endDay: number): void {
  const { ms, days } = b;
  const { rows, x, y, n, inWindow } = s;
  for (let p = lo; p < hi; p++) {
    const i = grouped[p];
    const at = p - first;
    const m = ms[i];
    // Day numbers order exactly like the YYYY-MM-DD strings isInWindow compares, at a fraction of the cost.
    const d = days[i];
    const inside = startDay <= d && d <= endDay;
    rows[at] = i;
    x[at] = d;
    y[at] = m.value;
    n[at] = m.n ?? null;
    inWindow[at] = inside;
    if (inside) s.counted++;
    else if (d < startDay) s.baseline++;
    else s.after++;
  }
}
