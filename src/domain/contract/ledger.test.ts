import { describe, expect, it } from 'vitest';
import { evaluateContract } from './evaluate';
import { capNotes, creditNotes, netYearToDate, openActions } from './ledger';
import { WORKED_AHT, WORKED_CSAT, workedContract, type Row } from './test-contract';

describe('contract ledger (SPEC §11)', () => {
  it('adds the net up within each calendar year, starting again in January', () => {
    const rows: Row[] = [['csat', '2026-11-30', 79], ['aht', '2026-11-30', 400], ['csat', '2026-12-31', 85], ['aht', '2026-12-31', 400], ['csat', '2027-01-31', 79], ['aht', '2027-01-31', 400]];
    const contract = workedContract(rows, { start: '2026-11-01', earnBackMonths: 0 });
    const evaluation = evaluateContract(contract, '2027-02-01');
    expect(evaluation.months.map((m) => m.net)).toEqual([-9_600, 0, -9_600]);
    expect(netYearToDate(evaluation)).toEqual([-9_600, -9_600, -9_600]);
  });

  it("lists January's credit with the sentence of its earn-back, and the cap when both breach at 80/60", () => {
    const contract = workedContract();
    expect(creditNotes(evaluateContract(contract, '2027-05-01'), contract)).toEqual([
      { month: 2027 * 12, serviceLevelId: 'csat', state: 'earned-back', text: "January's CSAT credit of €9,600 was earned back: CSAT met 85 % in February, March and April." },
    ]);
    const both = workedContract([['csat', '2027-01-31', 70], ['aht', '2027-01-31', 500]], { serviceLevels: [{ ...WORKED_CSAT, allocationPercent: 80 }, WORKED_AHT] });
    expect(capNotes(evaluateContract(both, '2027-02-01'), both)[0].text).toContain('Credits capped at the €24,000 at risk');
  });

  it('lists open actions, overdue first, leaving done and dropped ones out', () => {
    const contract = workedContract([], {
      reviews: [
        { id: 'r1', date: '2027-02-05', kind: 'monthly', actions: [{ id: 'a', text: 'Later', status: 'open', due: '2027-04-01' }, { id: 'b', text: 'Late', status: 'open', due: '2027-02-20' }, { id: 'c', text: 'Done', status: 'done' }] },
        { id: 'r2', date: '2027-03-05', kind: 'weekly', actions: [{ id: 'd', text: 'No date', status: 'open' }, { id: 'e', text: 'Dropped', status: 'dropped', due: '2027-01-01' }] },
      ],
    });
    expect(openActions(contract, '2027-03-10').map((a) => [a.text, a.overdue])).toEqual([['Late', true], ['Later', false], ['No date', false]]);
  });
});
