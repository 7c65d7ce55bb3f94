// @vitest-environment jsdom
// Rank stability in the printed report: "Computing…", then the sentence and the table at the defaults.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import ReportStability from './ReportStability.svelte';
import { closeCallModel, singleContenderModel } from '../../domain/robustness/model-fixtures';
import type { RobustnessModel } from '../../domain/robustness/model';
import { RankStability } from '../../state/stability-run.svelte';

const runs: RankStability[] = [];
afterEach(() => {
  cleanup();
  for (const run of runs.splice(0)) run.destroy();
});

/** The report's run (ReportView owns it) started on `model`, as the view does. */
function show(model: RobustnessModel) {
  const stability = new RankStability();
  runs.push(stability);
  stability.update(model);
  render(ReportStability, { props: { model, stability } });
}

describe('ReportStability', () => {
  it('computes with the default options, then shows the sentence and the table', async () => {
    show(closeCallModel());
    expect(screen.getByText('Computing…')).toBeTruthy();
    await screen.findByText('Northwind Contact ranks first in 70.3 % of plausible weightings (10,000 draws, category weights ±25.0 %).', {}, { timeout: 5_000 });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()))).toEqual([
      ['Northwind Contact', '70.3 %'],
      ['Fabrikam Support', '29.7 %'],
      ['Contoso CX', '0 %'],
    ]);
    expect(screen.queryByText('Computing…')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('needs two qualified vendors', () => {
    show(singleContenderModel());
    expect(screen.getByText('Rank stability needs at least two qualified vendors.')).toBeTruthy();
  });
});
