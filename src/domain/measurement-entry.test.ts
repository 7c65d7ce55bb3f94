import { describe, expect, it } from 'vitest';
import { localToday } from './dates';
import { mondayOf, parseDecimal, parseSampleSize, validateEntry, validateWeek } from './measurement-entry';

describe('parseDecimal', () => {
  it('accepts a decimal point or a decimal comma', () => {
    expect(parseDecimal('84.5')).toEqual({ value: 84.5 });
    expect(parseDecimal(' 84,5 ')).toEqual({ value: 84.5 });
    expect(parseDecimal('-3')).toEqual({ value: -3 });
    expect(parseDecimal(',5')).toEqual({ value: 0.5 });
    expect(parseDecimal('1e3')).toEqual({ value: 1000 });
  });

  it('refuses text, thousands separators, hex and infinity', () => {
    for (const bad of ['', 'abc', '1,234.5', '1,2,3', '0x1F', 'Infinity', '1e999', '12 %']) expect(parseDecimal(bad)).toHaveProperty('error');
  });

  it('refuses values beyond ±10^12, where the pilot figures would overflow (domain/bounds.ts)', () => {
    expect(parseDecimal('1e308')).toEqual({ error: '"1e308" is too large: use a value between −1,000,000,000,000 and 1,000,000,000,000.' });
    expect(parseDecimal('-1000000000001')).toHaveProperty('error');
    expect(parseDecimal('-1e12')).toEqual({ value: -1e12 });
  });
});

describe('parseSampleSize', () => {
  it('is optional, and a positive whole number when given', () => {
    expect(parseSampleSize('')).toEqual({ value: undefined });
    expect(parseSampleSize('300')).toEqual({ value: 300 });
    for (const bad of ['0', '-5', '2.5', '1e3', 'ten', '99999999999999999']) expect(parseSampleSize(bad)).toHaveProperty('error');
  });
});

describe('validateEntry', () => {
  const kpis = ['csat', 'fcr'];
  it('builds a measurement, dropping an empty n and note', () => {
    expect(validateEntry({ date: '2027-01-10', kpiId: 'csat', value: '84,5', n: '300', note: ' weekly ' }, kpis)).toEqual({
      measurement: { kpiId: 'csat', date: '2027-01-10', value: 84.5, n: 300, note: 'weekly' },
    });
    expect(validateEntry({ date: '2027-01-10', kpiId: 'fcr', value: '72', n: '', note: '' }, kpis)).toEqual({
      measurement: { kpiId: 'fcr', date: '2027-01-10', value: 72 },
    });
  });

  it('reports every wrong field at once', () => {
    const r = validateEntry({ date: '2027-02-29', kpiId: 'nps', value: 'x', n: '0', note: '' }, kpis);
    expect(r).toEqual({ errors: { date: expect.stringContaining('not a calendar date'), kpiId: 'Choose a KPI.', value: expect.any(String), n: expect.stringContaining('positive whole number') } });
  });
});

describe('validateWeek', () => {
  const line = (kpiId: string, value: string, n = '') => ({ kpiId, value, n });
  it('dates every filled line by the given day and skips empty ones', () => {
    expect(validateWeek('2027-01-11', [line('csat', '84', '300'), line('fcr', ''), line('aht', '440,5')])).toEqual({
      ok: true,
      rows: [
        { kpiId: 'csat', date: '2027-01-11', value: 84, n: 300 },
        { kpiId: 'aht', date: '2027-01-11', value: 440.5 },
      ],
    });
  });

  it('saves nothing when one line is wrong, or when all are empty', () => {
    const bad = validateWeek('2027-01-11', [line('csat', '84'), line('fcr', '', '12'), line('aht', '4', '1.5')]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect([...bad.errors.keys()]).toEqual(['fcr', 'aht']);
    expect(validateWeek('2027-01-11', [line('csat', '')])).toMatchObject({ ok: false, message: expect.stringContaining('at least one') });
    expect(validateWeek('', [line('csat', '1')])).toMatchObject({ ok: false, dateError: 'Enter a date.' });
  });
});

describe('dates', () => {
  it("takes today from the user's calendar and finds a week's Monday", () => {
    expect(localToday(new Date(2027, 0, 9, 23, 30))).toBe('2027-01-09');
    expect(mondayOf('2027-01-10')).toBe('2027-01-04'); // a Sunday
    expect(mondayOf('2027-01-04')).toBe('2027-01-04');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across a year
  });
});
