import { describe, expect, it } from 'vitest';
import { appendRows, removeRow, replaceRow, resolveRow, restoreRow, sameRow } from './measurement-edits';
import { m, makeKpi, makePilot } from './pilot-fixtures';
import { measurementsOf } from './pilot-rows';
import { rowsFromMeasurements } from './pilot-rows-build';
import type { Measurement } from './types';

const a = m('csat', '2027-01-10', 84, 300);
const b = m('csat', '2027-01-17', 88, 500);
const c = m('fcr', '2027-01-10', 72);
const kpis = [makeKpi('csat'), makeKpi('fcr'), makeKpi('x')];
const pilot = makePilot(kpis, [a, b, c]);
/** Rows as the pilot holds them (grouped by KPI, in the pilot's KPI order). */
const rows = (list: Measurement[]) => rowsFromMeasurements(list, kpis.map((k) => k.id));
const list = (p: { measurements: Parameters<typeof measurementsOf>[0] }) => measurementsOf(p.measurements);

describe('measurement edits', () => {
  it('finds a row by index, or by identity when the list was reordered, or by its figures, or not at all', () => {
    expect(resolveRow(rows([a, b, c]), { index: 1, row: b })).toBe(1);
    // Another row of the KPI added before it since (another tab): found by its figures.
    expect(resolveRow(rows([m('csat', '2027-01-05', 80), a, b, c]), { index: 1, row: b })).toBe(2);
    expect(resolveRow(rows([a, c]), { index: 1, row: b })).toBe(-1);
    // Equal rows: the one nearest to where the user saw the row is it.
    expect(resolveRow(rows([b, a, b, c]), { index: 3, row: b })).toBe(2);
    expect(resolveRow(rows([a]), { index: 0, row: b })).toBe(-1);
  });

  it('appends, replaces in place and removes without touching the input', () => {
    // A new row goes after the rows of its KPI.
    expect(list(appendRows(pilot, [c, a]))).toEqual([a, b, a, c, c]);
    const next = m('csat', '2027-01-17', 90, 500);
    expect(list(replaceRow(pilot, { index: 1, row: b }, next)!)).toEqual([a, next, c]);
    expect(list(replaceRow(pilot, { index: 0, row: a }, next)!)).toEqual([next, b, c]);
    // Moved to another KPI, a row goes after that KPI's rows.
    const moved = { ...a, kpiId: 'fcr' };
    expect(list(replaceRow(pilot, { index: 0, row: a }, moved)!)).toEqual([b, c, moved]);
    expect(list(removeRow(pilot, { index: 0, row: a })!)).toEqual([b, c]);
    expect(list(pilot)).toEqual([a, b, c]);
    expect(replaceRow(pilot, { index: 0, row: m('x', '2027-01-01', 1) }, next)).toBeNull();
    expect(removeRow(pilot, { index: 0, row: m('x', '2027-01-01', 1) })).toBeNull();
  });

  it('puts an undone delete back at its old place (SPEC §4 `last` depends on order)', () => {
    const removed = removeRow(pilot, { index: 1, row: b })!;
    expect(list(restoreRow(removed, { index: 1, row: b }))).toEqual([a, b, c]);
    const first = removeRow(pilot, { index: 0, row: a })!;
    expect(list(restoreRow(first, { index: 0, row: a }))).toEqual([a, b, c]);
    // Its KPI has no rows left, or the rows have shrunk: after them.
    const onlyFcr = removeRow(removed, { index: 0, row: a })!;
    expect(list(restoreRow(onlyFcr, { index: 1, row: b }))).toEqual([b, c]);
    expect(list(restoreRow(makePilot([], []), { index: 5, row: b }))).toEqual([b]);
  });

  it('compares rows by their figures', () => {
    expect(sameRow(a, { ...a })).toBe(true);
    expect(sameRow(a, { ...a, note: '' })).toBe(true);
    expect(sameRow(a, { ...a, n: undefined })).toBe(false);
  });
});
