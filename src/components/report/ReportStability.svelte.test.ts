// @vitest-environment jsdom
// Rank stability in the printed report: "Computing…", then the sentence and the table at the defaults.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import ReportStability from './ReportStability.svelte';
import { closeCallModel, singleContenderModel } from '../../domain/robustness/model-fixtures';

afterEach(cleanup);

describe('ReportStability', () => {
  it('computes with the default options, then shows the sentence and the table', async () => {
    render(ReportStability, { props: { model: closeCallModel() } });
    expect(screen.getByText('Computing…')).toBeTruthy();
    await screen.findByText('Northwind Contact ranks first in 70 % of plausible weightings (10,000 draws, category weights ±25 %).', {}, { timeout: 5_000 });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()))).toEqual([
      ['Northwind Contact', '70 %'],
      ['Fabrikam Support', '30 %'],
      ['Contoso CX', '0 %'],
    ]);
    expect(screen.queryByText('Computing…')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('needs two qualified vendors', () => {
    render(ReportStability, { props: { model: singleContenderModel() } });
    expect(screen.getByText('Rank stability needs at least two qualified vendors.')).toBeTruthy();
  });
});
