import { describe, expect, it } from 'vitest';
import { makeAssessment, makeVendor } from '../test-factories';
import { contractSummary } from './dashboard';
import { attention, breachesText, creditsYearLabel, creditsYearText, latestMonthText, overdueText, pendingText, termText, trendText } from './dashboard-text';
import { monthNumber } from './months';
import { WORKED_ROWS, withValue, workedContract } from './test-contract';
import type { Review } from './contract-types';

const assessment = makeAssessment({ vendors: [makeVendor('v', 'Northwind')] });
// One action overdue as of April (due end of March), one with no due date.
const review: Review = { id: 'r1', date: '2027-02-10', kind: 'monthly', actions: [{ id: 'a1', text: 'Coach', status: 'open', due: '2027-03-31' }, { id: 'a2', text: 'Share', status: 'open' }] };

describe('the words of a contract’s dashboard line', () => {
  it('says January’s breach, its pending credit and the overdue action', () => {
    const s = contractSummary(assessment, workedContract(WORKED_ROWS, { reviews: [review] }), '2027-04-02');
    expect(latestMonthText(contractSummary(assessment, workedContract(), '2027-02-01'))).toBe('January 2027');
    expect(attention(contractSummary(assessment, workedContract(), '2027-02-01'))).toEqual({ tone: 'danger', text: 'Needs action: 1 breach in January' });
    expect(pendingText(contractSummary(assessment, workedContract(), '2027-02-01'))).toBe('1 credit, €9,600');
    expect(attention(s)).toEqual({ tone: 'danger', text: 'Needs action: 1 action overdue' });
    expect(overdueText(s)).toBe('1 of 2 open actions');
    expect(breachesText(s)).toBe('None');
  });

  it('says what the year’s credits came to, by earn-back state', () => {
    const s = contractSummary(assessment, workedContract(withValue(WORKED_ROWS, 'csat', '2027-02-28', 84)), '2027-03-01');
    expect(creditsYearLabel(s)).toBe('Credits 2027');
    expect(creditsYearText(s)).toBe('€9,600 payable');
    expect(attention(s)).toEqual({ tone: 'warn', text: 'Credits payable this year' });
    expect(creditsYearText(contractSummary(assessment, workedContract(), '2027-05-01'))).toBe('€9,600 earned back');
    expect(attention(contractSummary(assessment, workedContract(), '2027-05-01'))).toEqual({ tone: 'ok', text: 'On track' });
  });

  it('says when nothing is reported yet', () => {
    const s = contractSummary(assessment, workedContract(), '2027-01-15');
    expect([latestMonthText(s), breachesText(s), creditsYearText(s), pendingText(s), overdueText(s)]).toEqual(['None reported yet', '—', 'None', 'None', 'No open actions']);
    expect(attention(s)).toEqual({ tone: 'neutral', text: 'No month reported yet' });
  });

  it('says when a contract starts, ends or runs to', () => {
    expect(termText({ phase: 'upcoming', first: monthNumber('2027-07'), last: Infinity })).toBe('Starts July 2027');
    expect(termText({ phase: 'ended', first: 0, last: monthNumber('2026-12') })).toBe('Ended December 2026');
    expect(termText({ phase: 'live', first: 0, last: Infinity })).toBe('Open-ended');
    expect(trendText([95.94, null, 100.77])).toBe('Scorecard over the last 3 months: 95.9, no data, 100.8');
    expect(trendText([null])).toBe('No scorecard yet');
  });
});
