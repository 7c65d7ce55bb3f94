import { describe, expect, it } from 'vitest';
import { addServiceLevel, editServiceLevel, editTerms, moveServiceLevel, removeServiceLevel } from './contract-edits';
import { WORKED_CSAT, workedContract } from './test-contract';

const contract = workedContract();
const error = (r: { ok: boolean; error?: string }) => (r.ok ? null : r.error);

describe('service level edits (SPEC §11)', () => {
  it('refuses an expected level on the worse side of the minimum, in both directions', () => {
    expect(error(editServiceLevel(contract, 'csat', { expected: 79 }))).toBe('For a higher-is-better service level the expected level (79 %) must be at or above the minimum (80 %).');
    expect(error(editServiceLevel(contract, 'aht', { expected: 430 }))).toBe('For a lower-is-better service level the expected level (430 s) must be at or below the minimum (420 s).');
    expect(error(editServiceLevel(contract, 'csat', { expected: 80 }))).toBeNull(); // equal is allowed
  });

  it('refuses allocations above the pool, and keeps the others', () => {
    const tight = { ...contract, poolPercent: 100 };
    expect(error(editServiceLevel(tight, 'csat', { allocationPercent: 50 }))).toBe('The allocations would add up to 110 %, more than the pool of 100 %.');
    expect(editServiceLevel(tight, 'csat', { allocationPercent: 40 }).ok).toBe(true);
  });

  it('adds with a fresh id and name, moves, and removes a level with its results', () => {
    const added = addServiceLevel(contract, { ...WORKED_CSAT, allocationPercent: 0 });
    expect(added.ok && added.value.serviceLevels.map((s) => [s.id, s.name])).toEqual([['csat', 'CSAT'], ['aht', 'AHT'], ['csat-2', 'CSAT (2)']]);
    expect(moveServiceLevel(contract, 'aht', -1).serviceLevels.map((s) => s.id)).toEqual(['aht', 'csat']);
    const removed = removeServiceLevel(contract, 'csat');
    expect(removed.measurements.every((m) => m.serviceLevelId === 'aht')).toBe(true);
  });
});

describe('term edits (SPEC §11)', () => {
  it('keeps the ranges of §11 and makes a term open-ended', () => {
    expect(error(editTerms(contract, { start: '2027-01-15' }))).toBe('A contract starts on the first day of a month.');
    expect(error(editTerms(contract, { atRiskPercent: 0 }))).toBe('The share at risk is above 0 and at most 100 %.');
    expect(error(editTerms(contract, { earnBackMonths: 13 }))).toBe('Earn-back is a whole number of months from 0 (none) to 12.');
    expect(error(editTerms(contract, { poolPercent: 50 }))).toBe('The allocations would add up to 100 %, more than the pool of 50 %.');
    const open = editTerms(contract, { months: undefined });
    expect(open.ok && 'months' in open.value).toBe(false);
  });
});
