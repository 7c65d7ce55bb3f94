// Charts drawn for paper (SPEC §1). A canvas prints as the bitmap it holds, so before printing
// every chart of the report is finished (no half-played animation), redrawn at its current size (Chart.js
// does not see the print layout by itself: its guide says to call resize() on `beforeprint`) and at
// twice the screen's pixel density, so its lines and labels stay sharp in a PDF. The report's figures
// have the same fixed size on screen and on A4 or Letter paper, so the redraw never reflows the page.
import type { Chart } from 'chart.js';
import { loadChartJs } from '../charts/chartjs';

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
    chart.options.devicePixelRatio = ratio;
    chart.resize();
    chart.options.responsive = false;
    chart.update('none');
  }
  return charts.length;
}

/** Back to the screen: charts follow their container again. */
function restoreChartsAfterPrint(root: Element): void {
  for (const chart of chartsIn(root)) {
    chart.options.responsive = true;
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
