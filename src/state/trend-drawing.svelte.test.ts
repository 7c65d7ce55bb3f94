// @vitest-environment jsdom
// jsdom: Svelte runs effects only in a browser-like environment.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { m, makeKpi, makePilot } from '../domain/pilot-fixtures';
import { pilotSeries } from '../domain/pilot-series';
import type { TrendInput } from '../domain/pilot-trend-points';
import { closeEffectRoots, openOnInput } from './effect-root-test-support.svelte';
import { TrendDrawing } from './trend-drawing.svelte';

afterEach(() => {
  closeEffectRoots();
});

const csat = makeKpi('csat', { name: 'CSAT' });
function inputOf(count: number, kpi = csat): TrendInput {
  const series = pilotSeries(makePilot([kpi], Array.from({ length: count }, (_, i) => m('csat', '2027-01-10', i))));
  return { kpi, series: series.byKpi.get('csat')!, startDay: series.startDay, endDay: series.endDay };
}

function open(initial: TrendInput) {
  const { state, set } = openOnInput(initial, (input) => new TrendDrawing(input));
  return { drawing: state, set };
}

describe('TrendDrawing', () => {
  it('redraws a small chart at once, and not at all for an equal input', () => {
    const first = inputOf(10);
    const { drawing, set } = open(first);
    expect(drawing.drawn).toBe(first);
    set({ ...first, kpi: { ...csat } });
    expect(drawing.drawn).toBe(first);
    const next = inputOf(11);
    set(next);
    expect(drawing.drawn).toBe(next);
  });

  it('redraws a chart of thousands of points in tasks of its own', async () => {
    const first = inputOf(10);
    const { drawing, set } = open(first);
    const big = inputOf(5_000);
    set(big);
    expect(drawing.drawn).toBe(first);
    await vi.waitFor(() => expect(drawing.drawn).toBe(big));
  });
});
