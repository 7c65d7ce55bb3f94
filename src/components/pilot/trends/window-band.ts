// A small Chart.js plugin that shades the pilot window [start, end] behind the lines (SPEC §4: only
// these days are judged) with dashed edges. Its options live in options.plugins.pilotWindow, so the
// chart wrapper's in-place updates (new options, same plugin) move the band too. It also leaves a
// User Timing mark on each chart's first draw, so "time until the charts are drawn" can be measured
// in the browser (SPEC §10 performance targets: a pilot with 100,000 rows opens in ≤ 300 ms).
import type { Chart, ChartType, Plugin } from 'chart.js';

interface WindowBandOptions {
  /** Day numbers of the first and last day of the window (inclusive). */
  from: number;
  to: number;
  fill: string;
  edge: string;
  /** The empty dataset that stands for the band in the legend: hiding it there hides the band. */
  legendDataset?: number;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    pilotWindow?: WindowBandOptions | false;
  }
}

const FIRST_DRAW_MARK = 'pilot-trend-drawn';
const drawn = new WeakSet<Chart>();

export const windowBand: Plugin<'line', WindowBandOptions> = {
  id: 'pilotWindow',
  beforeDatasetsDraw(chart, _args, options) {
    const { from, to, fill, edge, legendDataset } = options;
    if (!Number.isFinite(from) || !Number.isFinite(to)) return;
    if (legendDataset !== undefined && !chart.isDatasetVisible(legendDataset)) return;
    const { ctx, chartArea: area, scales } = chart;
    const x = scales.x;
    const left = x.getPixelForValue(from);
    const right = x.getPixelForValue(to);
    const l = Math.max(area.left, left);
    const r = Math.min(area.right, right);
    if (r < l) return;
    ctx.save();
    ctx.fillStyle = fill;
    ctx.fillRect(l, area.top, r - l, area.bottom - area.top);
    ctx.strokeStyle = edge;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 3]);
    for (const px of [left, right]) {
      if (px < area.left || px > area.right) continue;
      ctx.beginPath();
      ctx.moveTo(px, area.top);
      ctx.lineTo(px, area.bottom);
      ctx.stroke();
    }
    ctx.restore();
  },
  afterDraw(chart) {
    if (drawn.has(chart)) return;
    drawn.add(chart);
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(FIRST_DRAW_MARK);
  },
};
