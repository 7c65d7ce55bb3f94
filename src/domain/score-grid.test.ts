import { describe, expect, it } from 'vitest';
import { ScoreMatrix } from './score-matrix';
import {
  MULTI_DIGIT_WINDOW_MS,
  buildGridLayout,
  cellLabel,
  evaluatorFootprint,
  formatValue,
  moveInGrid,
  scoreCountByEvaluator,
  valueWordsCached,
  scoredCountByVendor,
  typeDigit,
  type TypingBuffer,
} from './score-grid';
import { makeCategory, makeCriterion, makeScore, makeVendor } from './test-factories';
import type { Score } from './types';

const size = { rows: 4, cols: 3 };

describe('buildGridLayout', () => {
  it('groups criteria by category and numbers only the criteria, so navigation skips category rows', () => {
    const layout = buildGridLayout([
      makeCategory('security', 50, [makeCriterion('a'), makeCriterion('b')]),
      makeCategory('empty', 10, []),
      makeCategory('tech', 20, [makeCriterion('c')]),
    ]);
    expect(layout.groups.map((g) => [g.category.id, g.criteria.map((c) => `${c.criterion.id}@${c.row}`)])).toEqual([
      ['security', ['a@0', 'b@1']],
      ['empty', []],
      ['tech', ['c@2']],
    ]);
    expect(layout.criteria.map((c) => `${c.category.id}/${c.criterion.id}`)).toEqual(['security/a', 'security/b', 'tech/c']);
  });
});

describe('moveInGrid', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveInGrid({ row: 1, col: 1 }, { key: 'ArrowRight' }, size)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid({ row: 1, col: 2 }, { key: 'ArrowRight' }, size)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid({ row: 1, col: 1 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 0 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 1 }, { key: 'ArrowDown' }, size)).toEqual({ row: 2, col: 1 });
    expect(moveInGrid({ row: 3, col: 1 }, { key: 'ArrowDown' }, size)).toEqual({ row: 3, col: 1 });
    expect(moveInGrid({ row: 1, col: 1 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 1 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 1 });
  });

  it('goes to the row ends with Home/End and to the grid corners with Ctrl', () => {
    expect(moveInGrid({ row: 2, col: 1 }, { key: 'Home' }, size)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid({ row: 2, col: 1 }, { key: 'End' }, size)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid({ row: 2, col: 1 }, { key: 'Home', ctrlKey: true }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 2, col: 1 }, { key: 'End', metaKey: true }, size)).toEqual({ row: 3, col: 2 });
  });

  it('pages by 10 rows, clamped', () => {
    const tall = { rows: 25, cols: 2 };
    expect(moveInGrid({ row: 3, col: 1 }, { key: 'PageDown' }, tall)).toEqual({ row: 13, col: 1 });
    expect(moveInGrid({ row: 20, col: 1 }, { key: 'PageDown' }, tall)).toEqual({ row: 24, col: 1 });
    expect(moveInGrid({ row: 3, col: 1 }, { key: 'PageUp' }, tall)).toEqual({ row: 0, col: 1 });
  });

  it('ignores other keys and empty grids, and pulls a stale position back inside', () => {
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'a' }, size)).toBeNull();
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rows: 0, cols: 3 })).toBeNull();
    expect(moveInGrid({ row: 9, col: 9 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 3, col: 1 });
  });
});

describe('typeDigit', () => {
  const five = { min: 0, max: 5 };
  const ten = { min: 1, max: 10 };
  const hundred = { min: 0, max: 100 };

  it('sets a single digit inside a 0..5 scale and never waits for a second one', () => {
    expect(typeDigit('4', null, 'x', 0, five)).toEqual({ ok: true, value: 4, buffer: null });
    expect(typeDigit('0', null, 'x', 0, five)).toEqual({ ok: true, value: 0, buffer: null });
  });

  it('refuses a digit outside the scale with a message', () => {
    expect(typeDigit('7', null, 'x', 0, five)).toEqual({ ok: false, message: '7 is outside the scale 0–5.', buffer: null });
    expect(typeDigit('0', null, 'x', 0, ten)).toEqual({ ok: false, message: '0 is outside the scale 1–10.', buffer: null });
  });

  it('reads "1", "0" within the window as 10 on a 1..10 scale, setting 1 at once', () => {
    const first = typeDigit('1', null, 'x', 1000, ten);
    expect(first).toEqual({ ok: true, value: 1, buffer: { text: '1', at: 1000, cell: 'x' } });
    const second = typeDigit('0', first.buffer, 'x', 1000 + MULTI_DIGIT_WINDOW_MS, ten);
    expect(second).toEqual({ ok: true, value: 10, buffer: null });
  });

  it('starts a new number after the window, on another cell, or when the first digit cannot grow', () => {
    const buffer: TypingBuffer = { text: '1', at: 1000, cell: 'x' };
    expect(typeDigit('3', buffer, 'x', 1000 + MULTI_DIGIT_WINDOW_MS + 1, ten)).toMatchObject({ ok: true, value: 3 });
    expect(typeDigit('3', buffer, 'y', 1001, ten)).toMatchObject({ ok: true, value: 3 });
    // "5" can never become a two-digit value on 1..10, so the next digit replaces it.
    const five10 = typeDigit('5', null, 'x', 0, ten);
    expect(five10.buffer).toBeNull();
    expect(typeDigit('3', five10.buffer, 'x', 10, ten)).toMatchObject({ ok: true, value: 3 });
  });

  it('refuses a multi-digit value beyond the scale', () => {
    const first = typeDigit('1', null, 'x', 0, ten);
    expect(typeDigit('5', first.buffer, 'x', 100, ten)).toEqual({ ok: false, message: '15 is outside the scale 1–10.', buffer: null });
  });

  it('reads up to three digits on a 0..100 scale, but a leading 0 stands alone', () => {
    const a = typeDigit('1', null, 'x', 0, hundred);
    const b = typeDigit('0', a.buffer, 'x', 300, hundred);
    const c = typeDigit('0', b.buffer, 'x', 600, hundred);
    expect([a, b, c].map((r) => (r.ok ? r.value : r.message))).toEqual([1, 10, 100]);
    expect(c.buffer).toBeNull();
    const zero = typeDigit('0', null, 'x', 0, hundred);
    expect(zero.buffer).toBeNull();
    expect(typeDigit('7', zero.buffer, 'x', 10, hundred)).toMatchObject({ ok: true, value: 7 });
  });

  it('refuses anything that is not a single digit', () => {
    expect(typeDigit('x', null, 'x', 0, five).ok).toBe(false);
  });
});

describe('cellLabel', () => {
  it('names vendor, criterion, value and rubric level', () => {
    expect(cellLabel('Northwind Contact', 'Independent audits', 4, { min: 0, max: 5 })).toBe(
      'Northwind Contact, Independent audits: 4, Exceeds expectations',
    );
    expect(cellLabel('Northwind Contact', 'Independent audits', 8, { min: 1, max: 10 })).toBe(
      'Northwind Contact, Independent audits: 8, Exceeds expectations',
    );
    expect(cellLabel('Contoso CX', 'Encryption', null, { min: 0, max: 5 })).toBe('Contoso CX, Encryption: not scored');
    expect(cellLabel('Contoso CX', 'Encryption', 2.5, { min: 0, max: 5 })).toBe('Contoso CX, Encryption: 2.5, Below expectations');
  });
});

describe('valueWordsCached', () => {
  it('gives the same words as cellLabel after the names', () => {
    const words = valueWordsCached({ min: 0, max: 5 });
    expect([words(4), words(4), words(null), words(0)]).toEqual(['4, Exceeds expectations', '4, Exceeds expectations', 'not scored', '0, Absent']);
  });
});

describe('scoreCountByEvaluator', () => {
  it('counts values per evaluator, not cleared scores', () => {
    const scores = [makeScore('v1', 'a', 3, 'e1'), makeScore('v2', 'a', 0, 'e1'), makeScore('v1', 'a', null, 'e2')];
    const m = ScoreMatrix.build({ vendors: [{ id: 'v1' }, { id: 'v2' }], categories: [{ criteria: [{ id: 'a' }] }], evaluators: [{ id: 'e1' }, { id: 'e2' }], scores });
    expect([...scoreCountByEvaluator(m)]).toEqual([['e1', 2], ['e2', 0]]);
  });
});

describe('formatValue', () => {
  it('shows integers plainly and fractions with at most two decimals', () => {
    expect([3, 2.5, 10 / 3].map(formatValue)).toEqual(['3', '2.5', '3.33']);
  });
});

describe('scoredCountByVendor', () => {
  it('counts values on current criteria only, ignoring cleared scores and unknown vendors', () => {
    const scores: Score[] = [
      makeScore('v1', 'a', 3),
      makeScore('v1', 'b', 0),
      makeScore('v1', 'gone', 4),
      makeScore('v2', 'a', null),
      makeScore('ghost', 'a', 5),
    ];
    const m = ScoreMatrix.build({ vendors: [makeVendor('v1'), makeVendor('v2')], categories: [{ criteria: [{ id: 'a' }, { id: 'b' }] }], scores });
    const counts = scoredCountByVendor(m, 'e1');
    expect([...scoredCountByVendor(m, 'nobody').values()]).toEqual([0, 0]);
    expect([...counts]).toEqual([
      ['v1', 2],
      ['v2', 0],
    ]);
  });
});

describe('evaluatorFootprint', () => {
  it('counts the scores and notes that removing an evaluator deletes', () => {
    const scores: Score[] = [
      { ...makeScore('v1', 'a', 3, 'e1'), note: 'SOC 2 report seen' },
      makeScore('v1', 'b', 4, 'e1'),
      { ...makeScore('v2', 'a', null, 'e1'), note: 'ask for references' },
      { ...makeScore('v2', 'b', 1, 'e1'), note: '  ' },
      makeScore('v1', 'a', 5, 'e2'),
    ];
    expect(evaluatorFootprint(scores, 'e1')).toEqual({ scores: 3, notes: 2 });
    expect(evaluatorFootprint(scores, 'e3')).toEqual({ scores: 0, notes: 0 });
  });
});
