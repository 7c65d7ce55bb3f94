// The value-for-money scatter (SPEC §9) as plain data and a Chart.js configuration:
// total (0–100) against price for one price group, the efficiency frontier as a line, vendors on it as
// filled points and the ones beaten on both total and price as hollow grey points, each point named.
// Built from plain arrays, never rune proxies (they crash Svelte inside Chart.js).
import type { ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { PriceGroup } from '../../domain/robustness/value-for-money';
import { formatScore } from '../../domain/format';
import { paletteColor, type ChartTheme } from '../charts/chartjs';
import { joinNames } from '../../domain/format';
import { beatenByNames, formatMoney, frontierSentence, groupLabel, priceAxisTitle } from '../../domain/robustness/value-text';

export interface ValuePoint {
  x: number;
  y: number;
  name: string;
  /** Names of the vendors that beat this one on both (empty on the frontier). */
  beatenBy: string[];
}

export interface ValueChartData {
  currency: string;
  axisTitle: string;
  /** The corners of the frontier line, left to right. */
  frontier: { x: number; y: number }[];
  efficient: ValuePoint[];
  dominated: ValuePoint[];
  /** The chart's accessible name (the table under it is the full alternative). */
  summary: string;
}

/**
 * The frontier through the efficient vendors sorted by price, drawn as a staircase: a horizontal step
 * from each efficient vendor to the next one's price, then straight up to its total. A straight segment
 * between two vendors would suggest that totals in between can be bought for prices in between; the
 * step shows what a budget really buys: up to the next price, the best total stays the cheaper vendor's.
 */
export function frontierLine(group: PriceGroup): { x: number; y: number }[] {
  const efficient = group.vendors.filter((vendor) => vendor.efficient).sort((a, b) => a.price - b.price || a.total - b.total);
  const corners: { x: number; y: number }[] = [];
  const push = (x: number, y: number) => {
    const last = corners.at(-1);
    if (!last || last.x !== x || last.y !== y) corners.push({ x, y });
  };
  efficient.forEach((vendor, i) => {
    if (i > 0) push(vendor.price, efficient[i - 1].total);
    push(vendor.price, vendor.total);
  });
  return corners;
}

export function valueChartData(group: PriceGroup): ValueChartData {
  const point = (vendor: PriceGroup['vendors'][number]): ValuePoint => ({
    x: vendor.price,
    y: vendor.total,
    name: vendor.name,
    beatenBy: beatenByNames(group, vendor),
  });
  return {
    currency: group.currency,
    axisTitle: priceAxisTitle(group),
    frontier: frontierLine(group),
    efficient: group.vendors.filter((vendor) => vendor.efficient).map(point),
    dominated: group.vendors.filter((vendor) => !vendor.efficient).map(point),
    summary: `Total score against price, ${groupLabel(group)}. ${frontierSentence(group)}`,
  };
}

/** Dataset order in the chart: the frontier line first, so the points are drawn over it. */
export const FRONTIER = 0;
export const ON_FRONTIER = 1;
export const DOMINATED = 2;

/** Colours and shapes of the three datasets: filled blue on the frontier, hollow grey when beaten. */
function valueDatasets(data: ValueChartData, theme: ChartTheme): ChartDataset<'scatter', { x: number; y: number }[]>[] {
  const accent = paletteColor(theme, 1);
  const grey = paletteColor(theme, 7);
  const xy = (points: ValuePoint[]) => points.map(({ x, y }) => ({ x, y }));
  return [
    {
      label: 'Efficiency frontier',
      data: data.frontier,
      showLine: true,
      stepped: false, // the corners are in the data (frontierLine), so Chart.js draws straight segments between them
      borderColor: accent,
      backgroundColor: accent,
      borderWidth: 2,
      pointRadius: 0,
      pointHitRadius: 0,
      pointStyle: 'line',
    },
    {
      label: 'On the frontier',
      data: xy(data.efficient),
      backgroundColor: accent,
      borderColor: theme.surface,
      borderWidth: 1.5,
      pointRadius: 6,
      pointHoverRadius: 8,
      pointStyle: 'circle',
    },
    {
      label: 'Beaten on total and price',
      data: xy(data.dominated),
      backgroundColor: theme.surface,
      borderColor: grey,
      borderWidth: 2,
      pointRadius: 6,
      pointHoverRadius: 8,
      pointStyle: 'circle',
    },
  ];
}

/**
 * Writes each vendor's name just above and beside its point (to the right, or to the left near the right
 * edge): above, so the name never sits on the frontier's horizontal step that leaves the point.
 */
function pointNames(data: ValueChartData, theme: ChartTheme): Plugin<'scatter'> {
  const names: Record<number, string[]> = {
    [ON_FRONTIER]: data.efficient.map((p) => p.name),
    [DOMINATED]: data.dominated.map((p) => p.name),
  };
  return {
    id: 'valuePointNames',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = `12px ${theme.font}`;
      ctx.textBaseline = 'bottom';
      for (const [index, labels] of Object.entries(names)) {
        const d = Number(index);
        if (!chart.isDatasetVisible(d)) continue;
        ctx.fillStyle = d === DOMINATED ? theme.muted : theme.text;
        chart.getDatasetMeta(d).data.forEach((element, i) => {
          const text = labels[i];
          if (!text) return;
          const right = element.x + 6 + ctx.measureText(text).width <= chartArea.right;
          ctx.textAlign = right ? 'left' : 'right';
          ctx.fillText(text, right ? element.x + 6 : element.x - 6, element.y - 4);
        });
      }
      ctx.restore();
    },
  };
}

export function valueChartConfig(data: ValueChartData, theme: ChartTheme): ChartConfiguration<'scatter', { x: number; y: number }[]> {
  const font = { family: theme.font, size: 12 };
  const pointsOf: Record<number, ValuePoint[]> = { [ON_FRONTIER]: data.efficient, [DOMINATED]: data.dominated };
  return {
    type: 'scatter',
    data: { datasets: valueDatasets(data, theme) },
    plugins: [pointNames(data, theme)],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? false : { duration: 250 },
      scales: {
        x: {
          type: 'linear',
          grace: '10%',
          grid: { color: theme.grid },
          border: { color: theme.grid },
          ticks: { color: theme.muted, font, callback: (value) => formatMoney(Number(value), data.currency, true) },
          title: { display: true, text: data.axisTitle, color: theme.muted, font },
        },
        y: {
          min: 0,
          max: 100,
          grid: { color: theme.grid },
          border: { color: theme.grid },
          ticks: { color: theme.muted, font, stepSize: 20 },
          title: { display: true, text: 'Total score (out of 100)', color: theme.muted, font },
        },
      },
      plugins: {
        legend: {
          position: 'top',
          align: 'start',
          // No "Beaten" entry when nobody is beaten.
          labels: { color: theme.text, font, usePointStyle: true, boxWidth: 10, padding: 14, filter: (item, chart) => chart.datasets[item.datasetIndex ?? 0].data.length > 0 },
        },
        tooltip: {
          filter: (item) => item.datasetIndex !== FRONTIER,
          callbacks: {
            label: (item) => {
              const point = pointsOf[item.datasetIndex]?.[item.dataIndex];
              if (!point) return '';
              const lines = `${point.name}: total ${formatScore(point.y)}, ${formatMoney(point.x, data.currency)}`;
              return point.beatenBy.length > 0 ? [lines, `Beaten by ${joinNames(point.beatenBy)}`] : [lines, 'On the efficiency frontier'];
            },
          },
        },
      },
    },
  };
}
