import { describe, expect, it } from 'vitest';
import { evaluateContract } from './evaluate';
import { clashText, defaultEntryMonth, levelsHint, monthClashes, storedHint, withMonthResults } from './month-results';
import { WORKED_AHT, WORKED_CSAT, workedContract } from './test-contract';
import type { ContractMeasurement } from './contract-types';

const row = (serviceLevelId: string, date: string, value: number): ContractMeasurement => ({ serviceLevelId, date, value });

describe('a typed month against the stored results (SPEC §11: every row of the month counts)', () => {
  const stored = workedContract().measurements; // January: CSAT 79.5 and AHT 410, dated the 31st
  const typed = [row('csat', '2027-01-01', 85)];

  it('finds the service levels typed that already have rows in the month, whatever their day', () => {
    expect(monthClashes(stored, typed, '2027-01')).toEqual([{ serviceLevelId: 'csat', stored: [row('csat', '2027-01-31', 79.5)] }]);
    expect(monthClashes(stored, typed, '2027-06')).toEqual([]);
    expect(clashText(monthClashes(stored, typed, '2027-01')[0], WORKED_CSAT, '2027-01')).toBe('CSAT already has 79.5 % for January 2027');
  });

  it("replace removes only that month's rows of the service levels typed; keep counts both", () => {
    const replaced = withMonthResults(stored, '2027-01', typed, 'replace');
    expect(replaced.filter((r) => r.date.startsWith('2027-01'))).toEqual([row('aht', '2027-01-31', 410), row('csat', '2027-01-01', 85)]);
    expect(replaced).toHaveLength(stored.length);
    const kept = withMonthResults(stored, '2027-01', typed, 'keep');
    expect(kept).toHaveLength(stored.length + 1);
    // Replaced, January's CSAT meets expected (no credit); kept, it is the mean of 79.5 and 85.
    const january = (rows: ContractMeasurement[]) => evaluateContract(workedContract([], { measurements: rows }), '2027-02-01').months[0].serviceLevels[0];
    expect([january(replaced).status, january(replaced).credit]).toEqual(['met-expected', 0]);
    expect(january(kept).value).toBe(82.25);
  });

  it('opens on the last complete month, held inside the term', () => {
    const contract = workedContract(); // January to December 2027
    expect(defaultEntryMonth(contract, '2027-05-14')).toBe('2027-04');
    expect(defaultEntryMonth(contract, '2026-11-02')).toBe('2027-01');
    expect(defaultEntryMonth(contract, '2029-03-01')).toBe('2027-12');
    expect(defaultEntryMonth({ start: '2027-01-01' }, '2029-03-01')).toBe('2029-02');
  });

  it("shows a service level's agreed levels and what the month already holds beside its field", () => {
    expect(levelsHint(WORKED_AHT)).toBe('Minimum 420 s, expected 400 s, lower is better');
    expect(storedHint(stored, WORKED_CSAT, '2027-02')).toBe('Stored for this month: 85 %');
    expect(storedHint(stored, WORKED_CSAT, '2027-06')).toBe('');
  });
});
