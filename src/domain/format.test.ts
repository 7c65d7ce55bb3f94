import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  displayLocale,
  formatBytes,
  formatCount,
  formatDateTime,
  formatDay,
  formatFixed,
  formatMoney,
  formatNumber,
  formatPercent,
  formatScore,
  formatShortDay,
  plural,
  roundedForDisplay,
  setDisplayLocale,
} from './format';

afterEach(() => setDisplayLocale('en'));

describe('display formatting (the default locale, en, as the CLI and tests use it)', () => {
  it('rounds scores only for display and shows a dash for no number', () => {
    expect(formatScore(3.456)).toBe('3.5');
    expect(formatScore(3.456, 2)).toBe('3.46');
    expect(formatScore(0)).toBe('0.0');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(Number.NaN)).toBe('—');
    // The same rounding as a number, for the CSV's displayed columns.
    expect(roundedForDisplay(83.40580484330484)).toBe(83.4);
    expect(roundedForDisplay(68.88888888888889, 2)).toBe(68.89);
    expect(formatFixed(-0.04, 1)).toBe('0.0');
  });

  it('writes figures as entered with at most one decimal, and every number grouped ("n = 2,746")', () => {
    expect(formatNumber(86.5)).toBe('86.5');
    expect(formatNumber(84)).toBe('84');
    expect(formatNumber(2746)).toBe('2,746');
    expect(formatNumber(-0.04)).toBe('0');
    expect(formatNumber(0.123456, 4)).toBe('0.1235');
    expect(formatCount(100_000)).toBe('100,000');
    expect(formatFixed(1234, 1)).toBe('1,234.0');
  });

  it('writes shares with one decimal, so figures side by side read alike; only all and nothing are whole', () => {
    expect(formatPercent(0.03)).toBe('3.0 %');
    expect(formatPercent(0.031)).toBe('3.1 %');
    expect(formatPercent(0.5)).toBe('50.0 %');
    expect(formatPercent(0.1234)).toBe('12.3 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('counts in words, grouped, with a given plural where -s is wrong', () => {
    expect(plural(1, 'score')).toBe('1 score');
    expect(plural(0, 'score')).toBe('0 scores');
    expect(plural(2, 'criterion', 'criteria')).toBe('2 criteria');
    expect(plural(100000, 'row')).toBe('100,000 rows');
  });

  it('writes days with the month as a word, read in UTC, and keeps text that is not a day', () => {
    expect(formatDay('2027-01-10')).toBe('Jan 10, 2027');
    expect(formatDay('2027-01-10', true)).toBe('Sun, Jan 10, 2027');
    expect(formatShortDay('2027-01-10')).toBe('Jan 10');
    expect(formatDay('2027-13-45')).toBe('2027-13-45');
    expect(formatDateTime('2026-11-20T17:30:00.000Z')).toMatch(/^Nov 20, 2026, \d{1,2}:30 (AM|PM)$/);
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('sizes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(null)).toBe('—');
  });
});

describe('in the reader\'s locale', () => {
  it('uses its decimal mark, grouping and date order everywhere', () => {
    setDisplayLocale('de-DE');
    expect(displayLocale()).toBe('de-DE');
    expect(formatNumber(2746.5)).toBe('2.746,5');
    expect(formatScore(72.75)).toBe('72,8');
    expect(formatPercent(0.675)).toBe('67,5 %');
    expect(formatDay('2027-01-10')).toBe('10. Jan. 2027');
    setDisplayLocale('en-GB');
    expect(formatDay('2027-01-10')).toBe('10 Jan 2027');
  });

  it('falls back to en for a tag Intl does not know', () => {
    setDisplayLocale('not a locale!');
    expect(displayLocale()).toBe('en');
  });
});

describe('formatMoney', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes amounts in the currency, short without cents, and a code Intl does not know before the figure', () => {
    expect(formatMoney(4200, 'EUR')).toBe('€4,200.00');
    expect(formatMoney(4200, 'EUR', true)).toBe('€4,200');
    expect(formatMoney(13714.29, 'EUR', true)).toBe('€13,714.29');
    expect(formatMoney(4200, 'USD')).toBe('$4,200.00');
    expect(formatMoney(4200, 'NOT A CODE')).toBe('NOT A CODE 4,200');
  });

  it('makes one formatter per currency and style, not one per amount (a contract grid shows hundreds), and a new one in a new locale', () => {
    setDisplayLocale('en-GB');
    const Real = Intl.NumberFormat;
    let made = 0;
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Real>) {
      made++;
      return new Real(...args);
    } as typeof Real);
    for (let i = 0; i < 50; i++) formatMoney(i * 1000, 'EUR', true);
    expect(made).toBe(1);
    setDisplayLocale('de-DE');
    expect(formatMoney(4200, 'EUR')).toBe('4.200,00\u00a0€');
  });
});
