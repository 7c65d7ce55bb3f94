import { describe, expect, it } from 'vitest';
import { evaluateContract } from './evaluate';
import { isOutsideTerm, monthEntryRows, type ResultInput } from './results-entry';
import { workedContract } from './test-contract';

const line = (value: string, n = '', note = ''): ResultInput => ({ value, n, note });

describe("a month's results typed at once (SPEC §11 worked example)", () => {
  it("turns January's typed CSAT and AHT into rows dated the first of the month, which evaluate as the example", () => {
    const contract = workedContract([]);
    const entry = monthEntryRows(contract, '2027-01', { csat: line('79,5', '640', ' survey moved '), aht: line(' 410 ') });
    expect(entry).toEqual({
      rows: [
        { serviceLevelId: 'csat', date: '2027-01-01', value: 79.5, n: 640, note: 'survey moved' },
        { serviceLevelId: 'aht', date: '2027-01-01', value: 410 },
      ],
      errors: {},
    });
    const january = evaluateContract({ ...contract, measurements: entry.rows }, '2027-02-01').months[0];
    expect(january.serviceLevels.map((s) => [s.status, s.credit])).toEqual([['breach', 9_600], ['met', 0]]);
  });

  it('skips empty lines and says so when every line is empty', () => {
    expect(monthEntryRows(workedContract([]), '2027-02', { csat: line('85'), aht: line('') }).rows).toEqual([{ serviceLevelId: 'csat', date: '2027-02-01', value: 85 }]);
    expect(monthEntryRows(workedContract([]), '2027-02', { aht: line(' ') })).toEqual({ rows: [], errors: {}, message: 'Enter at least one value: empty service levels are skipped.' });
  });

  it('saves nothing while a line is wrong, and says what is wrong where', () => {
    const entry = monthEntryRows(workedContract([]), '2027-02', { csat: line('85.0,1', '0'), aht: line('', '', 'system outage') });
    expect(entry.rows).toEqual([]);
    expect(entry.errors).toEqual({
      csat: { value: 'Use one decimal separator: "85.0,1" has both a point and a comma.', n: 'n must be a positive whole number (the number of sampled events), or empty.' },
      aht: { value: "Enter AHT's value, or clear its n and note to skip it." },
    });
    expect(monthEntryRows(workedContract([]), '2027-02', { csat: line('1e13') }).errors.csat.value).toBe('"1e13" is too large: use a value between −1,000,000,000,000 and 1,000,000,000,000.');
  });

  it('refuses a month that is not one', () => {
    expect(monthEntryRows(workedContract([]), '2027-13', { csat: line('85') })).toEqual({ rows: [], errors: {}, monthError: '"2027-13" is not a month (YYYY-MM).' });
  });

  it('tells a date outside the term', () => {
    const contract = workedContract([]); // January to December 2027
    expect([isOutsideTerm(contract, '2026-12-31'), isOutsideTerm(contract, '2027-01-01'), isOutsideTerm(contract, '2027-12'), isOutsideTerm(contract, '2028-01-01')]).toEqual([true, false, false, true]);
    expect(isOutsideTerm({ start: '2027-01-01' }, '2040-06-15')).toBe(false); // open-ended
  });
});
