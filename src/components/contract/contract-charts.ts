// Chart.js configurations of a contract (SPEC §11): a service level's monthly values against its
// minimum and expected lines, and the balanced scorecard by month against 100 (= expected met). Built
// from plain arrays (never rune proxies: Chart.js writes into its data), one point per reported month.
import type { ChartConfiguration } from 'chart.js';
import type { ContractEvaluation } from '../../domain/contract/evaluate';
import { monthName } from '../../domain/contract/money-text';
import type { ServiceLevel } from '../../domain/contract/contract-types';
import { formatNumber } from '../../domain/format';
import { formatMeasure } from '../../domain/measurement-format';
import { isDark, paletteColor, type ChartTheme } from '../charts/chartjs';
import { firstDrawMark } from '../charts/first-draw-mark';

type LineConfig = ChartConfiguration<'line', (number | null)[], string>;

/** The User Timing mark each contract chart leaves on its first draw (the bench times the screen by it). */
export const CONTRACT_CHART_DRAWN = 'contract-chart-drawn';
const drawnMark = firstDrawMark<'line'>(CONTRACT_CHART_DRAWN);

/** "Jan 27": short enough for 36 months on one axis. */
const monthLabel = (month: number) => `${monthName(month).slice(0, 3)} ${String(Math.floor(month / 12)).slice(2)}`;

function lineOptions(theme: ChartTheme, unit: string, format: (y: number) => string): LineConfig['options'] {
  const font = { family: theme.font, size: 12 };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: theme.reducedMotion ? false : { duration: 200 },
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: { grid: { color: theme.grid }, border: { color: theme.grid }, ticks: { color: theme.muted, font, autoSkip: true, maxRotation: 0 } },
      y: {
        grace: '8%',
        grid: { color: theme.grid },
        border: { color: theme.grid },
        ticks: { color: theme.muted, font, maxTicksLimit: 6 },
        title: { display: unit !== '', text: unit, color: theme.muted, font },
      },
    },
    plugins: {
      legend: { position: 'bottom', align: 'start', labels: { color: theme.text, font, boxWidth: 14, boxHeight: 8, padding: 10 } },
      tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${item.parsed.y === null ? 'no data' : format(item.parsed.y)}` } },
    },
  };
}

/** A flat reference line across every month. */
const flat = (months: number, y: number) => Array.from({ length: months }, () => y);

export function serviceLevelTrendConfig(level: ServiceLevel, index: number, evaluation: ContractEvaluation, theme: ChartTheme): LineConfig {
  const months = evaluation.months;
  const line = paletteColor(theme, isDark(theme.surface) ? 5 : 1);
  return {
    type: 'line',
    data: {
      labels: months.map((m) => monthLabel(m.month)),
      datasets: [
        { label: level.name, data: months.map((m) => m.serviceLevels[index].value), borderColor: line, backgroundColor: line, borderWidth: 2, pointRadius: 3, spanGaps: false },
        { label: `Minimum ${formatMeasure(level.minimum, level.unit)}`, data: flat(months.length, level.minimum), borderColor: paletteColor(theme, 6), borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, pointHitRadius: 0 },
        { label: `Expected ${formatMeasure(level.expected, level.unit)}`, data: flat(months.length, level.expected), borderColor: paletteColor(theme, 3), borderDash: [2, 3], borderWidth: 2, pointRadius: 0, pointHitRadius: 0 },
      ],
    },
    options: lineOptions(theme, level.unit, (y) => formatMeasure(y, level.unit)),
    plugins: [drawnMark],
  };
}

export function scorecardTrendConfig(evaluation: ContractEvaluation, theme: ChartTheme): LineConfig {
  const months = evaluation.months;
  const line = paletteColor(theme, isDark(theme.surface) ? 5 : 1);
  return {
    type: 'line',
    data: {
      labels: months.map((m) => monthLabel(m.month)),
      datasets: [
        { label: 'Balanced scorecard', data: months.map((m) => m.scorecard), borderColor: line, backgroundColor: line, borderWidth: 2, pointRadius: 3 },
        { label: 'Expected met (100)', data: flat(months.length, 100), borderColor: paletteColor(theme, 3), borderDash: [2, 3], borderWidth: 2, pointRadius: 0, pointHitRadius: 0 },
      ],
    },
    options: lineOptions(theme, '', (y) => formatNumber(y)),
    plugins: [drawnMark],
  };
}
