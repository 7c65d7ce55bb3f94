// Display text of the comparison screen: rounding never makes two different values look tied.
import { describe, expect, it } from 'vitest';
import { decisiveReason, formatValue, rowDigits, windowText } from './pilot-comparison-text';

describe('compare text', () => {
  it('adds decimals only when one decimal would make different values read the same', () => {
    expect(rowDigits([86.5, 79, null])).toBe(1);
    expect(rowDigits([86.54, 86.51])).toBe(2);
    expect(rowDigits([86.5, 86.5 + 1e-12])).toBe(1); // a tie stays a tie
    expect(formatValue(86.54, '%', 2)).toBe('86.54 %');
    expect(formatValue(440, 's')).toBe('440 s');
    expect(formatValue(5.25, '/7', 2)).toBe('5.25/7');
  });

  it('gives the inclusive window and its length', () => {
    expect(windowText({ start: '2027-01-04', end: '2027-01-31' })).toBe('Jan 4, 2027 – Jan 31, 2027 · 4 weeks');
    expect(windowText({ start: '2027-01-04', end: '2027-01-04' })).toBe('Jan 4, 2027 – Jan 4, 2027 · 1 day');
  });

  it('drops the decision word the badge already shows', () => {
    expect(decisiveReason(['NO-GO: CSAT 74.2 % is below the 80 % gate'])).toBe('CSAT 74.2 % is below the 80 % gate');
    expect(decisiveReason([])).toBe('');
  });
});
