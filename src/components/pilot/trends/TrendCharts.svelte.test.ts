// @vitest-environment jsdom
// Trend charts (SPEC §8: a text alternative for every chart) on the worked example. Chart.js cannot
// draw in jsdom (no canvas), so this checks what a screen reader gets: one chart per KPI named by its
// summary, and the table alternative with every point and its place relative to the window.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import TrendCharts from './TrendCharts.svelte';
import { pilotSeries } from '../../../domain/pilot-series';
import { importedWorkedExample } from '../../../state/imported-example-test-support';
import { pilotRows } from '../../../domain/pilot-rows';
import type { Pilot } from '../../../domain/types';

afterEach(() => cleanup());

function examplePilot(): Pilot {
  return importedWorkedExample().pilots[0];
}

async function show(pilot: Pilot) {
  render(TrendCharts, { props: { pilot, series: pilotSeries(pilot) } });
  await tick();
}

const card = (name: string) => screen.getByRole('article', { name });

describe('TrendCharts', () => {
  it('draws one chart per KPI, named by a summary of what it shows', async () => {
    await show(examplePilot());
    expect(screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent)).toEqual(['CSAT', 'FCR', 'AHT', 'Backlog']);
    const chart = within(card('CSAT')).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'CSAT trend: 3 measurements: 2 counted, 1 baseline, from Dec 28, 2026 to Jan 17, 2027, latest 88 %; threshold 80 %, target 85 %, higher is better; pilot window Jan 4, 2027 to Jan 31, 2027.',
    );
  });

  it('offers each chart as a table, with baseline rows marked', async () => {
    await show(examplePilot());
    const csat = card('CSAT');
    expect(within(csat).queryByRole('table')).toBeNull(); // built only when opened
    const details = within(csat).getByText('Show as table').closest('details')!;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const rows = within(within(csat).getByRole('table')).getAllByRole('row').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Date', 'Value', 'n', 'Window'],
      ['Jan 17, 2027', '88 %', '500', 'Counted'],
      ['Jan 10, 2027', '84 %', '300', 'Counted'],
      ['Dec 28, 2026', '60 %', '100', 'Baseline (not judged)'],
    ]);
  });

  it('says so when a KPI has no measurements', async () => {
    const pilot = examplePilot();
    await show({ ...pilot, measurements: pilotRows(pilot.measurements.blocks.filter((b) => b.kpiId !== 'fcr')) });
    expect(within(card('FCR')).getByText('No measurements for FCR yet. Add them above or import a CSV.')).toBeTruthy();
    expect(within(card('FCR')).queryByRole('img')).toBeNull();
  });
});
