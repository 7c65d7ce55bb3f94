// @vitest-environment jsdom
// The Results screen's CSV exports: what each button downloads, on the worked example.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import ResultsCsvExport from './ResultsCsvExport.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession } from '../../../state/session-view-test-support';
import { importAssessmentText } from '../../../exchange/import';
import { downloadText } from '../../download';
import exampleText from '../../../data/small-assessment.json?raw';

vi.mock('../../download', () => ({ downloadText: vi.fn() }));

cleanUpSessionViewsAfterEach();

describe('ResultsCsvExport', () => {
  it('downloads the ranking and the score matrix as Excel-safe CSV', async () => {
    const parsed = importAssessmentText(exampleText, { now: '2026-11-22T09:00:00.000Z' });
    if (!parsed.ok) throw new Error();
    const a = { ...parsed.assessment, id: 'results-csv-test', name: 'Contact centre RFP' };
    await renderWithSession(ResultsCsvExport, a);

    await fireEvent.click(screen.getByRole('button', { name: 'Export ranking CSV' }));
    const [rankingName, ranking, type] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(rankingName).toMatch(/^contact-centre-rfp-ranking-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    expect(ranking.split('\r\n')[2]).toBe('2,Fabrikam Support,68.88888888888889,0.675,provisional,,60,80,,fabrikam');

    await fireEvent.click(screen.getByRole('button', { name: 'Export score matrix CSV' }));
    const [matrixName, matrix] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(matrixName).toMatch(/^contact-centre-rfp-score-matrix-/);
    expect(matrix.split('\r\n')).toHaveLength(1 + 13 + 1);
    expect(screen.getByText('Spreadsheet (CSV):')).toBeTruthy();
  });
});
