import { describe, expect, it } from 'vitest';
import { dayNumber, dayToDate, pilotSeries } from '../../../domain/pilot-series';
import { m, makeKpi, makePilot } from '../../../domain/pilot-fixtures';
import { measurementsOf } from '../../../domain/pilot-rows';
import { TEST_THEME as theme } from '../../charts/test-theme';
import { mondayTicks, trendConfig } from './trend-config';
import { isDark } from '../../charts/chartjs';

const csat = makeKpi('csat', { name: 'CSAT', threshold: 80, target: 85 });
// Worked example CSAT (SPEC §4) plus one row after the window.
const pilot = makePilot([csat], [m('csat', '2026-12-28', 60, 100), m('csat', '2027-01-10', 84, 300), m('csat', '2027-01-17', 88, 500), m('csat', '2027-02-07', 90)]);
const series = pilotSeries(pilot);
const input = { kpi: csat, series: series.byKpi.get('csat')!, startDay: series.startDay, endDay: series.endDay };

describe('trendConfig', () => {
  it('draws the measurements, hollow grey outside points, threshold and target lines, and the window', () => {
    const config = trendConfig(input, theme);
    const labels = config.data.datasets.map((d) => d.label);
    expect(labels).toEqual(['Measured (counted)', 'Baseline (not judged)', 'After the pilot (not judged)', 'Threshold 80 %', 'Target 85 %', 'Pilot window']);
    const [measured, baseline, , threshold] = config.data.datasets;
    expect(measured.borderColor).toBe('#0072b2');
    expect(baseline).toMatchObject({ showLine: false, borderColor: '#7f7f7f', backgroundColor: '#ffffff' });
    // Horizontal lines across the whole x range (one day of margin around data and window).
    expect(threshold.data).toEqual([
      { x: 20814, y: 80, n: null },
      { x: 20857, y: 80, n: null },
    ]);
    expect(config.options?.plugins?.pilotWindow).toMatchObject({ from: 20822, to: 20849, legendDataset: 5 });
    expect(config.plugins?.map((p) => p.id)).toEqual(['pilotWindow']);
  });

  it('switches the line to sky blue on a dark surface', () => {
    expect(isDark('#1a2029')).toBe(true);
    expect(isDark('#ffffff')).toBe(false);
    expect(trendConfig(input, { ...theme, surface: '#1a2029' }).data.datasets[0].borderColor).toBe('#56b4e9');
  });

  it('is set up for decimation: pre-parsed, sorted numeric x on a linear axis', () => {
    const options = trendConfig(input, theme).options!;
    expect(options.parsing).toBe(false);
    expect(options.indexAxis).toBe('x');
    expect(options.scales?.x?.type).toBe('linear');
    expect(options.plugins?.decimation).toMatchObject({ enabled: true, algorithm: 'lttb' });
  });

  it('leaves out empty outside sets and drops dots and animation for a long series', () => {
    // 20,000 days, all inside a long window (a chart draws one point per day).
    const first = dayNumber('2000-01-01');
    const rows = Array.from({ length: 20_000 }, (_, i) => m('csat', dayToDate(first + i), 80 + (i % 10)));
    const big = pilotSeries(makePilot([csat], rows, { start: '2000-01-01', end: '2060-01-01' }));
    const config = trendConfig({ ...input, series: big.byKpi.get('csat')! }, theme);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Measured (counted)', 'Threshold 80 %', 'Target 85 %', 'Pilot window']);
    expect(config.data.datasets[0].data).toHaveLength(20_000); // decimated by Chart.js at draw time, never dropped here
    expect(config.data.datasets[0].pointRadius).toBe(0);
    expect(config.options?.animation).toBe(false);
  });
});

describe('trendConfig, one point per day', () => {
  it('draws a day with several rows as one point, weighted by n as the decision counts it (SPEC §4)', () => {
    const twice = pilotSeries(makePilot([csat], [...measurementsOf(pilot.measurements), m('csat', '2027-01-24', 73, 1000), m('csat', '2027-01-24', 73, 1000)]));
    const counted = trendConfig({ ...input, series: twice.byKpi.get('csat')! }, theme).data.datasets[0].data;
    expect(counted).toEqual([
      { x: dayNumber('2027-01-10'), y: 84, n: 300 },
      { x: dayNumber('2027-01-17'), y: 88, n: 500 },
      { x: dayNumber('2027-01-24'), y: 73, n: 2000 },
    ]);
  });
});

describe('mondayTicks', () => {
  it('puts ticks on Mondays, widening the step to fit', () => {
    // Jan 3, 2027 (Sunday, day 20821) .. Feb 1, 2027 (Monday, day 20850).
    expect(mondayTicks(20821, 20850)).toEqual([20822, 20829, 20836, 20843, 20850]);
    expect(mondayTicks(20821, 20850, 3)).toEqual([20822, 20836, 20850]);
    expect(mondayTicks(20800, 20800 + 365).length).toBeLessThanOrEqual(6);
    expect(mondayTicks(5, 4)).toEqual([]);
  });
});
