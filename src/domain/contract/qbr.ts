// The quarterly business review pack (SPEC §11): a calendar quarter's months with every service level's
// result and credit, the quarter's money, the reviews held and the actions opened and closed, and the
// pilot's decision log the contract came from. Data only: the pack's screen writes the words.
import type { Assessment, Decision } from '../types';
import { evaluateContract, type ContractMonth, type CreditState, type CreditSums } from './evaluate';
import { monthNumber, reportedMonths } from './months';
import type { Contract, Review, ReviewAction } from './contract-types';

export interface Quarter {
  year: number;
  /** 1–4 */
  quarter: number;
  /** "Q1 2027" */
  label: string;
  /** Its first and last month (month numbers, months.ts). */
  first: number;
  last: number;
}

function quarterOf(month: number): Quarter {
  const year = Math.floor(month / 12);
  const quarter = Math.floor((month % 12) / 3) + 1;
  const first = year * 12 + (quarter - 1) * 3;
  return { year, quarter, label: `Q${quarter} ${year}`, first, last: first + 2 };
}

/** The calendar quarters with at least one reported month as of `asOf`, the latest first. */
export function quartersOf(contract: Contract, asOf: string): Quarter[] {
  const quarters: Quarter[] = [];
  for (const month of reportedMonths(contract, asOf).reverse()) {
    if (quarters.at(-1)?.first !== quarterOf(month).first) quarters.push(quarterOf(month));
  }
  return quarters;
}

export interface QbrCredit {
  month: number;
  serviceLevelId: string;
  credit: number;
  creditState: CreditState;
  /** With earn-back: the months that decide it. */
  earnBackMonths: number[];
}

export interface QbrAction {
  action: ReviewAction;
  reviewId: string;
  /** The date of the review that recorded it. */
  reviewDate: string;
}

export interface QbrData {
  quarter: Quarter;
  atRisk: number;
  /** The quarter's reported months (a quarter in progress has fewer than three). */
  months: ContractMonth[];
  totals: CreditSums & { bonus: number; net: number };
  /** The mean of the months' scorecards that have one; null when none has. */
  scorecard: number | null;
  /** Every credit of the quarter's months, with its earn-back state as of the day asked about. */
  credits: QbrCredit[];
  /** Credits of any month whose earn-back was completed by a month of this quarter. */
  earnedBack: QbrCredit[];
  /** Reviews dated in the quarter, by date. */
  reviews: Review[];
  /** Actions of the reviews held in the quarter. */
  actionsOpened: QbrAction[];
  /** Actions done or dropped, of the reviews held up to the quarter's end. */
  actionsClosed: QbrAction[];
  /** The decision log of the pilot the contract came from (empty without one). */
  decisions: Decision[];
}

function creditsOf(months: readonly ContractMonth[]): QbrCredit[] {
  return months.flatMap((m) =>
    m.serviceLevels.flatMap((s) => (s.credit > 0 && s.creditState !== null ? [{ month: m.month, serviceLevelId: s.serviceLevelId, credit: s.credit, creditState: s.creditState, earnBackMonths: s.earnBackMonths }] : [])),
  );
}

export function qbrData(assessment: Pick<Assessment, 'pilots'>, contract: Contract, quarter: Quarter, asOf: string): QbrData {
  const evaluation = evaluateContract(contract, asOf);
  const inQuarter = (month: number) => month >= quarter.first && month <= quarter.last;
  const months = evaluation.months.filter((m) => inQuarter(m.month));
  const totals = { payable: 0, earnedBack: 0, pending: 0, bonus: 0, net: 0 };
  for (const m of months) {
    totals.payable += m.credits.payable;
    totals.earnedBack += m.credits.earnedBack;
    totals.pending += m.credits.pending;
    totals.bonus += m.bonus;
    totals.net += m.net;
  }
  const scores = months.flatMap((m) => (m.scorecard === null ? [] : [m.scorecard]));
  const earnedBack = creditsOf(evaluation.months).filter((c) => c.creditState === 'earned-back' && inQuarter(c.earnBackMonths[c.earnBackMonths.length - 1]));
  const reviews = contract.reviews.filter((r) => inQuarter(monthNumber(r.date))).sort((a, b) => a.date.localeCompare(b.date));
  const actionsOf = (rs: readonly Review[]) => rs.flatMap((r) => r.actions.map((action) => ({ action, reviewId: r.id, reviewDate: r.date })));
  const upToEnd = contract.reviews.filter((r) => monthNumber(r.date) <= quarter.last).sort((a, b) => a.date.localeCompare(b.date));
  return {
    quarter,
    atRisk: evaluation.atRisk,
    months,
    totals,
    scorecard: scores.length > 0 ? scores.reduce((s, x) => s + x, 0) / scores.length : null,
    credits: creditsOf(months),
    earnedBack,
    reviews,
    actionsOpened: actionsOf(reviews),
    actionsClosed: actionsOf(upToEnd).filter(({ action }) => action.status !== 'open'),
    decisions: [...(assessment.pilots.find((p) => p.id === contract.pilotId)?.decisions ?? [])],
  };
}
