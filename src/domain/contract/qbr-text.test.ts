import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../test-factories';
import { monthNumber } from './months';
import { qbrData, quartersOf } from './qbr';
import { bonusLines, breachesText, noQuarterText, qbrTitle, quarterSpan, scorecardTrendText, serviceLevelTerms } from './qbr-text';
import { WORKED_AHT, WORKED_CSAT, WORKED_ROWS, withValue, workedContract } from './test-contract';

const assessment = makeAssessment();
// February's AHT 430 breaches (the worked example's rows otherwise).
const contract = workedContract(withValue(WORKED_ROWS, 'aht', '2027-02-28', 430));
const [q2, q1] = quartersOf(contract, '2027-05-10');
const first = qbrData(assessment, contract, q1, '2027-05-10');
const second = qbrData(assessment, contract, q2, '2027-05-10');

describe('the QBR pack’s words', () => {
  it('names the quarter’s months, and those of a quarter under way not reported yet', () => {
    expect(quarterSpan(q1, first.months)).toBe('January to March 2027');
    expect(quarterSpan(q2, second.months)).toBe('April 2027 (May and June not reported yet)');
    expect(qbrTitle('Northwind 2027 ', q1)).toBe('Northwind 2027 — QBR Q1 2027');
  });

  it('gives the scorecard month by month and the breaches by month', () => {
    expect(scorecardTrendText(first.months)).toMatch(/^January \d+\.\d · February \d+\.\d · March \d+\.\d$/);
    expect(breachesText(first, contract)).toBe('CSAT in January; AHT in February');
    expect(breachesText(second, contract)).toBe('None');
  });

  it('says what the bonus came to, or that there is none', () => {
    expect(bonusLines(first, contract)).toEqual(['This contract has no bonus.']);
    const withBonus = workedContract(WORKED_ROWS, { bonusPercent: 2 });
    const data = qbrData(assessment, withBonus, q1, '2027-05-10');
    expect(bonusLines(data, withBonus)).toEqual([
      'The bonus is €4,000 (2 % of the monthly charges, earned in a month where every credited service level meets its expected level).',
      'February 2027 earned it: €4,000.',
      'March 2027 earned it: €4,000.',
    ]);
    const none = qbrData(assessment, withBonus, quartersOf(withBonus, '2027-02-01')[0], '2027-02-01');
    expect(bonusLines(none, withBonus)).toEqual(['No month of the quarter earned the bonus of €4,000 (2 % of the monthly charges, earned in a month where every credited service level meets its expected level).']);
  });

  it('states a service level’s terms and why there is no pack yet', () => {
    expect(serviceLevelTerms(WORKED_CSAT)).toBe('Minimum 80 %, expected 85 %, higher is better; 40 % of the amount at risk');
    expect(serviceLevelTerms({ ...WORKED_AHT, allocationPercent: 0 })).toBe('Minimum 420 s, expected 400 s, lower is better; key measure, never credited');
    expect(noQuarterText(monthNumber('2027-01'))).toBe('No month of this contract has been reported yet: the first pack covers January 2027 once that month has ended.');
  });
});
