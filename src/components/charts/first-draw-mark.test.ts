import { afterEach, describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { firstDrawMark } from './first-draw-mark';

const marks = (name: string) => performance.getEntriesByName(name, 'mark').length;
const draw = (plugin: ReturnType<typeof firstDrawMark>, chart: object) => plugin.afterDraw!(chart as Chart, {} as never, {});

describe('firstDrawMark', () => {
  afterEach(() => performance.clearMarks());

  it('marks each chart once, on its first draw only', () => {
    const plugin = firstDrawMark('test-chart-drawn');
    const [a, b] = [{}, {}];
    draw(plugin, a);
    draw(plugin, a);
    expect(marks('test-chart-drawn')).toBe(1);
    draw(plugin, b);
    expect(marks('test-chart-drawn')).toBe(2);
  });
});
