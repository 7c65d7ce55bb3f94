// The QBR pack's words (SPEC §11): what the quarter covers, how the scorecard went month by month, where
// the service levels breached, what the bonus came to, and the names of review kinds and action states.
// The money's own sentences (at risk, capped, payable / earned back / pending) are money-text.ts's.
import { formatNumber, joinNames } from '../format';
import { withUnit } from '../pilot-format';
import type { ContractMonth } from './evaluate';
import { moneyText, monthName } from './money-text';
import type { QbrData, Quarter } from './qbr';
import type { ActionStatus, Contract, ReviewKind, ServiceLevel } from './contract-types';

export const REVIEW_KIND_WORDS: Record<ReviewKind, string> = { weekly: 'Weekly review', monthly: 'Monthly review', quarterly: 'Quarterly review' };
export const ACTION_STATUS_WORDS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** The PDF's file name, as browsers offer the document's title: "Northwind 2027 — QBR Q1 2027". */
export function qbrTitle(contractName: string, quarter: Quarter): string {
  return `${contractName.trim() || 'Contract'} — QBR ${quarter.label}`;
}

/** "January to March 2027", or "April 2027 (May and June not reported yet)" for a quarter under way. */
export function quarterSpan(quarter: Quarter, months: readonly ContractMonth[]): string {
  const reported = months.map((m) => m.month);
  const missing: number[] = [];
  for (let m = quarter.first; m <= quarter.last; m++) if (!reported.includes(m)) missing.push(m);
  const first = reported[0] ?? quarter.first;
  const last = reported[reported.length - 1] ?? quarter.last;
  const span = first === last ? monthName(first, true) : `${monthName(first)} to ${monthName(last, true)}`;
  return missing.length === 0 ? span : `${span} (${joinNames(missing.map((m) => monthName(m)))} not reported yet)`;
}

/** "95.9" or "—": a scorecard as the pack prints it. */
export function scoreText(score: number | null): string {
  return score === null ? '—' : formatNumber(score, 1);
}

/** "January 95.9 · February 95.8 · March 100.8". */
export function scorecardTrendText(months: readonly ContractMonth[]): string {
  return months.map((m) => `${monthName(m.month)} ${scoreText(m.scorecard)}`).join(' · ');
}

/** "CSAT in January; AHT and Backlog in February", or "None" (key measures included: they are reported). */
export function breachesText(data: Pick<QbrData, 'months'>, contract: Contract): string {
  const lines = data.months.flatMap((m) => {
    const names = contract.serviceLevels.filter((_, i) => m.serviceLevels[i]?.status === 'breach').map((s) => s.name);
    return names.length === 0 ? [] : [`${joinNames(names)} in ${monthName(m.month)}`];
  });
  return lines.length === 0 ? 'None' : lines.join('; ');
}

/** The bonus of the quarter in sentences (SPEC §11: every credited service level met-expected in the month). */
export function bonusLines(data: Pick<QbrData, 'months'>, contract: Contract): string[] {
  if (contract.bonusPercent <= 0) return ['This contract has no bonus.'];
  const amount = moneyText((contract.monthlyCharges * contract.bonusPercent) / 100, contract.currency);
  const earned = data.months.filter((m) => m.bonus > 0);
  const rule = `${formatNumber(contract.bonusPercent, 2)} % of the monthly charges, earned in a month where every credited service level meets its expected level`;
  if (earned.length === 0) return [`No month of the quarter earned the bonus of ${amount} (${rule}).`];
  return [`The bonus is ${amount} (${rule}).`, ...earned.map((m) => `${monthName(m.month, true)} earned it: ${moneyText(m.bonus, contract.currency)}.`)];
}

/** "Minimum 80 %, expected 85 %, 40 % of the amount at risk" (or "key measure, never credited"). */
export function serviceLevelTerms(sl: ServiceLevel): string {
  const bar = (x: number) => withUnit(formatNumber(x, 4), sl.unit);
  const share = sl.allocationPercent > 0 ? `${formatNumber(sl.allocationPercent, 2)} % of the amount at risk` : 'key measure, never credited';
  return `Minimum ${bar(sl.minimum)}, expected ${bar(sl.expected)}, ${sl.direction === 'higher' ? 'higher' : 'lower'} is better; ${share}`;
}

/** Why there is no pack yet: the first month has not ended. */
export function noQuarterText(firstMonth: number): string {
  return `No month of this contract has been reported yet: the first pack covers ${monthName(firstMonth, true)} once that month has ended.`;
}
