// The semantic rules of a contract (SPEC §11 "Semantic rules on import") that the JSON schema cannot
// express, as pure predicates: each returns the problems keyed by the field they belong to, so the
// importer (exchange/contract-structure.ts) can put them at a path and the app's contract form beside
// its field, in the same words.
import type { Contract, ServiceLevel } from './contract-types';

/**
 * Largest monthly charges (SPEC §11 "all numbers finite"): credits, bonuses and their totals are sums of
 * shares of this amount over the term, and with at most 10^12 a month they stay exact to the cent and
 * far from overflow however long an open-ended contract runs.
 */
export const MAX_MONTHLY_CHARGES = 1_000_000_000_000;

/** "YYYY-MM": the month a review action is about. */
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

type ServiceLevelProblems = Partial<Record<'expected', string>>;
type ContractProblems = Partial<Record<'start' | 'serviceLevels', string>>;

type Levels = Pick<ServiceLevel, 'direction' | 'minimum' | 'expected' | 'allocationPercent'>;

/**
 * `expected` is equal to `minimum` or on its better side; an allocated higher-is-better service level
 * has `expected` > 0 (its scorecard attainment is value ÷ expected, SPEC §11).
 */
export function serviceLevelProblems(level: Levels): ServiceLevelProblems {
  const { direction, minimum, expected } = level;
  if (direction === 'higher' && expected < minimum) {
    return { expected: `must be ≥ minimum ${minimum} for a higher-is-better service level` };
  }
  if (direction === 'lower' && expected > minimum) {
    return { expected: `must be ≤ minimum ${minimum} for a lower-is-better service level` };
  }
  if (direction === 'higher' && level.allocationPercent > 0 && expected <= 0) {
    return { expected: `must be greater than 0 for a higher-is-better service level with an allocation (got ${expected})` };
  }
  return {};
}

/** `start` (a real YYYY-MM-DD date) is the first day of its month. */
export function isMonthStart(date: string): boolean {
  return date.slice(8, 10) === '01';
}

/** A "YYYY-MM" month. */
export function isMonth(text: string): boolean {
  return MONTH_PATTERN.test(text);
}

/**
 * The allocations of a contract's service levels added up (percent of the at-risk amount), to 12
 * significant digits: 33.3 + 33.3 + 33.4 is 100, not 100.00000000000001, against a pool of 100.
 */
export function allocationTotal(levels: readonly Pick<ServiceLevel, 'allocationPercent'>[]): number {
  return Number(levels.reduce((sum, level) => sum + level.allocationPercent, 0).toPrecision(12));
}

/** `start` is the first day of a month; the allocations add up to at most `poolPercent`. */
export function contractProblems(
  contract: Pick<Contract, 'start' | 'poolPercent'> & { serviceLevels: readonly Pick<ServiceLevel, 'allocationPercent'>[] },
): ContractProblems {
  const problems: ContractProblems = {};
  if (!isMonthStart(contract.start)) {
    problems.start = `${contract.start} is not the first day of a month: a contract starts on the 1st (e.g. ${contract.start.slice(0, 8)}01)`;
  }
  const total = allocationTotal(contract.serviceLevels);
  if (total > contract.poolPercent) {
    problems.serviceLevels = `the allocations add up to ${total} %, more than the pool of ${contract.poolPercent} % (poolPercent)`;
  }
  return problems;
}
