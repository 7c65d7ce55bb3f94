// @vitest-environment jsdom
// The Results screen's CSV exports: what each button downloads, on the worked example.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import ResultsCsvExport from './ResultsCsvExport.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession } from '../../../state/session-view-test-support';
import { importedWorkedExample } from '../../../state/imported-example-test-support';
import { downloadText } from '../../download';
import { csvStyle } from '../../../state/csv-style.svelte';
import { notices } from '../../../state/notices.svelte';
import type { Score } from '../../../domain/types';

vi.mock('../../download', () => ({ downloadText: vi.fn() }));

cleanUpSessionViewsAfterEach();
afterEach(() => {
  localStorage.clear();
  csvStyle.reset();
  notices.reset();
});

async function open(scores?: (stored: Score[]) => Score[]) {
  const example = importedWorkedExample('2026-11-22T09:00:00.000Z');
  const stored = example.scores;
  await renderWithSession(ResultsCsvExport, { ...example, id: 'results-csv-test', name: 'Contact centre RFP', scores: scores ? scores(stored) : stored });
}

const matrixButton = () => screen.getByRole('button', { name: 'Export score matrix CSV' }) as HTMLButtonElement;

describe('ResultsCsvExport', () => {
  it('downloads the ranking and the score matrix as Excel-safe CSV', async () => {
    await open();

    await fireEvent.click(screen.getByRole('button', { name: 'Export ranking CSV' }));
    const [rankingName, ranking, type] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(rankingName).toMatch(/^contact-centre-rfp-ranking-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    // As shown (68.9, 67.5 %), then at full precision.
    expect(ranking.split('\r\n')[2]).toBe('2,Fabrikam Support,68.9,67.5,provisional,,60,80,,68.88888888888889,67.5,60,80,,fabrikam');

    await fireEvent.click(screen.getByRole('button', { name: 'Export score matrix CSV' }));
    const [matrixName, matrix] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(matrixName).toMatch(/^contact-centre-rfp-score-matrix-/);
    expect(matrix.split('\r\n')).toHaveLength(1 + 13 + 1);
    expect(screen.getByRole('combobox', { name: 'CSV style' })).toBeTruthy();
  });

  it('writes semicolons and decimal commas once that style is chosen, and remembers it in this browser', async () => {
    await open();
    await fireEvent.change(screen.getByRole('combobox', { name: 'CSV style' }), { target: { value: 'semicolon' } });
    expect(localStorage.getItem('bpo-workbench.csv-style')).toBe('semicolon');
    await fireEvent.click(screen.getByRole('button', { name: 'Export ranking CSV' }));
    const [, ranking] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(ranking.split('\r\n')[2]).toBe('2;Fabrikam Support;68,9;67,5;provisional;;60;80;;68,88888888888889;67,5;60;80;;fabrikam');
  });

  it('offers no score matrix while no score or note is stored', async () => {
    await open((stored) => stored.map((s) => ({ ...s, value: null, note: undefined })));
    expect(matrixButton().disabled).toBe(true);
  });

  it('offers the score matrix for a note alone, and says how many scores it wrote', async () => {
    await open((stored) => [{ ...stored[0], value: null, note: 'References pending' }, ...stored.slice(1).map((s) => ({ ...s, value: null, note: '' }))]);
    expect(matrixButton().disabled).toBe(false);
    await fireEvent.click(matrixButton());
    expect(notices.items.at(-1)?.text).toMatch(/\(1 score\)\.$/);
  });
});
