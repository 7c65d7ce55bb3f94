// @vitest-environment jsdom
// A contract chart follows a new evaluation in a later task, not in the task that changed it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import type { ChartConfiguration } from 'chart.js';
import FollowingChart from './FollowingChart.svelte';
import { evaluateContract } from '../../domain/contract/evaluate';
import { workedContract } from '../../domain/contract/test-contract';

class FakeChart {
  static built: FakeChart[] = [];
  data: unknown;
  options: unknown;
  constructor(_ctx: unknown, config: ChartConfiguration) {
    this.data = config.data;
    FakeChart.built.push(this);
  }
  update() {}
  destroy() {}
}
vi.mock('../charts/chartjs', async (original) => ({ ...(await original<typeof import('../charts/chartjs')>()), loadChartJs: () => Promise.resolve(FakeChart) }));

beforeEach(() => {
  vi.useFakeTimers();
  FakeChart.built = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 0));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const months = (e: ReturnType<typeof evaluateContract>) => (): ChartConfiguration => ({ type: 'line', data: { labels: e.months.map(String), datasets: [] } });

describe('FollowingChart', () => {
  it('draws the evaluation it was given, then a new one only a task after the change', async () => {
    const march = evaluateContract(workedContract(), '2027-03-01');
    const may = evaluateContract(workedContract(), '2027-05-01');
    const config = (e: typeof march) => months(e)();
    const view = render(FollowingChart, { props: { evaluation: march, config, label: 'Scorecard', height: 200 } });
    await vi.advanceTimersByTimeAsync(10);
    const [chart] = FakeChart.built;
    expect((chart.data as { labels: string[] }).labels).toHaveLength(2);
    await view.rerender({ evaluation: may, config, label: 'Scorecard', height: 200 });
    expect((chart.data as { labels: string[] }).labels).toHaveLength(2); // not in the task of the change
    await vi.advanceTimersByTimeAsync(10);
    expect((chart.data as { labels: string[] }).labels).toHaveLength(4);
  });
});
