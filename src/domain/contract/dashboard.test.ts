import { describe, expect, it } from 'vitest';
import { makeAssessment, makeVendor } from '../test-factories';
import { contractSummary, sortByAttention, type ContractSummary } from './dashboard';
import { monthNumber } from './months';
import { WORKED_ROWS, withValue, workedContract } from './test-contract';
import type { Review } from './contract-types';

const assessment = makeAssessment({ vendors: [makeVendor('v', 'Northwind')] });

const review: Review = {
  id: 'r1',
  date: '2027-02-10',
  kind: 'monthly',
  actions: [
    { id: 'a1', text: 'Coach the CSAT detractors', status: 'open', due: '2027-03-31' },
    { id: 'a2', text: 'Share the AHT breakdown', status: 'open' },
    { id: 'a3', text: 'Fix the survey link', status: 'done', due: '2027-02-20' },
  ],
};

describe("a contract's line on the executive dashboard (SPEC §11 worked example)", () => {
  it('shows January: CSAT in breach, its credit pending earn-back', () => {
    const summary = contractSummary(assessment, workedContract(), '2027-02-01');
    expect(summary).toMatchObject({ name: 'Worked example', vendorName: 'Northwind', currency: 'EUR', live: true, latestMonth: monthNumber('2027-01'), breaches: ['CSAT'] });
    expect(summary.creditsYearToDate).toEqual({ year: 2027, payable: 0, pending: 9_600, earnedBack: 0 });
    expect(summary.pendingEarnBacks).toEqual({ count: 1, amount: 9_600 });
  });

  it('shows April: the credit earned back, no breach, the scorecard of April', () => {
    const summary = contractSummary(assessment, workedContract(), '2027-05-01');
    expect(summary).toMatchObject({ latestMonth: monthNumber('2027-04'), breaches: [], pendingEarnBacks: { count: 0, amount: 0 } });
    expect(summary.creditsYearToDate).toEqual({ year: 2027, payable: 0, pending: 0, earnedBack: 9_600 });
    expect(summary.scorecard).toBeCloseTo(100 * (40 * (85.2 / 85) + 60 * (400 / 390)) / 100, 9);
  });

  it('counts the credit payable once February is 84', () => {
    const summary = contractSummary(assessment, workedContract(withValue(WORKED_ROWS, 'csat', '2027-02-28', 84)), '2027-03-01');
    expect(summary.creditsYearToDate).toEqual({ year: 2027, payable: 9_600, pending: 0, earnedBack: 0 });
  });

  it('counts only the year of the latest month as this year', () => {
    const contract = workedContract([['csat', '2026-12-31', 70]], { start: '2026-12-01' });
    const summary = contractSummary(assessment, contract, '2027-02-01'); // December 2026 and January 2027 reported
    expect(summary.creditsYearToDate.year).toBe(2027);
    expect(summary.creditsYearToDate.payable + summary.creditsYearToDate.pending).toBe(24_000); // January: both without data, a miss
  });

  it('counts open and overdue actions', () => {
    const contract = workedContract(WORKED_ROWS, { reviews: [review] });
    expect(contractSummary(assessment, contract, '2027-03-31')).toMatchObject({ openActions: 2, overdueActions: 0 });
    expect(contractSummary(assessment, contract, '2027-04-01')).toMatchObject({ openActions: 2, overdueActions: 1 });
  });

  it('is live only within its term, and has no latest month before its first month is over', () => {
    expect(contractSummary(assessment, workedContract(), '2026-12-20')).toMatchObject({ live: false, latestMonth: null, scorecard: null, breaches: [] });
    expect(contractSummary(assessment, workedContract(), '2027-01-20')).toMatchObject({ live: true, latestMonth: null });
    expect(contractSummary(assessment, workedContract(), '2028-01-05')).toMatchObject({ live: false, latestMonth: monthNumber('2027-12') });
  });
});

describe('the order of the dashboard', () => {
  const line = (name: string, partial: Partial<ContractSummary> = {}): ContractSummary => ({
    contractId: name,
    name,
    vendorName: name,
    currency: 'EUR',
    live: true,
    latestMonth: 0,
    scorecard: 100,
    breaches: [],
    creditsYearToDate: { year: 2027, payable: 0, pending: 0, earnedBack: 0 },
    pendingEarnBacks: { count: 0, amount: 0 },
    openActions: 0,
    overdueActions: 0,
    ...partial,
  });

  it('puts overdue actions and breaches first, then payable credits, then the lower scorecard, then the name', () => {
    const lines = [
      line('Fine B'),
      line('No data yet', { scorecard: null }),
      line('Fine A'),
      line('Slipping', { scorecard: 92 }),
      line('Owes money', { scorecard: 110, creditsYearToDate: { year: 2027, payable: 9_600, pending: 0, earnedBack: 0 } }),
      line('Breach', { scorecard: 95, breaches: ['CSAT'] }),
      line('Overdue', { scorecard: 90, overdueActions: 1 }),
    ];
    expect(sortByAttention(lines).map((l) => l.name)).toEqual(['Overdue', 'Breach', 'Owes money', 'Slipping', 'Fine A', 'Fine B', 'No data yet']);
  });
});
