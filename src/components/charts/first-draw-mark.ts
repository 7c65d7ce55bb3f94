// A Chart.js plugin that leaves a User Timing mark on each chart's first draw, so the time until a
// screen's charts are drawn can be measured in the browser (SPEC §10 and §11 performance targets: a
// 3-year contract opens with its charts drawn in ≤ 300 ms). One mark per chart, however often it redraws.
import type { ChartType, Plugin } from 'chart.js';

export function firstDrawMark<T extends ChartType>(name: string): Plugin<T> {
  const drawn = new WeakSet<object>();
  return {
    id: `firstDrawMark:${name}`,
    afterDraw(chart) {
      if (drawn.has(chart)) return;
      drawn.add(chart);
      if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
    },
  };
}
