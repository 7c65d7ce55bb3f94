// Charts drawn for paper (report/print-charts.ts, SPEC §1) keep their size on paper and their pixel
// density until the print ends. A chart updated in place in between (its data re-derived while the
// report is open) gets a fresh options object whose `responsive: true` would make Chart.js listen to
// its box on screen again and redraw it at the window's width before the page is printed.

/** What a held chart keeps: Chart.js's own option names. */
interface PrintHold {
  devicePixelRatio: number;
}

interface HoldableChart {
  options: { responsive?: boolean; devicePixelRatio?: number };
}

const held = new WeakMap<object, PrintHold>();

/** Stops the chart following its box and draws it at `devicePixelRatio` until `releaseFromPrint`. */
export function holdForPrint(chart: HoldableChart, devicePixelRatio: number): void {
  held.set(chart, { devicePixelRatio });
  chart.options.devicePixelRatio = devicePixelRatio;
  chart.options.responsive = false;
}

/** Back to the screen: the chart follows its box again. */
export function releaseFromPrint(chart: HoldableChart): void {
  held.delete(chart);
  chart.options.responsive = true;
}

/** The options to give the chart in an update: `options`, keeping its print size while it is held. */
export function optionsKeepingPrintHold<T extends object>(chart: object, options: T): T {
  const hold = held.get(chart);
  return hold ? { ...options, responsive: false, devicePixelRatio: hold.devicePixelRatio } : options;
}
