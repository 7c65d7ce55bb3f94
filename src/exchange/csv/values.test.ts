import { describe, expect, it } from 'vitest';
import { autoMap, isExact, MEASUREMENT_SPEC, missingOf, normaliseHeader, problemOf, type ColumnMapping } from './columns';
import { parseCsvDate, parseCsvNumber } from './values';
import { plainNumber } from './measurement-rows';

describe('parseCsvDate', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(parseCsvDate(' 2027-01-04 ')).toEqual({ ok: true, value: '2027-01-04' });
    expect(parseCsvDate('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseCsvDate('2027-02-30')).toEqual({ ok: false, reason: '"2027-02-30" is not a real calendar date' });
    expect(parseCsvDate('2027-1-4')).toEqual({ ok: false, reason: '"2027-1-4" is not a date in the form YYYY-MM-DD' });
    expect(parseCsvDate('')).toEqual({ ok: false, reason: 'the date is empty' });
  });

  it('accepts day-first dotted dates, which are never month-first', () => {
    expect(parseCsvDate('04.01.2027')).toEqual({ ok: true, value: '2027-01-04' });
    expect(parseCsvDate('4.1.2027')).toEqual({ ok: true, value: '2027-01-04' });
    expect(parseCsvDate('30.02.2027').ok).toBe(false);
  });

  it('refuses slashed dates as ambiguous', () => {
    expect(parseCsvDate('01/02/2027')).toEqual({ ok: false, reason: '"01/02/2027" is ambiguous (day or month first?); write dates as YYYY-MM-DD' });
  });
});

describe('parseCsvNumber', () => {
  it('reads decimal points, signs, exponents and a trailing %', () => {
    expect(parseCsvNumber('83.6', false)).toEqual({ ok: true, value: 83.6 });
    expect(parseCsvNumber('-3', false)).toEqual({ ok: true, value: -3 });
    expect(parseCsvNumber('.5', false)).toEqual({ ok: true, value: 0.5 });
    expect(parseCsvNumber('1e3', false)).toEqual({ ok: true, value: 1000 });
    expect(parseCsvNumber('86.5 %', false)).toEqual({ ok: true, value: 86.5 });
  });

  it('refuses text, empty cells and decimal commas in a comma file', () => {
    expect(parseCsvNumber('abc', false)).toEqual({ ok: false, reason: '"abc" is not a number' });
    expect(parseCsvNumber('Infinity', false).ok).toBe(false);
    expect(parseCsvNumber('0x10', false).ok).toBe(false);
    expect(parseCsvNumber('  ', false)).toEqual({ ok: false, reason: 'empty' });
    expect(parseCsvNumber('83,6', false).ok).toBe(false);
  });

  it('reads decimal commas and thousands dots in semicolon files', () => {
    expect(parseCsvNumber('83,6', true)).toEqual({ ok: true, value: 83.6 });
    expect(parseCsvNumber('-0,25', true)).toEqual({ ok: true, value: -0.25 });
    expect(parseCsvNumber('1.234,5', true)).toEqual({ ok: true, value: 1234.5 });
    expect(parseCsvNumber('83.6', true)).toEqual({ ok: true, value: 83.6 });
    expect(parseCsvNumber('404', true)).toEqual({ ok: true, value: 404 });
    // What a decimal-comma export writes for tiny numbers.
    expect(parseCsvNumber('1,5e-7', true)).toEqual({ ok: true, value: 1.5e-7 });
  });

  it('refuses "1.234" in semicolon files: thousands or decimals?', () => {
    expect(parseCsvNumber('1.234', true)).toEqual({ ok: false, reason: '"1.234" is ambiguous (thousands separator or decimal point?); write it without the dot' });
    expect(parseCsvNumber('1.234', false)).toEqual({ ok: true, value: 1.234 });
  });
});

// The measurements spec's mapping, as the import uses it.
const autoMapColumns = (headers: readonly string[]) => autoMap(MEASUREMENT_SPEC, headers);
const isExactMapping = (headers: readonly string[], m: ColumnMapping) => isExact(MEASUREMENT_SPEC, headers, m);
const missingColumns = (m: ColumnMapping) => missingOf(MEASUREMENT_SPEC, m);
const mappingProblem = (headers: readonly string[], m: ColumnMapping) => problemOf(MEASUREMENT_SPEC, headers, m);

describe('column mapping', () => {
  it('normalises headers: case, accents, ß, units in brackets, separators', () => {
    expect(normaliseHeader('\uFEFFStichprobengröße')).toBe('stichprobengrosse');
    expect(normaliseHeader(' Value (%) ')).toBe('value');
    expect(normaliseHeader('Sample_Size')).toBe('sample size');
    expect(normaliseHeader('KPI-Id')).toBe('kpi id');
  });

  it('maps the expected names exactly, in any order and case', () => {
    const headers = ['KPI', 'Date', 'value', 'note', 'N'];
    const m = autoMapColumns(headers);
    expect(m).toEqual({ date: 1, kpi: 0, value: 2, n: 4, note: 3, vendor: null });
    expect(isExactMapping(headers, m)).toBe(true);
  });

  it('maps the German headers of the Excel example, and says they were not exact', () => {
    const headers = ['Datum', 'KPI', 'Wert', 'n', 'Notiz'];
    const m = autoMapColumns(headers);
    expect(m).toEqual({ date: 0, kpi: 1, value: 2, n: 3, note: 4, vendor: null });
    expect(isExactMapping(headers, m)).toBe(false);
  });

  it('maps common synonyms, each file column to one field', () => {
    expect(autoMapColumns(['Day', 'Metric', 'Result (%)', 'Sample size', 'Comments', 'Partner'])).toEqual({ date: 0, kpi: 1, value: 2, n: 3, note: 4, vendor: 5 });
    expect(autoMapColumns(['Tag', 'Kennzahl', 'Messwert', 'Anzahl', 'Bemerkung', 'Anbieter'])).toEqual({ date: 0, kpi: 1, value: 2, n: 3, note: 4, vendor: 5 });
    expect(autoMapColumns(['score', 'value'])).toMatchObject({ value: 1 });
  });

  it('names what is missing or chosen twice', () => {
    const headers = ['when', 'what', 'value'];
    const m = autoMapColumns(headers);
    expect(missingColumns(m)).toEqual(['date', 'kpi']);
    expect(mappingProblem(headers, m)).toBe("Choose the file's column for Date, KPI.");
    expect(mappingProblem(headers, { ...m, date: 0, kpi: 0 })).toBe('The column "when" is chosen twice; each column can feed one field.');
    expect(mappingProblem(headers, { ...m, date: 0, kpi: 1 })).toBeNull();
  });
});

describe('plainNumber (the fast path of the measurements check)', () => {
  it('gives exactly what Number() and parseCsvNumber give, or NaN to send a cell to the slow path', () => {
    // A fixed pseudo-random sequence: the same cells on every run.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let k = 0; k < 20_000; k++) {
      const digits = 1 + Math.floor(random() * 18);
      let text = Array.from({ length: digits }, () => String(Math.floor(random() * 10))).join('');
      const mark = Math.floor(random() * (digits + 2)) - 1;
      if (mark > 0 && mark < digits) text = `${text.slice(0, mark)}.${text.slice(mark)}`;
      if (random() < 0.3) text = `-${text}`;
      expect(Object.is(plainNumber(text, false), Number(text))).toBe(true);
      const comma = text.replace('.', ',');
      const fast = plainNumber(comma, true);
      const slow = parseCsvNumber(comma, true);
      if (!Number.isNaN(fast)) expect(slow.ok && Object.is(slow.value, fast)).toBe(true);
    }
  });

  it('leaves anything unusual to the slow path', () => {
    for (const cell of ['', '-', '5.', '.5', '-.5', '1.2.3', '1e3', '+1', ' 1', '1 ', '12%', '1,5', 'x'.repeat(30)]) {
      expect(plainNumber(cell, false)).toBeNaN();
    }
    expect(plainNumber('1,5', true)).toBe(1.5);
    expect(plainNumber('-0', false)).toBe(-0);
    expect(plainNumber('1.234', true)).toBeNaN();
    expect(plainNumber('0.1', false)).toBe(0.1);
    expect(plainNumber('123456789012.3456', false)).toBe(123456789012.3456);
  });
});
