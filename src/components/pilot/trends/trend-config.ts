// The Chart.js configuration of one KPI's trend, built from plain arrays (never rune proxies: Chart.js
// writes into its data, which breaks on a proxy; Svelte issues #13689, #14202). x is a day number on a
// linear axis (no date adapter needed), and the data is given pre-parsed, sorted by x, so Chart.js's
// decimation can thin 10,000+ points to about one per pixel column (LTTB keeps the peaks) instead of
// drawing or dropping them (SPEC §10 performance targets).
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { dayToDate } from '../../../domain/pilot-series';
import { pointsOf, type TrendInput, type TrendPoint } from '../../../domain/pilot-trend-points';
import { isDark, paletteColor, withAlpha, type ChartTheme } from '../../charts/chartjs';
import { formatMeasure } from '../../../domain/measurement-format';
import { formatCount, formatDay, formatShortDay } from '../../../domain/format';
import { windowBand } from './window-band';

/** Below this many points each one is drawn as a dot; above it the line alone reads better. */
const DOT_LIMIT = 80;

/**
 * Tick positions on Mondays (weekly figures are dated by Monday), every 1, 2, 4, 8… weeks so that at
 * most `maxTicks` fit between min and max. Day 4 (1970-01-05) was a Monday.
 */
export function mondayTicks(min: number, max: number, maxTicks = 6): number[] {
  if (!(max >= min)) return [];
  let step = 7;
  while ((max - min) / step >= maxTicks) step *= 2;
  const ticks: number[] = [];
  for (let day = Math.ceil(min) + ((((4 - Math.ceil(min)) % 7) + 7) % 7); day <= max; day += step) ticks.push(day);
  return ticks;
}


export function trendConfig({ kpi, series, startDay, endDay }: TrendInput, theme: ChartTheme): ChartConfiguration<'line', TrendPoint[]> {
  const { counted, before, after } = pointsOf(series, startDay, kpi.aggregate);
  const first = series.x[0] ?? startDay;
  const last = series.x[series.x.length - 1] ?? endDay;
  const xMin = Math.min(first, startDay) - 1;
  const xMax = Math.max(last, endDay) + 1;
  const font = { family: theme.font, size: 12 };
  // Blue on light, sky blue on dark: both keep the line above 3:1 against the surface (WCAG 1.4.11).
  const dark = isDark(theme.surface);
  const line = paletteColor(theme, dark ? 5 : 1);
  const outside = paletteColor(theme, 7);
  const band = paletteColor(theme, dark ? 1 : 5);
  const flat = (y: number): TrendPoint[] => [
    { x: xMin, y, n: null },
    { x: xMax, y, n: null },
  ];
  const dots = (count: number) => (count <= DOT_LIMIT ? 3 : 0);
  const outsideStyle = (data: TrendPoint[], label: string): ChartDataset<'line', TrendPoint[]> => ({
    label,
    data,
    showLine: false,
    borderColor: outside,
    backgroundColor: theme.surface,
    pointRadius: data.length <= DOT_LIMIT ? 4 : 1.5,
    pointBorderWidth: data.length <= DOT_LIMIT ? 1.5 : 1,
    pointHoverRadius: 5,
  });

  const datasets: ChartDataset<'line', TrendPoint[]>[] = [
    {
      label: 'Measured (counted)',
      data: counted,
      borderColor: line,
      backgroundColor: line,
      borderWidth: 2,
      pointRadius: dots(counted.length),
      pointHoverRadius: 5,
      tension: 0,
    },
  ];
  if (before.length) datasets.push(outsideStyle(before, 'Baseline (not judged)'));
  if (after.length) datasets.push(outsideStyle(after, 'After the pilot (not judged)'));
  datasets.push(
    { label: `Threshold ${formatMeasure(kpi.threshold, kpi.unit)}`, data: flat(kpi.threshold), borderColor: paletteColor(theme, 6), borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, pointHitRadius: 0, backgroundColor: 'transparent' },
    { label: `Target ${formatMeasure(kpi.target, kpi.unit)}`, data: flat(kpi.target), borderColor: paletteColor(theme, 3), borderDash: [2, 3], borderWidth: 2, pointRadius: 0, pointHitRadius: 0, backgroundColor: 'transparent' },
    // No data: it stands for the shaded band in the legend (and hides it when clicked there).
    { label: 'Pilot window', data: [], borderColor: withAlpha(band, 0.9), backgroundColor: withAlpha(band, 0.18), borderDash: [4, 3], borderWidth: 1 },
  );
  const manyPoints = series.x.length > DOT_LIMIT * 10;

  return {
    type: 'line',
    data: { datasets },
    plugins: [windowBand],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      // Required by the decimation plugin: data is already {x, y}, sorted by x.
      parsing: false,
      normalized: true,
      indexAxis: 'x',
      animation: theme.reducedMotion || manyPoints ? false : { duration: 200 },
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: xMin,
          max: xMax,
          grid: { color: theme.grid },
          border: { color: theme.grid },
          afterBuildTicks: (axis) => {
            axis.ticks = mondayTicks(xMin, xMax).map((value) => ({ value }));
          },
          ticks: { color: theme.muted, font, callback: (v) => formatShortDay(dayToDate(Number(v))) },
        },
        y: {
          grace: '8%',
          grid: { color: theme.grid },
          border: { color: theme.grid },
          ticks: { color: theme.muted, font, maxTicksLimit: 6 },
          title: { display: kpi.unit !== '', text: kpi.unit, color: theme.muted, font },
        },
      },
      plugins: {
        decimation: { enabled: true, algorithm: 'lttb' },
        legend: { position: 'bottom', align: 'start', labels: { color: theme.text, font, boxWidth: 14, boxHeight: 8, padding: 10 } },
        tooltip: {
          filter: (item) => item.datasetIndex < datasets.length - 3,
          callbacks: {
            title: (items) => (items[0] ? formatDay(dayToDate((items[0].raw as TrendPoint).x)) : ''),
            label: (item) => {
              const p = item.raw as TrendPoint;
              const n = p.n === null ? '' : ` (n = ${formatCount(p.n)})`;
              return `${item.dataset.label ?? ''}: ${formatMeasure(p.y, kpi.unit)}${n}`;
            },
          },
        },
        pilotWindow: { from: startDay, to: endDay, fill: withAlpha(band, 0.1), edge: withAlpha(band, 0.9), legendDataset: datasets.length - 1 },
      },
    },
  };
}
