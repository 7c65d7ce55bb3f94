// SPEC §11, exact: for each reported month and service level, the value, the status, the credit (scaled
// to the at-risk amount when a month's credits exceed it), the credit's earn-back state, the month's
// bonus, net and balanced scorecard, and the totals. The app's contract screen, the dashboard, the QBR
// pack and the command line's `contracts` all read this one evaluation.
import { aggregateRows } from '../measurement-aggregate';
import { monthKey, monthNumber, reportedMonths, termMonths } from './months';
import type { Contract, ContractMeasurement, ServiceLevel } from './contract-types';

export type ServiceLevelStatus = 'met-expected' | 'met' | 'breach' | 'no-data';
export type CreditState = 'payable' | 'earned-back' | 'pending';

export interface ServiceLevelMonth {
  serviceLevelId: string;
  value: number | null;
  n: number | null;
  status: ServiceLevelStatus;
  /** The credit after scaling to the at-risk amount; 0 where none is due. */
  credit: number;
  creditState: CreditState | null;
  /** With earn-back: the months whose results decide it (month numbers), for the sentence that explains it. */
  earnBackMonths: number[];
}

export interface CreditSums {
  payable: number;
  earnedBack: number;
  pending: number;
}

export interface ContractMonth {
  /** Month number (months.ts); `monthKey` gives "YYYY-MM". */
  month: number;
  serviceLevels: ServiceLevelMonth[];
  credits: CreditSums;
  /** Credits before scaling added up to more than the at-risk amount: they were scaled to it. */
  capped: boolean;
  bonus: number;
  /** bonus − payable credits. */
  net: number;
  scorecard: number | null;
}

export interface ContractEvaluation {
  contractId: string;
  vendorId: string;
  /** R = monthlyCharges × atRiskPercent / 100. */
  atRisk: number;
  months: ContractMonth[];
  totals: CreditSums & { bonus: number; net: number };
}

/** "Meets" is ≥ for `higher`, ≤ for `lower` (SPEC §4, §11). */
function meets(level: Pick<ServiceLevel, 'direction'>, value: number, bar: number): boolean {
  return level.direction === 'higher' ? value >= bar : value <= bar;
}

function serviceLevelStatus(level: ServiceLevel, value: number | null): ServiceLevelStatus {
  if (value === null) return 'no-data';
  if (meets(level, value, level.expected)) return 'met-expected';
  return meets(level, value, level.minimum) ? 'met' : 'breach';
}

/** Attainment against `expected` (SPEC §4 with expected as the target), clamped to 0–1.2. */
function attainment(level: ServiceLevel, value: number): number {
  const raw = level.direction === 'higher' ? value / level.expected : value <= 0 ? 1.2 : level.expected / value;
  return Math.min(1.2, Math.max(0, raw));
}

/** Each service level's value, n and status in each month of `months`, from the rows dated in it. */
function monthlyResults(contract: Contract, months: readonly number[]): Map<number, { value: number | null; n: number | null; status: ServiceLevelStatus }[]> {
  const rowsByMonth = new Map<number, Map<string, ContractMeasurement[]>>();
  const wanted = new Set(months);
  for (const row of contract.measurements) {
    const month = monthNumber(row.date);
    if (!wanted.has(month)) continue;
    let bySl = rowsByMonth.get(month);
    if (!bySl) rowsByMonth.set(month, (bySl = new Map()));
    let rows = bySl.get(row.serviceLevelId);
    if (!rows) bySl.set(row.serviceLevelId, (rows = []));
    rows.push(row);
  }
  const results = new Map<number, { value: number | null; n: number | null; status: ServiceLevelStatus }[]>();
  for (const month of months) {
    const bySl = rowsByMonth.get(month);
    results.set(
      month,
      contract.serviceLevels.map((level) => {
        const { value, n } = aggregateRows(level.aggregate, bySl?.get(level.id) ?? []);
        return { value, n, status: serviceLevelStatus(level, value) };
      }),
    );
  }
  return results;
}

/** The earn-back state of a credit of service level `index` in `month` (SPEC §11). */
function creditState(contract: Contract, index: number, month: number, results: ReturnType<typeof monthlyResults>): CreditState {
  const e = contract.earnBackMonths;
  if (e === 0) return 'payable';
  if (month + e > termMonths(contract).last) return 'payable'; // the term ends before M + E
  for (let later = month + 1; later <= month + e; later++) {
    const reported = results.get(later);
    if (!reported) return 'pending'; // reported months run without a gap from the start: none after this one either
    if (reported[index].status !== 'met-expected') return 'payable';
  }
  return 'earned-back';
}

export function evaluateContract(contract: Contract, asOf: string): ContractEvaluation {
  const atRisk = (contract.monthlyCharges * contract.atRiskPercent) / 100;
  const months = reportedMonths(contract, asOf);
  const results = monthlyResults(contract, months);
  const allocated = contract.serviceLevels.filter((level) => level.allocationPercent > 0);
  const totals = { payable: 0, earnedBack: 0, pending: 0, bonus: 0, net: 0 };
  const evaluated = months.map((month): ContractMonth => {
    const row = results.get(month)!;
    const raw = contract.serviceLevels.map((level, i) => {
      const missed = row[i].status === 'breach' || (row[i].status === 'no-data' && contract.missingDataIsMiss);
      return level.allocationPercent > 0 && missed ? (atRisk * level.allocationPercent) / 100 : 0;
    });
    const rawTotal = raw.reduce((s, c) => s + c, 0);
    const capped = rawTotal > atRisk;
    const credits: CreditSums = { payable: 0, earnedBack: 0, pending: 0 };
    const serviceLevels = contract.serviceLevels.map((level, i): ServiceLevelMonth => {
      const credit = capped ? (raw[i] * atRisk) / rawTotal : raw[i];
      const state = credit > 0 ? creditState(contract, i, month, results) : null;
      if (state === 'payable') credits.payable += credit;
      else if (state === 'earned-back') credits.earnedBack += credit;
      else if (state === 'pending') credits.pending += credit;
      const decidedBy = state && contract.earnBackMonths > 0 ? Array.from({ length: contract.earnBackMonths }, (_, k) => month + 1 + k) : [];
      return { serviceLevelId: level.id, value: row[i].value, n: row[i].n, status: row[i].status, credit, creditState: state, earnBackMonths: decidedBy };
    });
    const bonusEarned = contract.bonusPercent > 0 && allocated.length > 0 && contract.serviceLevels.every((level, i) => level.allocationPercent === 0 || row[i].status === 'met-expected');
    const bonus = bonusEarned ? (contract.monthlyCharges * contract.bonusPercent) / 100 : 0;
    let weight = 0;
    let weighted = 0;
    contract.serviceLevels.forEach((level, i) => {
      const value = row[i].value;
      if (level.allocationPercent <= 0 || value === null) return;
      weight += level.allocationPercent;
      weighted += level.allocationPercent * attainment(level, value);
    });
    const net = bonus - credits.payable;
    totals.payable += credits.payable;
    totals.earnedBack += credits.earnedBack;
    totals.pending += credits.pending;
    totals.bonus += bonus;
    totals.net += net;
    return { month, serviceLevels, credits, capped, bonus, net, scorecard: weight > 0 ? (100 * weighted) / weight : null };
  });
  return { contractId: contract.id, vendorId: contract.vendorId, atRisk, months: evaluated, totals };
}

/** The `contracts` command's JSON of one contract (SPEC §11), months as "YYYY-MM". */
export function contractReport(evaluation: ContractEvaluation) {
  return {
    contractId: evaluation.contractId,
    vendorId: evaluation.vendorId,
    atRisk: evaluation.atRisk,
    months: evaluation.months.map((m) => ({
      month: monthKey(m.month),
      serviceLevels: m.serviceLevels.map((s) => ({ serviceLevelId: s.serviceLevelId, value: s.value, n: s.n, status: s.status, credit: s.credit, creditState: s.creditState })),
      credits: { ...m.credits },
      bonus: m.bonus,
      net: m.net,
      scorecard: m.scorecard,
    })),
    totals: { ...evaluation.totals },
  };
}
