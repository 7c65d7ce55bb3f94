import { describe, expect, it } from 'vitest';
import { dayNumber, dayToDate, pilotSeries, pilotSeriesSteps, sortByDay, type KpiSeries } from './pilot-series';
import { m, makeKpi, makePilot } from './pilot-fixtures';
import { measurementsOf } from './pilot-rows';
import { rowsFromMeasurements } from './pilot-rows-build';
import type { Measurement, Pilot } from './types';

/** A series with its typed arrays as plain arrays (n: null where NaN, inWindow as booleans), to compare. */
const plain = (s: KpiSeries | undefined) =>
  s && { ...s, rows: [...s.rows], x: [...s.x], y: [...s.y], n: [...s.n].map((v) => (Number.isNaN(v) ? null : v)), inWindow: [...s.inWindow].map(Boolean) };

/** The pilot with `rows` as its rows. */
const withRows = (p: Pilot, rows: Measurement[]): Pilot => ({ ...p, measurements: rowsFromMeasurements(rows, p.kpis.map((k) => k.id)) });

// The worked example's pilot (SPEC §4): window 2027-01-04..2027-01-31, one CSAT baseline row.
const example = makePilot(
  [makeKpi('csat'), makeKpi('fcr')],
  [
    m('csat', '2026-12-28', 60, 100),
    m('csat', '2027-01-10', 84, 300),
    m('csat', '2027-01-17', 88, 500),
    m('fcr', '2027-01-10', 72, 400),
    m('fcr', '2027-01-17', 74),
  ],
);

describe('day numbers', () => {
  it('counts days since 1970-01-01 in UTC and converts back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2027-01-04')).toBe(20822);
    expect(dayNumber('2027-01-04') - dayNumber('2026-12-28')).toBe(7);
    expect(dayToDate(20822)).toBe('2027-01-04');
    // Across a DST change in most zones: still whole days.
    expect(dayNumber('2027-03-29') - dayNumber('2027-03-27')).toBe(2);
  });

  it('agrees with Date.UTC on every day of four centuries around the leap rules', () => {
    for (let day = dayNumber('1899-12-01'); day <= dayNumber('2101-03-01'); day++) expect(dayNumber(dayToDate(day))).toBe(day);
    expect(dayNumber('2000-02-29') - dayNumber('2000-02-28')).toBe(1);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
  });

  it('gives NaN for a malformed date', () => {
    expect(dayNumber('2027-1-4')).toBeNaN();
    for (const bad of ['2027-01-0x', ' 2027-01-04', '2027/01/04', '2027-01-04 ', '']) expect(dayNumber(bad)).toBeNaN();
  });
});

describe('sortByDay', () => {
  it('sorts by day and keeps array order on equal days', () => {
    const days = Float64Array.from([5, 3, 5, 1, 3]);
    expect([...sortByDay(days)]).toEqual([3, 1, 4, 0, 2]);
  });

  it('gives the same order when the dates span far more days than there are rows', () => {
    const days = Float64Array.from([40000, 3, 40000, 1, 3]);
    expect([...sortByDay(days)]).toEqual([3, 1, 4, 0, 2]);
  });

  it('handles an empty list and a single row', () => {
    expect([...sortByDay(new Float64Array(0))]).toEqual([]);
    expect([...sortByDay(Float64Array.from([9]))]).toEqual([0]);
  });
});

describe('pilotSeries', () => {
  it('builds one sorted series per KPI with window flags and counts', () => {
    const s = pilotSeries(example);
    expect(s.startDay).toBe(20822);
    expect(s.endDay).toBe(20849);
    const csat = plain(s.byKpi.get('csat'))!;
    expect(csat).toMatchObject({ rows: [0, 1, 2], y: [60, 84, 88], n: [100, 300, 500], inWindow: [false, true, true] });
    expect(csat).toMatchObject({ baseline: 1, counted: 2, after: 0 });
    expect(plain(s.byKpi.get('fcr'))).toMatchObject({ rows: [3, 4], n: [400, null], counted: 2 });
  });

  it('sorts an unordered list by date and counts rows after the end', () => {
    const p = makePilot([makeKpi('aht')], [m('aht', '2027-02-03', 3), m('aht', '2027-01-05', 1), m('aht', '2027-01-05', 2)]);
    const aht = plain(pilotSeries(p).byKpi.get('aht'))!;
    expect(aht.rows).toEqual([1, 2, 0]);
    expect(aht.x).toEqual([20823, 20823, 20852]);
    expect(aht).toMatchObject({ inWindow: [true, true, false], after: 1, counted: 2 });
  });

  it('hands back the previous series of a KPI whose points did not change, so its chart is not redrawn', () => {
    const before = pilotSeries(example);
    const rows = measurementsOf(example.measurements);
    const added = pilotSeries(withRows(example, [...rows, m('fcr', '2027-01-24', 75)]), before);
    expect(added.byKpi.get('csat')).toBe(before.byKpi.get('csat'));
    expect(added.byKpi.get('fcr')).not.toBe(before.byKpi.get('fcr'));
    expect(plain(added.byKpi.get('fcr'))).toMatchObject({ rows: [3, 4, 5], y: [72, 74, 75], counted: 3 });
    // A row of a KPI before CSAT's shifts its row numbers: a new series, with the new numbers.
    const first = { ...example, kpis: [makeKpi('aht'), ...example.kpis] };
    const shifted = pilotSeries(withRows(first, [m('aht', '2027-01-24', 75), ...rows]), before);
    expect(shifted.byKpi.get('csat')).not.toBe(before.byKpi.get('csat'));
    expect(plain(shifted.byKpi.get('csat'))?.rows).toEqual([1, 2, 3]);
    // A moved window changes which points count.
    expect(pilotSeries({ ...example, start: '2026-12-28' }, before).byKpi.get('csat')).toMatchObject({ counted: 3, baseline: 0 });
  });

  it('builds the same series in steps of a few rows as at once', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => m(`k${i % 3}`, dayToDate(20800 + ((i * 7919) % 60)), i % 100, i % 2 ? i : undefined));
    const p = makePilot([makeKpi('k0'), makeKpi('k1'), makeKpi('k2')], rows);
    const steps = pilotSeriesSteps(p, undefined, 64);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(3 * 15); // three passes of 16 steps each
    expect(step.value).toEqual(pilotSeries(p));
  });

  it('sorts dates spread over far more days than there are rows; a row without a valid date goes with the earliest', () => {
    const rows = [m('aht', dayToDate(60000), 1), m('aht', dayToDate(20000), 2), m('aht', 'someday', 3), m('aht', dayToDate(40000), 4)];
    const s = pilotSeries(makePilot([makeKpi('aht')], rows));
    expect([...s.order]).toEqual([1, 2, 3, 0]);
    expect(plain(s.byKpi.get('aht'))).toMatchObject({ rows: [1, 2, 3, 0], y: [2, 3, 4, 1] });
    // The same on the counting-sort path (a short span).
    const near = pilotSeries(makePilot([makeKpi('aht')], [m('aht', '2027-01-09', 1), m('aht', '2027-01-08', 2), m('aht', 'someday', 3)]));
    expect([...near.order]).toEqual([1, 2, 0]);
  });

  it('orders every row of the pilot by date for the table', () => {
    expect([...pilotSeries(example).order]).toEqual([0, 1, 3, 2, 4]);
  });

  it('sorts a million rows quickly', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => m(`k${i % 5}`, dayToDate(20800 + ((i * 7919) % 365)), i % 100));
    const pilot = makePilot([], rows);
    const t0 = performance.now();
    const s = pilotSeries(pilot);
    const ms = performance.now() - t0;
    const k0 = s.byKpi.get('k0')!;
    expect(k0.rows).toHaveLength(200_000);
    expect(k0.x.every((x, i) => i === 0 || k0.x[i - 1] <= x)).toBe(true);
    // ~60 ms here; the bound only catches an accidental quadratic step on a busy CI machine.
    expect(ms).toBeLessThan(1500);
  });
});
