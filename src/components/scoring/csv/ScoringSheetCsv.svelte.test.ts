// @vitest-environment jsdom
// The scoring sheet round trip on a real AssessmentSession (Dexie on fake-indexeddb), the worker's code
// in-process: export for the evaluator scoring now → edit the text as a spreadsheet would → import →
// the out-of-scale line is rejected by number, the good score is stored and the ranking follows.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { File as NodeFile } from 'node:buffer';
import ScoringSheetCsv from './ScoringSheetCsv.svelte';
import { InProcessWorker } from '../../csv/test-worker';
import { AssessmentSession } from '../../../state/assessment-session.svelte';
import { deleteAssessment, insertAssessment, loadAssessment } from '../../../db/assessments-repo';
import { importAssessmentText } from '../../../exchange/import';
import { downloadText } from '../../../lib/download';
import exampleText from '../../../data/small-assessment.json?raw';
import { changeOf, scoreChanges } from './scoring-sheet';

vi.mock('../../../lib/download', () => ({ downloadText: vi.fn() }));

const stops: (() => void)[] = [];
let nextId = 1;

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(() => {
  cleanup();
  while (stops.length) stops.pop()!();
});

function example() {
  const parsed = importAssessmentText(exampleText, { now: '2026-11-22T09:00:00.000Z' });
  if (!parsed.ok) throw new Error('the worked example does not import');
  return parsed.assessment;
}

async function open() {
  const a = { ...example(), id: `scoring-sheet-test-${nextId++}` };
  await deleteAssessment(a.id);
  await insertAssessment(a);
  const session = new AssessmentSession(a.id);
  stops.push(session.start());
  await vi.waitFor(() => expect(session.loaded).toBe(true));
  render(ScoringSheetCsv, { props: { session, createWorker: () => new InProcessWorker() } });
  return { session, stored: async () => (await loadAssessment(a.id))! };
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

describe('scoreChanges', () => {
  const now = '2026-12-01T00:00:00.000Z';
  const row = { vendorId: 'fabrikam', criterionId: 'fit-philosophy', evaluatorId: 'ana' };

  it('tells a new score, a changed value, a changed note and no change apart', () => {
    const old = { ...row, value: 3, note: 'seen' };
    expect(changeOf(undefined, { ...row, value: 1 }).change).toEqual({ kind: 'new' });
    expect(changeOf(old, { ...row, value: 4 }).change).toEqual({ kind: 'value', was: 3 });
    expect(changeOf(old, { ...row, value: 3, note: 'other' }).change).toEqual({ kind: 'note' });
    expect(changeOf(old, { ...row, value: 3 })).toEqual({ change: { kind: 'same' }, note: 'seen' });
  });

  it('keeps the stored note when the file has no note column, and clears it for an empty note', () => {
    const a = example();
    expect(scoreChanges(a, [{ ...row, value: 2 }], now).scores).toEqual([{ ...row, value: 2, note: 'Strong brand-voice samples.', updatedAt: now }]);
    expect(scoreChanges(a, [{ ...row, value: 4, note: '' }], now).scores).toEqual([{ ...row, value: 4, updatedAt: now }]);
    expect(scoreChanges(a, [{ ...row, value: 4 }], now)).toEqual({ scores: [], unchanged: 1, dropped: 0 });
  });

  it('drops rows whose vendor, criterion or evaluator is gone', () => {
    const a = example();
    expect(scoreChanges(a, [{ ...row, vendorId: 'gone', value: 1 }], now)).toEqual({ scores: [], unchanged: 0, dropped: 1 });
  });
});
