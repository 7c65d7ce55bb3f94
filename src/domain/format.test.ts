import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime, formatPercent, formatScore, plural, roundedForDisplay } from './format';

describe('display formatting', () => {
  it('rounds scores only for display and shows a dash for no number', () => {
    expect(formatScore(3.456)).toBe('3.5');
    expect(formatScore(3.456, 2)).toBe('3.46');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(Number.NaN)).toBe('—');
    // The same rounding as a number, for the CSV's displayed columns.
    expect(roundedForDisplay(83.40580484330484)).toBe(83.4);
    expect(roundedForDisplay(68.88888888888889, 2)).toBe(68.89);
  });

  it('writes shares as percentages, whole ones without a trailing .0', () => {
    expect(formatPercent(0.5)).toBe('50 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(0.1234)).toBe('12.3 %');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('counts in words, with a given plural where -s is wrong', () => {
    expect(plural(1, 'score')).toBe('1 score');
    expect(plural(0, 'score')).toBe('0 scores');
    expect(plural(2, 'criterion', 'criteria')).toBe('2 criteria');
  });

  it('groups thousands when asked (row counts of imports)', () => {
    expect(plural(100000, 'row', undefined, 'grouped')).toBe('100,000 rows');
    expect(plural(1, 'row', undefined, 'grouped')).toBe('1 row');
    expect(plural(100000, 'row')).toBe('100000 rows');
  });

  it('sizes in decimal units and keeps text that is not a date', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
