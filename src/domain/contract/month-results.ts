// A month of results typed in against the results stored (SPEC §11: a service level's monthly value
// aggregates every row dated in the month, so a month typed twice would weigh twice and could turn a
// breach into a pass). The form finds the service levels that already have rows that month, and the
// person chooses to replace those rows or add beside them; nothing is counted twice without a word.
import { joinNames } from '../format';
import { formatMeasure } from '../measurement-format';
import { formatNumber, withUnit } from '../pilot-format';
import { monthName } from './money-text';
import { monthKey, monthNumber, termMonths } from './months';
import type { Contract, ContractMeasurement, ServiceLevel } from './contract-types';

/** 'replace': the month's stored rows of the service levels typed go; 'keep': both count. */
export type MonthChoice = 'replace' | 'keep';

interface MonthClash {
  serviceLevelId: string;
  /** The rows stored for it dated in the month. */
  stored: ContractMeasurement[];
}

const inMonth = (row: ContractMeasurement, month: string) => row.date.slice(0, 7) === month;

/** For each service level among `incoming` that already has rows dated in `month` (YYYY-MM), those rows. */
export function monthClashes(stored: readonly ContractMeasurement[], incoming: readonly ContractMeasurement[], month: string): MonthClash[] {
  const levels = [...new Set(incoming.map((row) => row.serviceLevelId))];
  return levels.flatMap((serviceLevelId) => {
    const rows = stored.filter((row) => row.serviceLevelId === serviceLevelId && inMonth(row, month));
    return rows.length > 0 ? [{ serviceLevelId, stored: rows }] : [];
  });
}

/** "CSAT already has 79.5 % for January 2027", or "79.5 % and 80 %" with several rows. */
export function clashText(clash: MonthClash, level: Pick<ServiceLevel, 'name' | 'unit'> | undefined, month: string): string {
  const values = joinNames(clash.stored.map((row) => formatMeasure(row.value, level?.unit ?? '')));
  return `${level?.name ?? clash.serviceLevelId} already has ${values} for ${monthName(monthNumber(month), true)}`;
}

/**
 * The contract's rows with `incoming` written for `month`: with 'replace' the rows dated in that month
 * of the service levels typed are removed first (others, and other months, stay); with 'keep' the new
 * rows are added after the stored ones. Pure, so the same change applies to the rows as stored.
 */
export function withMonthResults(stored: readonly ContractMeasurement[], month: string, incoming: readonly ContractMeasurement[], choice: MonthChoice): ContractMeasurement[] {
  if (choice === 'keep') return [...stored, ...incoming];
  const typed = new Set(incoming.map((row) => row.serviceLevelId));
  return [...stored.filter((row) => !(typed.has(row.serviceLevelId) && inMonth(row, month))), ...incoming];
}

/**
 * The month the form opens on: the last complete month, as a CX leader types last month's report,
 * held inside the term (its first month before the start, its last month after the end).
 */
export function defaultEntryMonth(contract: Pick<Contract, 'start' | 'months'>, today: string): string {
  const { first, last } = termMonths(contract);
  return monthKey(Math.max(first, Math.min(last, monthNumber(today) - 1)));
}

/** The levels agreed, beside a service level's field: "Minimum 80 %, expected 85 %, higher is better". */
export function levelsHint(level: Pick<ServiceLevel, 'unit' | 'direction' | 'minimum' | 'expected'>): string {
  const at = (x: number) => withUnit(formatNumber(x, 4), level.unit);
  return `Minimum ${at(level.minimum)}, expected ${at(level.expected)}, ${level.direction} is better`;
}

/** The rows dated in `month`, by service level: one pass over a contract's rows for the whole form. */
export function monthRowsByLevel(stored: readonly ContractMeasurement[], month: string): Map<string, ContractMeasurement[]> {
  const bySl = new Map<string, ContractMeasurement[]>();
  for (const row of stored) {
    if (!inMonth(row, month)) continue;
    const rows = bySl.get(row.serviceLevelId);
    if (rows) rows.push(row);
    else bySl.set(row.serviceLevelId, [row]);
  }
  return bySl;
}

/** "Stored for this month: 79.5 %", or '' when the service level has no row dated in it. */
export function storedHint(stored: readonly ContractMeasurement[] | Map<string, ContractMeasurement[]>, level: Pick<ServiceLevel, 'id' | 'unit'>, month: string): string {
  const rows = (stored instanceof Map ? stored : monthRowsByLevel(stored, month)).get(level.id) ?? [];
  return rows.length === 0 ? '' : `Stored for this month: ${joinNames(rows.map((row) => formatMeasure(row.value, level.unit)))}`;
}
