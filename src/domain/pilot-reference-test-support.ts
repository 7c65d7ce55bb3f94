// The pilot's figures computed the plain way, from one Measurement object per row, as the app did
// before it kept rows as columns (pilot-rows.ts): the reference the columnar code must equal exactly
// (decision, scores, facts, trend series, duplicate counts). Tests only.
import { dayNumber } from './pilot-series-passes';
import { evaluateFromAggregates, type AggregateResult } from './pilot';
import { isInWindow } from './pilot-window';
import type { PilotEvaluation } from './pilot-evaluation';
import { seededRandom } from './robustness/random';
import { aggregateRows } from './measurement-aggregate';
import type { Kpi, KpiAggregate as AggregateKind, Measurement, Pilot } from './types';

/** SPEC §4 value over rows given as objects, in array order (a fold per figure). */
export function aggregateObjects(kpi: Pick<Kpi, 'aggregate'>, rows: readonly Measurement[]): { value: number | null; n: number | null } {
  return aggregateRows(kpi.aggregate, rows);
}

/** SPEC §4 evaluation of a pilot whose rows are `rows` (objects, in any order across KPIs). */
export function evaluateObjects(pilot: Omit<Pilot, 'measurements'>, rows: readonly Measurement[]): PilotEvaluation {
  return evaluateFromAggregates(pilot, (kpi): AggregateResult => {
    const counted = rows.filter((m) => m.kpiId === kpi.id && isInWindow(m.date, pilot));
    return { ...aggregateObjects(kpi, counted), counted: counted.length };
  });
}

/** Per KPI, its points sorted by date (stable), as a trend chart draws them; rows as objects. */
export function seriesObjects(pilot: Pick<Pilot, 'start' | 'end'>, rows: readonly Measurement[]) {
  const startDay = dayNumber(pilot.start);
  const endDay = dayNumber(pilot.end);
  const byKpi = new Map<string, { x: number[]; y: number[]; n: number[]; inWindow: number[]; rows: Measurement[] }>();
  const sorted = rows.map((m, i) => ({ m, i })).sort((a, b) => dayNumber(a.m.date) - dayNumber(b.m.date) || a.i - b.i);
  for (const { m } of sorted) {
    let s = byKpi.get(m.kpiId);
    if (!s) byKpi.set(m.kpiId, (s = { x: [], y: [], n: [], inWindow: [], rows: [] }));
    const d = dayNumber(m.date);
    s.x.push(d);
    s.y.push(m.value);
    s.n.push(m.n ?? NaN);
    s.inWindow.push(startDay <= d && d <= endDay ? 1 : 0);
    s.rows.push(m);
  }
  return { startDay, endDay, byKpi, order: sorted.map(({ m }) => m) };
}

/** Duplicate counts (measurement-duplicates.ts) by (KPI, date) keys over row objects. */
export function duplicateCountsObjects(stored: readonly Measurement[], incoming: readonly Measurement[]) {
  const key = (m: Measurement) => `${m.kpiId}\u001f${m.date}`;
  const storedKeys = new Set(stored.map(key));
  const seen = new Map<string, number>();
  let alreadyStored = 0;
  let repeated = 0;
  for (const m of incoming) {
    const k = key(m);
    const before = seen.get(k) ?? 0;
    if (before > 0) repeated++;
    seen.set(k, before + 1);
    if (storedKeys.has(k)) alreadyStored++;
  }
  const storedMatched = stored.filter((m) => seen.has(key(m))).length;
  return { alreadyStored, repeated, storedMatched };
}

const AGGREGATES: AggregateKind[] = ['mean', 'last', 'sum', 'min', 'max'];

/**
 * A random pilot (seeded): 1–8 KPIs of every aggregate and direction, rows interleaved across KPIs in
 * any order, dates before, inside and after the window (with repeats), n on some rows, a few notes.
 */
export function randomPilot(seed: number, count: number): { pilot: Omit<Pilot, 'measurements'>; rows: Measurement[] } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const kpis: Kpi[] = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => {
    const direction = random() < 0.5 ? 'higher' : 'lower';
    const threshold = 50 + Math.round(random() * 30);
    return {
      id: `k${i}`, name: `KPI ${i}`, unit: '%', direction, threshold, target: direction === 'higher' ? threshold + 5 : threshold - 5,
      weight: random() < 0.2 ? 0 : Math.round(random() * 30), gate: random() < 0.3, aggregate: pick(AGGREGATES), proportion: random() < 0.4,
    };
  });
  // Some KPIs have n on every row (an n-weighted mean), some on none, some on a few.
  const nShare = kpis.map(() => pick([0, 1, 1, 0.9]));
  const sorted = random() < 0.5;
  const rows: Measurement[] = Array.from({ length: count }, (_, i) => {
    const k = Math.floor(random() * kpis.length);
    const offset = sorted ? Math.floor((i / count) * 90) - 20 : Math.floor(random() * 90) - 20;
    const date = new Date(Date.UTC(2027, 0, 4 + offset)).toISOString().slice(0, 10);
    const row: Measurement = { kpiId: kpis[k].id, date, value: Math.round(random() * 10_000) / 100 };
    if (random() < nShare[k]) row.n = 1 + Math.floor(random() * 500);
    if (random() < 0.05) row.note = pick(['Lisbon', 'Porto late shift', 'a\nb']);
    return row;
  });
  const pilot = { id: `p${seed}`, name: 'Random', vendorId: 'v', start: '2027-01-04', end: '2027-01-31', goScore: 90, noGoScore: 75, kpis, decisions: [] };
  return { pilot, rows };
}
