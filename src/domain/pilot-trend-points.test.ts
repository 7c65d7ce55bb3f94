import { describe, expect, it } from 'vitest';
import { aggregateObjects as aggregate } from './pilot-reference-test-support';
import { m, makeKpi, makePilot } from './pilot-fixtures';
import { dayNumber, pilotSeries } from './pilot-series';
import { pointsOf, sameTrendInput, splitByWindow } from './pilot-trend-points';
import { KPI_AGGREGATES, type Measurement } from './types';

const csat = makeKpi('csat', { name: 'CSAT', threshold: 80, target: 85 });
// Worked example CSAT (SPEC §4) plus one row after the window.
const pilot = makePilot([csat], [m('csat', '2026-12-28', 60, 100), m('csat', '2027-01-10', 84, 300), m('csat', '2027-01-17', 88, 500), m('csat', '2027-02-07', 90)]);
const series = pilotSeries(pilot);
const input = { kpi: csat, series: series.byKpi.get('csat')!, startDay: series.startDay, endDay: series.endDay };

describe('trend points', () => {
  it('splits points into counted, baseline and after the pilot', () => {
    const { counted, before, after } = splitByWindow(input.series, input.startDay, 'mean');
    expect(counted.map((p) => p.y)).toEqual([84, 88]);
    expect(before).toEqual([{ x: 20815, y: 60, n: 100 }]);
    expect(after.map((p) => p.y)).toEqual([90]);
  });

  it('keeps the split of a series, and tells when a chart needs no redraw', () => {
    expect(pointsOf(input.series, input.startDay, 'mean')).toBe(pointsOf(input.series, input.startDay, 'mean'));
    expect(pointsOf(input.series, input.startDay, 'last')).not.toBe(pointsOf(input.series, input.startDay, 'mean'));
    expect(sameTrendInput(input, { ...input, kpi: { ...csat } })).toBe(true);
    expect(sameTrendInput(input, { ...input, kpi: { ...csat, target: 86 } })).toBe(false);
    expect(sameTrendInput(input, { ...input, kpi: { ...csat, aggregate: 'last' } })).toBe(false);
  });
});

describe('one point per day', () => {
  // The worked example's late CSAT report kept twice beside the 24 January row of another site.
  const rows = [m('csat', '2027-01-24', 73, 1000), m('csat', '2027-01-10', 84, 300), m('csat', '2027-01-24', 80, 200), m('csat', '2027-01-24', 73, 1000)];
  const day = (aggregateKind: (typeof KPI_AGGREGATES)[number], list: Measurement[] = rows) =>
    splitByWindow(pilotSeries(makePilot([csat], list)).byKpi.get('csat')!, dayNumber('2027-01-04'), aggregateKind).counted;

  it('combines a day\'s rows weighted by n, as the decision counts them (SPEC §4 mean)', () => {
    expect(day('mean')).toEqual([
      { x: dayNumber('2027-01-10'), y: 84, n: 300 },
      { x: dayNumber('2027-01-24'), y: (73 * 1000 + 80 * 200 + 73 * 1000) / 2200, n: 2200 },
    ]);
  });

  it('takes the plain mean, without n, when a row of the day has none', () => {
    expect(day('mean', [m('csat', '2027-01-24', 400), m('csat', '2027-01-24', 460, 50)])).toEqual([{ x: dayNumber('2027-01-24'), y: 430, n: null }]);
  });

  it('gives each day exactly what aggregate() gives over that day\'s rows, for every aggregate', () => {
    // Several rows a day in shuffled array order, some without n: a deterministic pseudo-random mix.
    let seed = 7;
    const next = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const list: Measurement[] = Array.from({ length: 200 }, () => {
      const date = `2027-01-${String(4 + Math.floor(next() * 10)).padStart(2, '0')}`;
      const value = Math.round(next() * 10_000) / 100;
      return next() < 0.9 ? m('csat', date, value, 1 + Math.floor(next() * 500)) : m('csat', date, value);
    });
    for (const kind of KPI_AGGREGATES) {
      const points = day(kind, list);
      expect(points).toHaveLength(10);
      for (const p of points) {
        const ofDay = list.filter((r) => dayNumber(r.date) === p.x);
        const expected = aggregate({ aggregate: kind }, ofDay);
        expect(p.y).toBe(expected.value);
        expect(p.n).toBe(ofDay.length === 1 ? (ofDay[0].n ?? null) : expected.n);
      }
    }
  });
});
