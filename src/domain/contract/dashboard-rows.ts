// The executive dashboard's contracts across every assessment (SPEC §11): the live ones in the order
// that puts the contracts needing attention first (sortByAttention), those not started yet by start,
// and the ended ones, the latest ended first. Each carries its recent scorecards for a sparkline.
import type { Assessment } from '../types';
import { contractSummary, sortByAttention, type ContractSummary } from './dashboard';
import { evaluateContract } from './evaluate';
import { monthNumber, termMonths } from './months';
import type { Contract } from './contract-types';

/** An assessment as the dashboard reads it: no scores, no pilots. */
export type ContractHolder = Pick<Assessment, 'id' | 'name' | 'vendors'> & { contracts: Contract[] };

export type ContractPhase = 'live' | 'upcoming' | 'ended';

export interface DashboardContract {
  assessmentId: string;
  assessmentName: string;
  summary: ContractSummary;
  phase: ContractPhase;
  /** The first and last month of the term (months.ts; last = Infinity when open-ended). */
  first: number;
  last: number;
  /** The scorecards of the latest reported months, oldest first (at most TREND_MONTHS; null: no data that month). */
  trend: (number | null)[];
}

/** How many months the sparkline looks back. */
const TREND_MONTHS = 12;

export interface DashboardContracts {
  live: DashboardContract[];
  upcoming: DashboardContract[];
  ended: DashboardContract[];
}

function phaseOf(first: number, last: number, asOf: string): ContractPhase {
  const now = monthNumber(asOf);
  return now < first ? 'upcoming' : now > last ? 'ended' : 'live';
}

export function dashboardContracts(holders: readonly ContractHolder[], asOf: string): DashboardContracts {
  const all = holders.flatMap((holder) =>
    holder.contracts.map((contract): DashboardContract => {
      const { first, last } = termMonths(contract);
      return {
        assessmentId: holder.id,
        assessmentName: holder.name,
        summary: contractSummary(holder, contract, asOf),
        phase: phaseOf(first, last, asOf),
        first,
        last,
        trend: evaluateContract(contract, asOf).months.slice(-TREND_MONTHS).map((m) => m.scorecard),
      };
    }),
  );
  const live = all.filter((c) => c.phase === 'live');
  const bySummary = new Map(live.map((c) => [c.summary, c]));
  return {
    live: sortByAttention(live.map((c) => c.summary)).map((s) => bySummary.get(s)!),
    upcoming: all.filter((c) => c.phase === 'upcoming').sort((a, b) => a.first - b.first || a.summary.name.localeCompare(b.summary.name)),
    ended: all.filter((c) => c.phase === 'ended').sort((a, b) => b.last - a.last || a.summary.name.localeCompare(b.summary.name)),
  };
}
