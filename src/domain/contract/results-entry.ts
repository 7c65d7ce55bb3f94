// A month's results typed for all service levels at once (SPEC §11: a service level's monthly value is
// the aggregate of the rows dated in the month). Numbers are read as pilot measurements are
// (measurement-entry.ts: a point or a comma, within the same bounds; n a positive whole number), so a
// row typed here is one the importer would accept.
import { parseDecimal, parseSampleSize } from '../measurement-entry';
import { monthNumber, termMonths } from './months';
import { isMonth } from './rules';
import type { Contract, ContractMeasurement } from './contract-types';

export interface ResultInput {
  value: string;
  n: string;
  note: string;
}

export type ResultErrors = { value?: string; n?: string };

interface MonthEntry {
  /** One row per service level with a value, dated the first of the month, in the contract's order. */
  rows: ContractMeasurement[];
  /** Per service level id, what is wrong with its line. */
  errors: Record<string, ResultErrors>;
  /** What is wrong with the month itself. */
  monthError?: string;
  /** Nothing wrong, but nothing to save either. */
  message?: string;
}

/**
 * The rows a month's form saves. A line left empty is skipped; any wrong line stops the whole month
 * (saved at once or not at all, as the pilot's weekly form does), and a note without a value is wrong
 * rather than dropped, so nothing typed is lost.
 */
export function monthEntryRows(contract: Pick<Contract, 'serviceLevels'>, month: string, inputs: Readonly<Record<string, ResultInput>>): MonthEntry {
  const errors: Record<string, ResultErrors> = {};
  const rows: ContractMeasurement[] = [];
  const monthError = isMonth(month.trim()) ? undefined : `"${month.trim()}" is not a month (YYYY-MM).`;
  for (const level of contract.serviceLevels) {
    const input = inputs[level.id];
    if (!input || (input.value.trim() === '' && input.n.trim() === '' && input.note.trim() === '')) continue;
    const value = parseDecimal(input.value);
    const n = parseSampleSize(input.n);
    if ('error' in value || 'error' in n) {
      const lineErrors: ResultErrors = {};
      if ('error' in value) lineErrors.value = input.value.trim() === '' ? `Enter ${level.name}'s value, or clear its n and note to skip it.` : value.error;
      if ('error' in n) lineErrors.n = n.error;
      errors[level.id] = lineErrors;
      continue;
    }
    const row: ContractMeasurement = { serviceLevelId: level.id, date: `${month.trim()}-01`, value: value.value };
    if (n.value !== undefined) row.n = n.value;
    const note = input.note.trim();
    if (note) row.note = note;
    rows.push(row);
  }
  if (monthError || Object.keys(errors).length > 0) return { rows: [], errors, ...(monthError ? { monthError } : {}) };
  if (rows.length === 0) return { rows, errors, message: 'Enter at least one value: empty service levels are skipped.' };
  return { rows, errors };
}

/** True when `date` (YYYY-MM-DD or YYYY-MM) falls before the contract's start or after its term. */
export function isOutsideTerm(contract: Pick<Contract, 'start' | 'months'>, date: string): boolean {
  const { first, last } = termMonths(contract);
  const month = monthNumber(date);
  return month < first || month > last;
}
