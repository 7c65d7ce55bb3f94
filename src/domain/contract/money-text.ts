// What a contract's money means, in sentences a procurement director reads (SPEC §11): how much is at
// risk and who carries it, why a month's credits were capped, and why each credit is payable, earned back
// or still pending. Amounts in the contract's currency; cents only where an amount has them.
import { formatMoney, formatNumber, joinNames } from '../format';
import { valueText, withUnit, type Tone } from '../pilot-format';
import type { ContractEvaluation, CreditState, ServiceLevelStatus } from './evaluate';
import { termMonths } from './months';
import type { Contract, ServiceLevel } from './contract-types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month number (months.ts) as "January", or "January 2027" with its year. */
export function monthName(month: number, withYear = false): string {
  const name = MONTHS[((month % 12) + 12) % 12];
  return withYear ? `${name} ${Math.floor(month / 12)}` : name;
}

/** "€24,000", "€13,714.29": to the cent, the cents left out when there are none. */
export function moneyText(amount: number, currency: string): string {
  const cents = Math.round(amount * 100) / 100;
  return formatMoney(Object.is(cents, -0) ? 0 : cents, currency, Number.isInteger(cents));
}

const percent = (x: number) => `${formatNumber(x, 2)} %`;

/** A service level's level as agreed, with its unit: "85 %", "400 s", "5.5/7". */
const level = (sl: ServiceLevel, bar: number) => withUnit(formatNumber(bar, 4), sl.unit);

/**
 * "Up to €24,000 a month is at risk (12 % of €200,000); CSAT carries 40 % (€9,600), AHT 60 % (€14,400)."
 * Key measures are named as reported, never credited; allocations above 100 % are said to be capped.
 */
export function atRiskSentence(contract: Contract): string {
  const money = (x: number) => moneyText(x, contract.currency);
  const atRisk = (contract.monthlyCharges * contract.atRiskPercent) / 100;
  const allocated = contract.serviceLevels.filter((s) => s.allocationPercent > 0);
  const keys = contract.serviceLevels.filter((s) => s.allocationPercent <= 0).map((s) => s.name);
  const share = (s: ServiceLevel) => `${percent(s.allocationPercent)}${allocated.length === 1 ? ' of it' : ''} (${money((atRisk * s.allocationPercent) / 100)})`;
  const parts = [`Up to ${money(atRisk)} a month is at risk (${percent(contract.atRiskPercent)} of ${money(contract.monthlyCharges)})`];
  if (allocated.length === 0) parts.push('no service level carries any of it yet');
  else parts.push(allocated.map((s, i) => `${s.name}${i === 0 ? ' carries' : ''} ${share(s)}`).join(', '));
  if (keys.length > 0) parts.push(`${joinNames(keys)} ${keys.length === 1 ? 'is' : 'are'} reported, never credited`);
  const total = allocated.reduce((s, sl) => s + sl.allocationPercent, 0);
  if (total > 100) parts.push(`the allocations add up to ${percent(total)}, so a month's credits are capped at ${money(atRisk)}`);
  return `${parts.join('; ')}.`;
}

/**
 * Why a month's credits are less than their allocations add up to (SPEC §11: scaled in proportion to
 * the amount at risk), or null when the month was not capped.
 */
export function capSentence(month: number, evaluation: ContractEvaluation, contract: Contract): string | null {
  const result = evaluation.months.find((m) => m.month === month);
  if (!result?.capped) return null;
  const money = (x: number) => moneyText(x, contract.currency);
  const credited = contract.serviceLevels.flatMap((sl, i) => (result.serviceLevels[i].credit > 0 ? [{ sl, credit: result.serviceLevels[i].credit, due: (evaluation.atRisk * sl.allocationPercent) / 100 }] : []));
  const due = credited.reduce((s, c) => s + c.due, 0);
  const each = credited.map((c) => `${c.sl.name} ${money(c.credit)} (of ${money(c.due)})`).join(', ');
  return `Credits capped at the ${money(evaluation.atRisk)} at risk: ${money(due)} was due, so each credit is scaled by ${formatNumber(evaluation.atRisk, 2)}/${formatNumber(due, 2)}: ${each}.`;
}

/**
 * Why a credit is payable, earned back or pending (SPEC §11 earn-back), or null where the service level
 * earned no credit in that month. Months carry their year when the earn-back months reach into the next.
 */
export function creditSentence(month: number, serviceLevelId: string, evaluation: ContractEvaluation, contract: Contract): string | null {
  const index = contract.serviceLevels.findIndex((s) => s.id === serviceLevelId);
  const cell = evaluation.months.find((m) => m.month === month)?.serviceLevels[index];
  if (!cell || cell.credit <= 0 || cell.creditState === null) return null;
  const sl = contract.serviceLevels[index];
  const decidingMonths = cell.earnBackMonths;
  const withYear = decidingMonths.length > 0 && Math.floor(decidingMonths[decidingMonths.length - 1] / 12) !== Math.floor(month / 12);
  const name = (m: number) => monthName(m, withYear);
  const names = (ms: readonly number[]) => joinNames(ms.map(name));
  const head = `${name(month)}'s ${sl.name} credit of ${moneyText(cell.credit, contract.currency)}`;
  const expected = level(sl, sl.expected);
  if (contract.earnBackMonths === 0) return `${head} is payable: this contract has no earn-back.`;
  if (cell.creditState === 'earned-back') return `${head} was earned back: ${sl.name} met ${expected} in ${names(decidingMonths)}.`;
  const later = decidingMonths.map((m) => ({ m, result: evaluation.months.find((r) => r.month === m)?.serviceLevels[index] }));
  if (cell.creditState === 'payable') {
    const missed = later.find(({ result }) => result && result.status !== 'met-expected');
    if (missed?.result) {
      const { value } = missed.result;
      if (value === null) return `${head} is payable: ${sl.name} has no results for ${name(missed.m)}, so it did not meet the expected ${expected}.`;
      const shown = valueText(value, { unit: sl.unit, threshold: sl.minimum, target: sl.expected });
      return `${head} is payable: ${sl.name} was ${shown} in ${name(missed.m)}, ${sl.direction === 'higher' ? 'below' : 'above'} the expected ${expected}.`;
    }
    const span = decidingMonths.length === 1 ? 'month' : `${decidingMonths.length} months`;
    return `${head} is payable: the term ends in ${monthName(termMonths(contract).last, true)}, before the ${span} that could earn it back.`;
  }
  const met = later.filter(({ result }) => result).map(({ m }) => m);
  const open = later.filter(({ result }) => !result).map(({ m }) => m);
  const until = `${head} is pending until ${monthName(decidingMonths[decidingMonths.length - 1], true)}`;
  if (met.length === 0) return `${until}: ${sl.name} must meet ${expected} in ${names(open)}.`;
  return `${until}: ${sl.name} met ${expected} in ${names(met)} and must meet it in ${names(open)} too.`;
}

export const SERVICE_LEVEL_STATUS: Record<ServiceLevelStatus, { text: string; tone: Tone; icon: string }> = {
  'met-expected': { text: 'Exceeds expected', tone: 'ok', icon: '★' },
  met: { text: 'Met', tone: 'info', icon: '✓' },
  breach: { text: 'Breach', tone: 'danger', icon: '✕' },
  'no-data': { text: 'No data', tone: 'neutral', icon: '–' },
};

/** A month's status of a service level as a word (SPEC §8: never a colour alone). */
export function statusWords(status: ServiceLevelStatus): string {
  return SERVICE_LEVEL_STATUS[status].text;
}

export const CREDIT_STATE_WORDS: Record<CreditState, string> = { payable: 'Payable', 'earned-back': 'Earned back', pending: 'Pending' };

/** The label of the month under way: shown, never credited (SPEC §11). */
export const MONTH_IN_PROGRESS = 'Month in progress';
