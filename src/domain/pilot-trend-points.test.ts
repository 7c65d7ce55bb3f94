import { describe, expect, it } from 'vitest';
import { m, makeKpi, makePilot } from './pilot-fixtures';
import { pilotSeries } from './pilot-series';
import { pointsOf, sameTrendInput, splitByWindow } from './pilot-trend-points';

const csat = makeKpi('csat', { name: 'CSAT', threshold: 80, target: 85 });
// Worked example CSAT (SPEC §4) plus one row after the window.
const pilot = makePilot([csat], [m('csat', '2026-12-28', 60, 100), m('csat', '2027-01-10', 84, 300), m('csat', '2027-01-17', 88, 500), m('csat', '2027-02-07', 90)]);
const series = pilotSeries(pilot);
const input = { kpi: csat, series: series.byKpi.get('csat')!, startDay: series.startDay, endDay: series.endDay };

describe('trend points', () => {
  it('splits points into counted, baseline and after the pilot', () => {
    const { counted, before, after } = splitByWindow(input.series, input.startDay);
    expect(counted.map((p) => p.y)).toEqual([84, 88]);
    expect(before).toEqual([{ x: 20815, y: 60, n: 100 }]);
    expect(after.map((p) => p.y)).toEqual([90]);
  });

  it('keeps the split of a series, and tells when a chart needs no redraw', () => {
    expect(pointsOf(input.series, input.startDay)).toBe(pointsOf(input.series, input.startDay));
    expect(sameTrendInput(input, { ...input, kpi: { ...csat } })).toBe(true);
    expect(sameTrendInput(input, { ...input, kpi: { ...csat, target: 86 } })).toBe(false);
  });
});
