import { describe, expect, it } from 'vitest';
import { appendRows, removeRow, replaceRow, resolveRow, restoreRow, sameRow } from './measurement-edits';
import { m, makeKpi, makePilot } from './pilot-fixtures';

const a = m('csat', '2027-01-10', 84, 300);
const b = m('csat', '2027-01-17', 88, 500);
const c = m('fcr', '2027-01-10', 72);
const pilot = makePilot([makeKpi('csat'), makeKpi('fcr')], [a, b, c]);

describe('measurement edits', () => {
  it('finds a row by index, or by identity when the list was reordered, or by its figures, or not at all', () => {
    expect(resolveRow([a, b, c], { index: 1, row: b })).toBe(1);
    expect(resolveRow([c, a, b], { index: 1, row: b })).toBe(2);
    expect(resolveRow([a, c], { index: 1, row: b })).toBe(-1);
    // The stored rows, read afresh when the edit is applied to storage, are equal copies: the one nearest
    // to where the user saw the row is it.
    expect(resolveRow([{ ...b }, a, { ...b }, c], { index: 3, row: b })).toBe(2);
    expect(resolveRow([{ ...a }], { index: 0, row: b })).toBe(-1);
  });

  it('appends, replaces in place and removes without touching the input', () => {
    expect(appendRows(pilot, [c]).measurements).toEqual([a, b, c, c]);
    const next = m('csat', '2027-01-17', 90, 500);
    expect(replaceRow(pilot, { index: 1, row: b }, next)!.measurements).toEqual([a, next, c]);
    expect(removeRow(pilot, { index: 0, row: a })!.measurements).toEqual([b, c]);
    expect(pilot.measurements).toEqual([a, b, c]);
    expect(replaceRow(pilot, { index: 0, row: m('x', '2027-01-01', 1) }, next)).toBeNull();
    expect(removeRow(pilot, { index: 0, row: m('x', '2027-01-01', 1) })).toBeNull();
  });

  it('puts an undone delete back at its old place (SPEC §4 `last` depends on order)', () => {
    const removed = removeRow(pilot, { index: 1, row: b })!;
    expect(restoreRow(removed, { index: 1, row: b }).measurements).toEqual([a, b, c]);
    expect(restoreRow(makePilot([], []), { index: 5, row: b }).measurements).toEqual([b]);
  });

  it('compares rows by their figures', () => {
    expect(sameRow(a, { ...a })).toBe(true);
    expect(sameRow(a, { ...a, note: '' })).toBe(true);
    expect(sameRow(a, { ...a, n: undefined })).toBe(false);
  });
});
