import { describe, expect, it } from 'vitest';
import { changeBadge, changeOf, changesDetail, changeTally, scoreChanges, sheetNames, sheetRowCount, storedScores } from './scoring-sheet-changes';
import { workedExample } from './worked-example';

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
    const a = workedExample();
    expect(scoreChanges(a, [{ ...row, value: 2 }], now).scores).toEqual([{ ...row, value: 2, note: 'Strong brand-voice samples.', updatedAt: now }]);
    expect(scoreChanges(a, [{ ...row, value: 4, note: '' }], now).scores).toEqual([{ ...row, value: 4, updatedAt: now }]);
    expect(scoreChanges(a, [{ ...row, value: 4 }], now)).toEqual({ scores: [], unchanged: 1, dropped: 0 });
  });

  it('drops rows whose vendor, criterion or evaluator is gone', () => {
    const a = workedExample();
    expect(scoreChanges(a, [{ ...row, vendorId: 'gone', value: 1 }], now)).toEqual({ scores: [], unchanged: 0, dropped: 1 });
  });
});

describe('changeTally', () => {
  it('counts new, changed and unchanged rows against the stored scores', () => {
    const stored = storedScores(workedExample());
    const rows = [
      { vendorId: 'fabrikam', criterionId: 'fit-philosophy', evaluatorId: 'ana', value: 4 },
      { vendorId: 'fabrikam', criterionId: 'fit-philosophy', evaluatorId: 'ana', value: 4, note: 'other' },
      { vendorId: 'fabrikam', criterionId: 'fit-philosophy', evaluatorId: 'ana', value: 1 },
      { vendorId: 'contoso', criterionId: 'tech-integration', evaluatorId: 'ana', value: 3 },
    ];
    expect(changeTally(stored, rows)).toEqual({ new: 1, changed: 2, same: 1 });
  });
});

describe('changesDetail', () => {
  it('says what was written, left untouched and skipped, in words', () => {
    expect(changesDetail({ scores: [], unchanged: 0, dropped: 0 })).toBe('0 new or changed.');
    expect(changesDetail({ scores: [], unchanged: 1, dropped: 2 })).toBe(
      '0 new or changed; 1 already matched the stored score and note and was left untouched; 2 pointed at a vendor, criterion or evaluator removed meanwhile and were skipped.',
    );
  });
});

describe('the preview of a scoring sheet', () => {
  it('names each row by vendor, criterion and evaluator, an unknown id by itself', () => {
    const names = sheetNames(workedExample());
    expect([names.vendor('northwind'), names.criterion('fit-philosophy'), names.evaluator('ana')]).toEqual([
      'Northwind Contact',
      'Shared service philosophy',
      'Ana (Procurement)',
    ]);
    expect([names.vendor('gone'), sheetNames(undefined).criterion('c1')]).toEqual(['gone', 'c1']);
  });

  it('badges each change, and counts one sheet row per vendor × criterion', () => {
    expect([{ kind: 'new' } as const, { kind: 'value', was: 3 } as const, { kind: 'note' } as const, { kind: 'same' } as const].map(changeBadge)).toEqual([
      { tone: 'ok', text: 'New score' },
      { tone: 'warn', text: 'Was 3' },
      { tone: 'warn', text: 'Note changed' },
      { tone: 'neutral', text: 'No change' },
    ]);
    const a = workedExample();
    expect(sheetRowCount(a)).toBe(a.vendors.length * a.categories.flatMap((k) => k.criteria).length);
  });
});
