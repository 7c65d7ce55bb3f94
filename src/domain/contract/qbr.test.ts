import { describe, expect, it } from 'vitest';
import { makePilot } from '../pilot-fixtures';
import { makeAssessment } from '../test-factories';
import type { Decision } from '../types';
import { monthNumber } from './months';
import { qbrData, quartersOf } from './qbr';
import { WORKED_ROWS, withValue, workedContract } from './test-contract';
import type { Review } from './contract-types';

const decision: Decision = { at: '2026-12-20T10:00:00.000Z', outcome: 'go', rationale: 'CSAT and AHT beat their targets.' };
const assessment = makeAssessment({ pilots: [makePilot([], [], { decisions: [decision] })] });

const reviews: Review[] = [
  { id: 'apr', date: '2027-04-15', kind: 'quarterly', actions: [{ id: 'a4', text: 'Retire the old IVR', status: 'dropped' }] },
  { id: 'feb', date: '2027-02-10', kind: 'monthly', actions: [{ id: 'a1', text: 'Coach detractors', status: 'done' }, { id: 'a2', text: 'Share AHT breakdown', status: 'open' }] },
  { id: 'mar', date: '2027-03-31', kind: 'monthly', actions: [{ id: 'a3', text: 'Fix the survey link', status: 'done' }] },
];
const contract = workedContract(WORKED_ROWS, { pilotId: 'pilot-1', reviews });

describe('the QBR pack (SPEC §11 worked example)', () => {
  it('lists the quarters with a reported month, the latest first', () => {
    expect(quartersOf(contract, '2027-05-01').map((q) => q.label)).toEqual(['Q2 2027', 'Q1 2027']);
    expect(quartersOf(contract, '2027-01-31')).toEqual([]);
    const q1 = quartersOf(contract, '2027-02-01')[0];
    expect(q1).toEqual({ year: 2027, quarter: 1, label: 'Q1 2027', first: monthNumber('2027-01'), last: monthNumber('2027-03') });
    expect(quartersOf(workedContract(WORKED_ROWS, { start: '2026-11-01' }), '2027-02-01').map((q) => q.label)).toEqual(['Q1 2027', 'Q4 2026']);
  });

  it("gives Q1's months, January's CSAT credit earned back, the reviews and actions, and the pilot's decisions", () => {
    const [q2, q1] = quartersOf(contract, '2027-05-01');
    const data = qbrData(assessment, contract, q1, '2027-05-01');
    expect(data.atRisk).toBe(24_000);
    expect(data.months.map((m) => m.month)).toEqual([monthNumber('2027-01'), monthNumber('2027-02'), monthNumber('2027-03')]);
    expect(data.months[0].serviceLevels[0]).toMatchObject({ value: 79.5, status: 'breach', credit: 9_600, creditState: 'earned-back' });
    expect(data.credits).toEqual([{ month: monthNumber('2027-01'), serviceLevelId: 'csat', credit: 9_600, creditState: 'earned-back', earnBackMonths: [1, 2, 3].map((k) => monthNumber('2027-01') + k) }]);
    expect(data.totals).toEqual({ payable: 0, earnedBack: 9_600, pending: 0, bonus: 0, net: 0 });
    expect(data.earnedBack).toEqual([]); // completed by April, in Q2
    expect(data.scorecard).toBeCloseTo(data.months.reduce((s, m) => s + (m.scorecard ?? 0), 0) / 3, 9);
    expect(data.reviews.map((r) => r.id)).toEqual(['feb', 'mar']);
    expect(data.actionsOpened.map((a) => a.action.id)).toEqual(['a1', 'a2', 'a3']);
    expect(data.actionsClosed.map((a) => [a.reviewId, a.action.id])).toEqual([['feb', 'a1'], ['mar', 'a3']]);
    expect(data.decisions).toEqual([decision]);

    const april = qbrData(assessment, contract, q2, '2027-05-01');
    expect(april.months).toHaveLength(1);
    expect(april.credits).toEqual([]);
    expect(april.earnedBack.map((c) => [c.month, c.serviceLevelId])).toEqual([[monthNumber('2027-01'), 'csat']]);
    expect(april.actionsClosed.map((a) => a.action.id)).toEqual(['a1', 'a3', 'a4']);
  });

  it('shows the credit payable, and the net down by it, when February was 84', () => {
    const payable = workedContract(withValue(WORKED_ROWS, 'csat', '2027-02-28', 84));
    const data = qbrData(assessment, payable, quartersOf(payable, '2027-04-01')[0], '2027-04-01');
    expect(data.credits.map((c) => [c.serviceLevelId, c.credit, c.creditState])).toEqual([['csat', 9_600, 'payable']]);
    expect(data.totals).toMatchObject({ payable: 9_600, net: -9_600 });
    expect(data.decisions).toEqual([]); // no pilot
  });
});
