// The executive dashboard's line per contract (SPEC §11): where each contract stood in its latest
// reported month, what its credits came to this year, what waits on earn-back or on the parties'
// actions, and the order that puts the contracts needing attention first.
import type { Assessment } from '../types';
import { evaluateContract, type CreditSums } from './evaluate';
import { monthInProgress } from './months';
import type { Contract } from './contract-types';

export interface ContractSummary {
  contractId: string;
  name: string;
  vendorName: string;
  currency: string;
  /** Within its term as of the day asked about. */
  live: boolean;
  /** The latest reported month (month number, months.ts), or null before the first one is reported. */
  latestMonth: number | null;
  /** The balanced scorecard of the latest reported month; null without one or without data. */
  scorecard: number | null;
  /** Names of the service levels in breach in the latest reported month. */
  breaches: string[];
  /** Credits of the months in the latest reported month's calendar year, by earn-back state. */
  creditsYearToDate: CreditSums & { year: number | null };
  /** Credits of any month still waiting for their earn-back months. */
  pendingEarnBacks: { count: number; amount: number };
  openActions: number;
  /** Open actions whose due date has passed. */
  overdueActions: number;
}

export function contractSummary(assessment: Pick<Assessment, 'vendors'>, contract: Contract, asOf: string): ContractSummary {
  const evaluation = evaluateContract(contract, asOf);
  const latest = evaluation.months.at(-1) ?? null;
  const year = latest === null ? null : Math.floor(latest.month / 12);
  const creditsYearToDate = { year, payable: 0, pending: 0, earnedBack: 0 };
  const pendingEarnBacks = { count: 0, amount: 0 };
  for (const month of evaluation.months) {
    if (Math.floor(month.month / 12) === year) {
      creditsYearToDate.payable += month.credits.payable;
      creditsYearToDate.pending += month.credits.pending;
      creditsYearToDate.earnedBack += month.credits.earnedBack;
    }
    for (const cell of month.serviceLevels) {
      if (cell.creditState !== 'pending') continue;
      pendingEarnBacks.count++;
      pendingEarnBacks.amount += cell.credit;
    }
  }
  const actions = contract.reviews.flatMap((r) => r.actions).filter((a) => a.status === 'open');
  return {
    contractId: contract.id,
    name: contract.name,
    vendorName: assessment.vendors.find((v) => v.id === contract.vendorId)?.name ?? contract.vendorId,
    currency: contract.currency,
    live: monthInProgress(contract, asOf) !== null,
    latestMonth: latest?.month ?? null,
    scorecard: latest?.scorecard ?? null,
    breaches: latest === null ? [] : contract.serviceLevels.filter((_, i) => latest.serviceLevels[i].status === 'breach').map((s) => s.name),
    creditsYearToDate,
    pendingEarnBacks,
    openActions: actions.length,
    overdueActions: actions.filter((a) => a.due !== undefined && a.due < asOf).length,
  };
}

/**
 * The dashboard's order, most in need of the director's attention first:
 * 1. overdue actions or a breach in the latest month: something is wrong now and someone must act;
 * 2. payable credits this year: money is owed, though the month that caused it may have passed;
 * 3. the lower scorecard first: performance slipping below expected before it breaches (a contract
 *    without a scorecard yet comes after those with one: it has told nothing yet);
 * 4. by name, so that equals keep a stable place from one visit to the next.
 */
export function sortByAttention(summaries: readonly ContractSummary[]): ContractSummary[] {
  const urgent = (s: ContractSummary) => (s.overdueActions > 0 || s.breaches.length > 0 ? 0 : 1);
  const owed = (s: ContractSummary) => (s.creditsYearToDate.payable > 0 ? 0 : 1);
  const lower = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
  return [...summaries].sort((a, b) => urgent(a) - urgent(b) || owed(a) - owed(b) || lower(a.scorecard, b.scorecard) || a.name.localeCompare(b.name));
}
