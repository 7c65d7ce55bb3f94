// @vitest-environment jsdom
// ChartCanvas with a stand-in for Chart.js: the chart is built once, in a task after the frame that
// shows the screen, and every later change updates that same chart in place.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import type { ChartConfiguration } from 'chart.js';
import ChartCanvas from './ChartCanvas.svelte';

class FakeChart {
  static built: FakeChart[] = [];
  data: unknown;
  options: unknown;
  readonly updates: (string | undefined)[] = [];
  destroyed = false;
  constructor(_ctx: unknown, config: ChartConfiguration) {
    this.data = config.data;
    this.options = config.options;
    FakeChart.built.push(this);
  }
  update(mode?: string) {
    this.updates.push(mode);
  }
  destroy() {
    this.destroyed = true;
  }
}

const themeReads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./chartjs', async (original) => {
  const real = await original<typeof import('./chartjs')>();
  return {
    ...real,
    loadChartJs: () => Promise.resolve(FakeChart),
    readChartTheme: (scope?: Element) => (themeReads.count++, real.readChartTheme(scope)),
  };
});

const frames: FrameRequestCallback[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  FakeChart.built = [];
  themeReads.count = 0;
  frames.length = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const configOf = (values: number[]) => (): ChartConfiguration => ({ type: 'bar', data: { labels: values.map(String), datasets: [{ data: values }] }, options: {} });

async function paintFrame(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0); // Chart.js loaded, effects run
  for (const frame of frames.splice(0)) frame(performance.now());
  await vi.advanceTimersByTimeAsync(0);
}

describe('ChartCanvas', () => {
  it('builds the chart after the screen is painted, in a task of its own', async () => {
    render(ChartCanvas, { props: { config: configOf([1, 2]), label: 'Bars' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeChart.built).toHaveLength(0);
    expect(frames).toHaveLength(1);
    for (const frame of frames.splice(0)) frame(performance.now());
    expect(FakeChart.built).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeChart.built).toHaveLength(1);
    expect(FakeChart.built[0].data).toEqual({ labels: ['1', '2'], datasets: [{ data: [1, 2] }] });
  });

  it('updates the one chart in place on every change, without animation, and destroys it on unmount', async () => {
    const view = render(ChartCanvas, { props: { config: configOf([1, 2]), label: 'Bars' } });
    await paintFrame();
    const [chart] = FakeChart.built;
    await view.rerender({ config: configOf([3, 4, 5]), label: 'Bars' });
    await view.rerender({ config: configOf([6]), label: 'Bars' });
    expect(FakeChart.built).toEqual([chart]);
    expect(chart.data).toEqual({ labels: ['6'], datasets: [{ data: [6] }] });
    expect(chart.updates).toEqual(['none', 'none']);
    // The colours are read once, not on every update (each read makes the browser recompute styles).
    expect(themeReads.count).toBe(1);
    view.unmount();
    expect(chart.destroyed).toBe(true);
  });

  it('builds with the latest configuration when it changes before the chart is built', async () => {
    const view = render(ChartCanvas, { props: { config: configOf([1]), label: 'Bars' } });
    await vi.advanceTimersByTimeAsync(0);
    await view.rerender({ config: configOf([2]), label: 'Bars' });
    await paintFrame();
    expect(FakeChart.built).toHaveLength(1);
    expect(FakeChart.built[0].data).toEqual({ labels: ['2'], datasets: [{ data: [2] }] });
    expect(FakeChart.built[0].updates).toEqual([]);
  });
});
