// Calendar-date helpers (SPEC §2 inclusive pilot dates, SPEC §5 real calendar dates).
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, nextMonday } from './dates';

describe('isCalendarDate', () => {
  it('accepts real YYYY-MM-DD dates, leap days included', () => {
    expect(['2027-01-04', '2024-02-29', '2000-02-29', '2027-12-31'].map(isCalendarDate)).toEqual([true, true, true, true]);
  });

  it('refuses impossible days, other shapes and timestamps', () => {
    const bad = ['2027-02-29', '1900-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '2027-01-00', '2027-1-4', '27-01-04', '2027-01-04T00:00:00Z', '', ' 2027-01-04'];
    expect(bad.map(isCalendarDate)).toEqual(bad.map(() => false));
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2027-01-04', 27)).toBe('2027-01-31');
    expect(addDays('2027-01-04', 0)).toBe('2027-01-04');
  });

  it('ignores daylight-saving changes (works in UTC)', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
  });

  it('refuses a non-date or a fractional day count', () => {
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2027-01-04', 1.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days either way', () => {
    expect(daysBetween('2027-01-04', '2027-01-31')).toBe(27);
    expect(daysBetween('2027-01-31', '2027-01-04')).toBe(-27);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
  });
});

describe('nextMonday', () => {
  it('is the first Monday strictly after the day', () => {
    expect(nextMonday('2026-12-28')).toBe('2027-01-04'); // Monday → the following Monday
    expect(nextMonday('2026-12-29')).toBe('2027-01-04'); // Tuesday
    expect(nextMonday('2027-01-02')).toBe('2027-01-04'); // Saturday
    expect(nextMonday('2027-01-03')).toBe('2027-01-04'); // Sunday
  });

  it('reads a timestamp with an offset as its UTC day, one without as written', () => {
    expect(nextMonday('2027-01-03T23:30:00.000Z')).toBe('2027-01-04'); // Sunday in UTC
    expect(nextMonday('2027-01-04T01:00:00+02:00')).toBe('2027-01-04'); // still Sunday in UTC
    expect(nextMonday('2027-01-04T01:00:00')).toBe('2027-01-11'); // Monday as written
  });

  it('refuses a non-date', () => {
    expect(() => nextMonday('next week')).toThrow(RangeError);
    expect(() => nextMonday('2027-02-30')).toThrow(RangeError);
  });
});
