// The executive dashboard's words (SPEC §11): what each figure of a contract's line means, said so that a
// director who never opened the contract reads it right, and why the contracts come in the order they do.
import { formatNumber, joinNames, plural } from '../format';
import type { Tone } from '../pilot-format';
import type { ContractSummary } from './dashboard';
import type { DashboardContract } from './dashboard-rows';
import { moneyText, monthName } from './money-text';

/** The order of sortByAttention (dashboard.ts), in words. */
export const ATTENTION_ORDER =
  'Contracts needing attention come first: an overdue action or a breach in the latest month, then credits payable this year, then the lowest scorecard. Contracts alike are in name order.';

/** The dashboard with no contract anywhere: how a contract comes to be (SPEC §11: after a GO). */
export const NO_CONTRACTS = {
  title: 'No contracts yet',
  steps: [
    'Run a pilot with the vendor you chose, on an assessment’s Pilots tab.',
    'When the pilot reads GO, record the decision in its decision log.',
    'On the assessment’s Contracts tab, choose “Create contract”: the pilot’s KPIs become its service levels.',
  ],
  after: 'Each contract then appears here, with its latest month, credits and open actions.',
} as const;

/** The one-line state of a contract, worst first: what a director should take from the line. */
export function attention(s: ContractSummary): { tone: Tone; text: string } {
  const problems: string[] = [];
  if (s.breaches.length > 0) problems.push(`${plural(s.breaches.length, 'breach', 'breaches')} in ${monthName(s.latestMonth!)}`);
  if (s.overdueActions > 0) problems.push(`${plural(s.overdueActions, 'action')} overdue`);
  if (problems.length > 0) return { tone: 'danger', text: `Needs action: ${problems.join(', ')}` };
  if (s.creditsYearToDate.payable > 0) return { tone: 'warn', text: 'Credits payable this year' };
  if (s.scorecard === null) return { tone: 'neutral', text: s.latestMonth === null ? 'No month reported yet' : 'No results last month' };
  if (s.scorecard < 100) return { tone: 'info', text: 'Below expected, no breach' };
  return { tone: 'ok', text: 'On track' };
}

/** "April 2027", or why there is none yet. */
export function latestMonthText(s: ContractSummary): string {
  return s.latestMonth === null ? 'None reported yet' : monthName(s.latestMonth, true);
}

/** "97.5", or a dash without a scorecard. */
export function scorecardText(score: number | null): string {
  return score === null ? '—' : formatNumber(score, 1);
}

export function breachesText(s: ContractSummary): string {
  return s.latestMonth === null ? '—' : s.breaches.length === 0 ? 'None' : joinNames(s.breaches);
}

/** "€14,400 payable, €9,600 earned back", or "None" when no credit fell due this year. */
export function creditsYearText(s: ContractSummary): string {
  const money = (x: number) => moneyText(x, s.currency);
  const { payable, earnedBack, pending } = s.creditsYearToDate;
  const parts = [payable > 0 ? `${money(payable)} payable` : null, pending > 0 ? `${money(pending)} pending` : null, earnedBack > 0 ? `${money(earnedBack)} earned back` : null];
  return parts.filter((p) => p !== null).join(', ') || 'None';
}

/** "Credits 2027": the calendar year of the latest reported month. */
export function creditsYearLabel(s: ContractSummary): string {
  return s.creditsYearToDate.year === null ? 'Credits this year' : `Credits ${s.creditsYearToDate.year}`;
}

/** "2 credits, €12,000", or "None". */
export function pendingText(s: ContractSummary): string {
  const { count, amount } = s.pendingEarnBacks;
  return count === 0 ? 'None' : `${plural(count, 'credit')}, ${moneyText(amount, s.currency)}`;
}

/** "1 of 3 open actions", "None of 2 open actions", "No open actions". */
export function overdueText(s: ContractSummary): string {
  if (s.openActions === 0) return 'No open actions';
  return `${s.overdueActions === 0 ? 'None' : formatNumber(s.overdueActions, 0)} of ${plural(s.openActions, 'open action')}`;
}

/** When a contract not live starts or ended: "Starts January 2027", "Ended December 2027". */
export function termText(c: Pick<DashboardContract, 'phase' | 'first' | 'last'>): string {
  if (c.phase === 'upcoming') return `Starts ${monthName(c.first, true)}`;
  if (c.phase === 'ended') return `Ended ${monthName(c.last, true)}`;
  return Number.isFinite(c.last) ? `Runs to ${monthName(c.last, true)}` : 'Open-ended';
}

/** The sparkline's words: "Scorecard over the last 4 months: 95.9, 95.8, 100.8, 99.4". */
export function trendText(trend: readonly (number | null)[]): string {
  if (trend.every((x) => x === null)) return 'No scorecard yet';
  return `Scorecard over the last ${plural(trend.length, 'month')}: ${trend.map((x) => (x === null ? 'no data' : formatNumber(x, 1))).join(', ')}`;
}
