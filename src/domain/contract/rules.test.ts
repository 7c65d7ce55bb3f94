import { describe, expect, it } from 'vitest';
import { allocationTotal, contractProblems, isMonth, isMonthStart, serviceLevelProblems } from './rules';

describe('serviceLevelProblems (SPEC §11)', () => {
  it('accepts expected equal to minimum or on its better side', () => {
    expect(serviceLevelProblems({ direction: 'higher', minimum: 80, expected: 85, allocationPercent: 40 })).toEqual({});
    expect(serviceLevelProblems({ direction: 'higher', minimum: 80, expected: 80, allocationPercent: 40 })).toEqual({});
    expect(serviceLevelProblems({ direction: 'lower', minimum: 420, expected: 400, allocationPercent: 60 })).toEqual({});
    expect(serviceLevelProblems({ direction: 'lower', minimum: 420, expected: 420, allocationPercent: 60 })).toEqual({});
  });

  it('refuses expected on the worse side of minimum, in the direction’s words', () => {
    expect(serviceLevelProblems({ direction: 'higher', minimum: 80, expected: 79, allocationPercent: 40 })).toEqual({
      expected: 'must be ≥ minimum 80 for a higher-is-better service level',
    });
    expect(serviceLevelProblems({ direction: 'lower', minimum: 420, expected: 430, allocationPercent: 0 })).toEqual({
      expected: 'must be ≤ minimum 420 for a lower-is-better service level',
    });
  });

  it('refuses an allocated higher-is-better service level expecting 0 or less, not a key measure', () => {
    expect(serviceLevelProblems({ direction: 'higher', minimum: -5, expected: 0, allocationPercent: 10 })).toEqual({
      expected: 'must be greater than 0 for a higher-is-better service level with an allocation (got 0)',
    });
    expect(serviceLevelProblems({ direction: 'higher', minimum: -5, expected: 0, allocationPercent: 0 })).toEqual({});
    expect(serviceLevelProblems({ direction: 'lower', minimum: 0, expected: -1, allocationPercent: 10 })).toEqual({});
  });
});

describe('contractProblems (SPEC §11)', () => {
  const levels = (...allocations: number[]) => allocations.map((allocationPercent) => ({ allocationPercent }));

  it('accepts a first-of-month start and allocations up to the pool', () => {
    expect(contractProblems({ start: '2027-01-01', poolPercent: 250, serviceLevels: levels(40, 60, 150) })).toEqual({});
    expect(contractProblems({ start: '2027-01-01', poolPercent: 100, serviceLevels: levels(33.3, 33.3, 33.4) })).toEqual({});
  });

  it('refuses a start that is not the first day of a month', () => {
    expect(contractProblems({ start: '2027-01-15', poolPercent: 250, serviceLevels: [] })).toEqual({
      start: '2027-01-15 is not the first day of a month: a contract starts on the 1st (e.g. 2027-01-01)',
    });
  });

  it('refuses allocations that add up to more than the pool', () => {
    expect(contractProblems({ start: '2027-01-01', poolPercent: 250, serviceLevels: levels(100, 100, 60) })).toEqual({
      serviceLevels: 'the allocations add up to 260 %, more than the pool of 250 % (poolPercent)',
    });
  });

  it('adds allocations without binary noise', () => {
    expect(allocationTotal(levels(0.1, 0.2))).toBe(0.3);
  });
});

describe('months', () => {
  it('tells a first day of a month and a YYYY-MM month', () => {
    expect([isMonthStart('2027-03-01'), isMonthStart('2027-03-10')]).toEqual([true, false]);
    expect(['2027-03', '2027-12', '2027-13', '2027-00', '2027-3', '2027-03-01'].map(isMonth)).toEqual([true, true, false, false, false, false]);
  });
});
