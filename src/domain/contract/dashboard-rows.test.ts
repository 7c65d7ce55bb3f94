import { describe, expect, it } from 'vitest';
import { makeVendor } from '../test-factories';
import { dashboardContracts, type ContractHolder } from './dashboard-rows';
import { monthNumber } from './months';
import { WORKED_ROWS, withValue, workedContract } from './test-contract';

const vendors = [makeVendor('v', 'Northwind')];
const holders: ContractHolder[] = [
  {
    id: 'a1',
    name: 'Tier-1 support',
    vendors,
    contracts: [
      workedContract(WORKED_ROWS, { id: 'calm', name: 'Alpha: on track' }),
      // April's AHT 430 is a breach: first, although its name comes last.
      workedContract(withValue(WORKED_ROWS, 'aht', '2027-04-30', 430), { id: 'breach', name: 'Zeta: AHT breach' }),
      workedContract([], { id: 'old', name: 'Ended 2025', start: '2025-01-01', months: 12 }),
      workedContract([], { id: 'old2', name: 'Ended 2026', start: '2026-01-01', months: 3 }),
    ],
  },
  { id: 'a2', name: 'Back office', vendors, contracts: [workedContract([], { id: 'next', name: 'Starts in July', start: '2027-07-01' })] },
];

describe('the dashboard’s contracts across assessments', () => {
  const { live, upcoming, ended } = dashboardContracts(holders, '2027-05-10');

  it('lists live contracts needing attention first, each with its assessment', () => {
    expect(live.map((c) => [c.summary.contractId, c.assessmentId, c.assessmentName])).toEqual([
      ['breach', 'a1', 'Tier-1 support'],
      ['calm', 'a1', 'Tier-1 support'],
    ]);
    expect(live[0].summary.breaches).toEqual(['AHT']);
  });

  it('keeps contracts not started and ended apart, the next to start and the latest ended first', () => {
    expect(upcoming.map((c) => [c.summary.contractId, c.assessmentId, c.phase])).toEqual([['next', 'a2', 'upcoming']]);
    expect(ended.map((c) => c.summary.contractId)).toEqual(['old2', 'old']);
    expect(ended[0].last).toBe(monthNumber('2026-03'));
  });

  it('gives each contract the scorecards of its reported months, oldest first, at most twelve', () => {
    expect(live[1].trend).toHaveLength(4);
    expect(live[1].trend[3]).toBeCloseTo(40 * (85.2 / 85) + 60 * (400 / 390), 9);
    expect(ended[1].trend).toEqual(Array(12).fill(null));
    expect(upcoming[0].trend).toEqual([]);
  });
});
