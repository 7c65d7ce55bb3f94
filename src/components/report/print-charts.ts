// Charts drawn for paper (SPEC §1). A canvas prints as the bitmap it holds, so before printing
// every chart of the report is finished (no half-played animation), redrawn at its size on paper
// (Chart.js does not see the print layout by itself: its guide says to call resize() on `beforeprint`)
// and at twice the screen's pixel density, so its lines and labels stay sharp in a PDF. The size on
// paper is the figure's `--print-width` (and `--print-height`, else its height on screen), which the
// report's print stylesheet gives the chart's box too: whatever the window's width, a chart is never
// drawn at one width and squeezed into another on paper.
import type { Chart } from 'chart.js';
import { loadChartJs } from '../charts/chartjs';
import { holdForPrint, releaseFromPrint } from '../charts/print-hold';

/** Pixel density of printed charts: 2 gives ~190 dpi at the report's figure size. */
const PRINT_PIXEL_RATIO = 2;

let ChartClass: typeof Chart | null = null;

/** Chart.js is loaded on demand; `beforeprint` handlers must be synchronous, so keep the class at hand. */
export function preloadChartJs(): void {
  loadChartJs().then(
    (C) => (ChartClass = C),
    () => {}, // the charts say themselves that they cannot be drawn; their tables still print
  );
}

/** CSS px per millimetre (CSS fixes 96 px to the inch). */
const PX_PER_MM = 96 / 25.4;

/** "180mm" or "210px" in CSS px; null for anything else (unset). */
function cssLength(value: string): number | null {
  const m = /^\s*([\d.]+)(mm|px)\s*$/.exec(value);
  if (!m) return null;
  return Number(m[1]) * (m[2] === 'mm' ? PX_PER_MM : 1);
}

/** The chart's size on paper: its box's --print-width / --print-height, else its size now. */
function printSize(box: HTMLElement): { width: number; height: number } {
  const style = getComputedStyle(box);
  return {
    width: cssLength(style.getPropertyValue('--print-width')) ?? box.clientWidth,
    height: cssLength(style.getPropertyValue('--print-height')) ?? box.clientHeight,
  };
}

function chartsIn(root: Element): Chart[] {
  if (!ChartClass) return [];
  return Object.values(ChartClass.instances).filter((chart) => root.contains(chart.canvas));
}

/**
 * Finishes and redraws every chart under `root` for print; returns how many were drawn. The charts
 * then stop following their container until `restoreChartsAfterPrint`: a resize during the print
 * layout clears a canvas, and Chart.js would redraw it only in a later frame, after the page is
 * printed (blank charts on paper).
 */
function drawChartsForPrint(root: Element): number {
  const charts = chartsIn(root);
  const ratio = Math.max(PRINT_PIXEL_RATIO, typeof devicePixelRatio === 'number' ? devicePixelRatio : 1);
  for (const chart of charts) {
    chart.stop();
    holdForPrint(chart, ratio);
    const box = chart.canvas.parentElement;
    if (box) {
      const { width, height } = printSize(box);
      chart.resize(width, height);
    } else chart.resize();
    chart.update('none');
  }
  return charts.length;
}

/** Back to the screen: charts follow their container again. */
function restoreChartsAfterPrint(root: Element): void {
  for (const chart of chartsIn(root)) {
    releaseFromPrint(chart);
    chart.update('none');
    chart.resize();
  }
}

/**
 * Redraws charts for print whenever the browser is about to print (Ctrl+P as well as the button), after
 * `onBeforePrint` (which may update the page synchronously), and restores them afterwards.
 */
export function drawChartsBeforePrint(root: () => Element | undefined, onBeforePrint?: () => void): () => void {
  const before = () => {
    onBeforePrint?.();
    const el = root();
    if (el) drawChartsForPrint(el);
  };
  const after = () => {
    const el = root();
    if (el) restoreChartsAfterPrint(el);
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
