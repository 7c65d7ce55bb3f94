// The pilot's figures from its columns (pilot-rows.ts) equal, exactly, the same figures computed the
// plain way from one object per row (pilot-reference-test-support.ts): the decision, scores and
// reasons (SPEC §4), the facts the screen adds, the trend series and the duplicate counts, on the
// worked example, every shared test vector, and large random pilots.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, readFixture } from '../../tests/fixtures/paths';
import { findDuplicates } from './measurement-duplicates';
import { evaluatePilot } from './pilot';
import { isInWindow } from './pilot-window';
import { kpiRowStats } from './pilot-edits';
import { duplicateCountsObjects, evaluateObjects, randomPilot, seriesObjects } from './pilot-reference-test-support';
import { measurementsOf, rowAt } from './pilot-rows';
import { rowsFromMeasurements } from './pilot-rows-build';
import { pilotSeries } from './pilot-series';
import { pilotDataFacts } from './pilot-verdict';
import type { Measurement, Pilot } from './types';

type FilePilot = Omit<Pilot, 'measurements'> & { measurements: Measurement[] };

const filePilots = (name: string): FilePilot[] => (JSON.parse(readFixture(`examples/${name}`)) as { assessment: { pilots: FilePilot[] } }).assessment.pilots;
const vectors = (folder: string) => readdirSync(fixturePath(`examples/${folder}`)).filter((f) => /^[a-z-]*vector-\d+\.json$/.test(f)).map((f) => `${folder}/${f}`);
const files = ['small-assessment.json', 'contract-assessment.json', ...vectors('vectors'), ...vectors('contract-vectors')];

/** The pilot as the app holds it, and its rows as the file lists them (any order across KPIs). */
function both({ measurements, ...pilot }: FilePilot): { columns: Pilot; rows: Measurement[] } {
  return { columns: { ...pilot, measurements: rowsFromMeasurements(measurements, pilot.kpis.map((k) => k.id)) }, rows: measurements };
}

/** Every figure of the pilot screen from the columns, against the objects. */
function expectSame(columns: Pilot, rows: Measurement[]): void {
  expect(evaluatePilot(columns)).toStrictEqual(evaluateObjects(columns, rows));
  // The rows themselves: the same objects, grouped by KPI in the pilot's order, each KPI's in file order.
  const byKpi = columns.kpis.flatMap((k) => rows.filter((m) => m.kpiId === k.id));
  expect(measurementsOf(columns.measurements)).toStrictEqual(byKpi.map((m) => ({ ...m })));

  // The screen's facts: a pass over the objects.
  const today = '2027-01-20';
  const counted = rows.filter((m) => isInWindow(m.date, columns));
  const facts = pilotDataFacts(columns, today);
  expect(facts.counted).toBe(counted.length);
  expect(facts.before).toBe(rows.filter((m) => m.date < columns.start).length);
  expect(facts.after).toBe(rows.filter((m) => m.date > columns.end).length);
  expect(facts.dataDays).toBe(new Set(counted.map((m) => m.date)).size);
  const future = rows.filter((m) => m.date > today);
  expect(facts.future?.count ?? 0).toBe(future.length);
  expect(facts.future?.counted ?? 0).toBe(future.filter((m) => isInWindow(m.date, columns)).length);
  for (const [kpiId, stats] of kpiRowStats(columns)) {
    const own = rows.filter((m) => m.kpiId === kpiId).map((m) => m.date).sort();
    expect(stats).toStrictEqual({ total: own.length, inWindow: own.filter((d) => isInWindow(d, columns)).length, first: own[0], last: own.at(-1) });
  }

  // The trend series, point by point, and the table's order (rows by date, stable).
  const series = pilotSeries(columns);
  const reference = seriesObjects(columns, byKpi);
  expect([...series.byKpi.keys()].sort()).toEqual([...reference.byKpi.keys()].sort());
  for (const [kpiId, s] of series.byKpi) {
    const r = reference.byKpi.get(kpiId)!;
    expect([...s.x]).toStrictEqual(r.x);
    expect([...s.y]).toStrictEqual(r.y);
    expect([...s.n]).toStrictEqual(r.n);
    expect([...s.inWindow]).toStrictEqual(r.inWindow);
    expect([...s.rows].map((i) => rowAt(columns.measurements, i))).toStrictEqual(r.rows);
    expect(s.counted + s.baseline + s.after).toBe(r.x.length);
    expect(s.counted).toBe(r.inWindow.filter(Boolean).length);
  }
  expect([...series.order].map((i) => rowAt(columns.measurements, i))).toStrictEqual(reference.order);
}

describe('pilot figures from columns equal those from row objects', () => {
  it('finds the worked example and the vectors', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s', (file) => {
    for (const pilot of filePilots(file)) {
      const { columns, rows } = both(pilot);
      expectSame(columns, rows);
    }
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('random pilot %i (5,000 rows)', (seed) => {
    const { pilot, rows } = randomPilot(seed, 5000);
    expectSame({ ...pilot, measurements: rowsFromMeasurements(rows, pilot.kpis.map((k) => k.id)) }, rows);
  });

  it('a large random pilot (200,000 rows)', () => {
    const { pilot, rows } = randomPilot(99, 200_000);
    const columns = { ...pilot, measurements: rowsFromMeasurements(rows, pilot.kpis.map((k) => k.id)) };
    expect(evaluatePilot(columns)).toStrictEqual(evaluateObjects(pilot, rows));
  });

  it.each([11, 12, 13])('duplicate counts of random imports into random pilots (%i)', (seed) => {
    const { pilot, rows: stored } = randomPilot(seed, 3000);
    const incoming = randomPilot(seed, 2000).rows.map((m, i) => (i % 3 ? m : { ...m, date: '2027-03-01' }));
    const order = pilot.kpis.map((k) => k.id);
    expect(findDuplicates(rowsFromMeasurements(stored, order), rowsFromMeasurements(incoming, order))).toStrictEqual(duplicateCountsObjects(stored, incoming));
  });
});
