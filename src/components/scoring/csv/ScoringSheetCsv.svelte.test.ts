// @vitest-environment jsdom
// The scoring sheet round trip on a real AssessmentSession (Dexie on fake-indexeddb), the worker's code
// in-process: export for the evaluator scoring now → edit the text as a spreadsheet would → import →
// the out-of-scale line is rejected by number, the good score is stored and the ranking follows.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { File as NodeFile } from 'node:buffer';
import ScoringSheetCsv from './ScoringSheetCsv.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../../../state/session-view-test-support';
import { inProcessCsvWorker } from '../../../state/in-process-workers';
import { resetWorkers, useWorkers } from '../../../state/workers';
import { importedWorkedExample } from '../../../state/imported-example-test-support';
import { downloadText } from '../../download';

vi.mock('../../download', () => ({ downloadText: vi.fn() }));

let nextId = 1;

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
cleanUpSessionViewsAfterEach();
afterEach(resetWorkers);

function example() {
  return { ...importedWorkedExample('2026-11-22T09:00:00.000Z'), id: `scoring-sheet-test-${nextId++}` };
}

async function open() {
  useWorkers({ csv: inProcessCsvWorker });
  const a = example();
  const session = await renderWithSession(ScoringSheetCsv, a);
  return { session, stored: async () => (await storedAssessment(a.id))! };
}

describe('ScoringSheetCsv', () => {
  it('exports the sheet, and imports an edited copy: bad line rejected, good score stored, ranking updated', async () => {
    const { session, stored } = await open();
    expect(session.ranking.find((r) => r.vendorId === 'northwind')?.total).toBe(72.75);

    await fireEvent.click(screen.getByRole('button', { name: 'Export scoring sheet' }));
    const [fileName, text, type] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(fileName).toMatch(/-scoring-sheet-ana-procurement-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    expect(text.startsWith('\uFEFFvendor,criterion,evaluator,category,guidance,must-have,score (0–5),note,vendorId,criterionId,evaluatorId\r\n')).toBe(true);

    // A spreadsheet edit: Northwind's integration 2 → 5 (line 5), Contoso's integration 9 (line 9, outside 0–5).
    const lines = text.split('\r\n');
    expect(lines[4]).toBe('Northwind Contact,Integration with our systems,Ana (Procurement),Technology and integration,,,2,,northwind,tech-integration,ana');
    lines[4] = lines[4].replace(',,,2,,', ',,,5,,');
    lines[8] = lines[8].replace(',,,,,contoso', ',,,9,,contoso');
    await fireEvent.change(screen.getByLabelText('Import scoring sheet CSV'), {
      target: { files: [new NodeFile([lines.join('\r\n')], 'sheet.csv', { type: 'text/csv' })] },
    });

    const dialog = await screen.findByRole('dialog', { name: 'Import scores from sheet.csv' });
    const button = await within(dialog).findByRole('button', { name: 'Import 9 scores' });
    expect(within(dialog).getByText('2 rows with an empty score (skipped)')).toBeTruthy();
    const rejected = within(dialog).getByRole('table', { name: /Rejected rows \(1 row/ });
    expect(within(rejected).getAllByRole('row')[1].textContent).toMatch(/^9\s*score 9 is outside the scale 0–5/);
    expect(within(dialog).getByText('Was 2')).toBeTruthy();
    expect(within(dialog).getByText('1 changed score')).toBeTruthy();
    expect(within(dialog).getByText('8 scores as stored (left untouched)')).toBeTruthy();
    expect((await stored()).scores.find((s) => s.vendorId === 'northwind' && s.criterionId === 'tech-integration')?.value).toBe(2);

    await fireEvent.click(button);
    await within(dialog).findByText('Imported 9 scores; 1 rejected.');
    expect(within(dialog).getByText('1 new or changed; 8 already matched the stored score and note and were left untouched.')).toBeTruthy();
    const after = await stored();
    const cell = after.scores.find((s) => s.vendorId === 'northwind' && s.criterionId === 'tech-integration' && s.evaluatorId === 'ana')!;
    expect(cell.value).toBe(5);
    expect(cell.updatedAt).toBe(after.updatedAt);
    expect(after.scores.some((s) => s.vendorId === 'contoso' && s.criterionId === 'tech-integration' && s.evaluatorId === 'ana')).toBe(false);
    expect(after.scores).toHaveLength(13);
    // 0.5 × 87.5 + 0.3 × 70 + 0.2 × 100 (SPEC §3), once the live view has reloaded.
    await vi.waitFor(() => expect(session.ranking.find((r) => r.vendorId === 'northwind')?.total).toBe(84.75));
  });
});
