import { describe, expect, it } from 'vitest';
import { pilotSeries } from './pilot-series';
import { m, makeKpi, makePilot } from './pilot-fixtures';
import { countsText, tableRows, trendSummary } from './pilot-trend-text';

const csat = makeKpi('csat', { name: 'CSAT', threshold: 80, target: 85 });
// Worked example CSAT (SPEC §4) plus one row after the window.
const pilot = makePilot([csat], [m('csat', '2026-12-28', 60, 100), m('csat', '2027-01-10', 84, 300), m('csat', '2027-01-17', 88, 500), m('csat', '2027-02-07', 90)]);
const series = pilotSeries(pilot);
const input = { kpi: csat, series: series.byKpi.get('csat')!, startDay: series.startDay, endDay: series.endDay };

describe('trend text', () => {
  it('summarises the chart for screen readers', () => {
    expect(countsText(input.series)).toBe('4 measurements: 2 counted, 1 baseline, 1 after the pilot');
    expect(countsText(undefined)).toBe('No measurements yet');
    expect(trendSummary({ ...csat, direction: 'higher' }, input.series, pilot.start, pilot.end)).toBe(
      'CSAT trend: 4 measurements: 2 counted, 1 baseline, 1 after the pilot, from Dec 28, 2026 to Feb 7, 2027, latest 90 %; threshold 80 %, target 85 %, higher is better; pilot window Jan 4, 2027 to Jan 31, 2027.',
    );
  });

  it('lists the newest rows first with their place in the window', () => {
    const rows = tableRows(input.series, '%', input.startDay);
    expect(rows.map((r) => [r.date, r.value, r.n, r.place])).toEqual([
      ['Feb 7, 2027', '90 %', '—', 'After the pilot (not judged)'],
      ['Jan 17, 2027', '88 %', '500', 'Counted'],
      ['Jan 10, 2027', '84 %', '300', 'Counted'],
      ['Dec 28, 2026', '60 %', '100', 'Baseline (not judged)'],
    ]);
    expect(tableRows(input.series, '%', input.startDay, 2)).toHaveLength(2);
  });
});
