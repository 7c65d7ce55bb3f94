// Edits of a contract's service levels and terms as the user makes them on its screen (SPEC §11). Every
// edit is checked by the importer's rules (rules.ts) plus the schema's limits, so what the screen
// accepts always survives export → import; a refused edit says why in plain words, naming the numbers.
import { MEASUREMENT_LIMIT } from '../bounds';
import { formatNumber } from '../format';
import { withUnit } from '../pilot-format';
import { uniqueId } from '../ids';
import { allocationTotal, MAX_MONTHLY_CHARGES } from './rules';
import type { Contract, ServiceLevel } from './contract-types';

export type Edited<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = <T>(error: string): Edited<T> => ({ ok: false, error });

/** SPEC §11: expected on the better side of minimum, and > 0 when allocated and higher-is-better. */
function levelError(level: ServiceLevel): string | null {
  const shown = (x: number) => withUnit(formatNumber(x, 4), level.unit);
  if (level.direction === 'higher' && level.expected < level.minimum) return `For a higher-is-better service level the expected level (${shown(level.expected)}) must be at or above the minimum (${shown(level.minimum)}).`;
  if (level.direction === 'lower' && level.expected > level.minimum) return `For a lower-is-better service level the expected level (${shown(level.expected)}) must be at or below the minimum (${shown(level.minimum)}).`;
  if (level.direction === 'higher' && level.allocationPercent > 0 && level.expected <= 0) return 'A higher-is-better service level that carries credits needs an expected level above 0.';
  return null;
}

function poolError(contract: Pick<Contract, 'poolPercent' | 'serviceLevels'>): string | null {
  const total = allocationTotal(contract.serviceLevels);
  return total > contract.poolPercent ? `The allocations would add up to ${formatNumber(total, 2)} %, more than the pool of ${formatNumber(contract.poolPercent, 2)} %.` : null;
}

/** The contract with service level `id` changed by `patch`, or why not. */
export function editServiceLevel(contract: Contract, id: string, patch: Partial<Omit<ServiceLevel, 'id'>>): Edited<Contract> {
  const at = contract.serviceLevels.findIndex((s) => s.id === id);
  if (at < 0) return fail('This service level was removed meanwhile.');
  const level = { ...contract.serviceLevels[at], ...patch };
  const name = level.name.trim();
  if (name === '') return fail('Enter a name.');
  if ([...name].length > 200) return fail('Use at most 200 characters.');
  if (contract.serviceLevels.some((s) => s.id !== id && s.name.trim().toLowerCase() === name.toLowerCase())) return fail(`Another service level is already called “${name}”.`);
  if ([...level.unit].length > 20) return fail('Use at most 20 characters for the unit.');
  for (const key of ['minimum', 'expected'] as const) {
    if (!Number.isFinite(level[key]) || Math.abs(level[key]) > MEASUREMENT_LIMIT) return fail(`The ${key} level must be a number.`);
  }
  if (!(level.allocationPercent >= 0 && level.allocationPercent <= 100)) return fail('The allocation is a share of the amount at risk from 0 to 100 %.');
  const error = levelError(level);
  if (error) return fail(error);
  const serviceLevels = contract.serviceLevels.map((s, i) => (i === at ? { ...level, name } : s));
  const pool = poolError({ poolPercent: contract.poolPercent, serviceLevels });
  return pool ? fail(pool) : { ok: true, value: { ...contract, serviceLevels } };
}

/** The contract with `level` added last (a fresh id), or why not. */
export function addServiceLevel(contract: Contract, level: ServiceLevel): Edited<Contract> {
  const id = uniqueId(level.id, contract.serviceLevels.map((s) => s.id), 'service-level');
  let name = level.name;
  for (let k = 2; contract.serviceLevels.some((s) => s.name.toLowerCase() === name.toLowerCase()); k++) name = `${level.name} (${k})`;
  const added = { ...contract, serviceLevels: [...contract.serviceLevels, { ...level, id, name }] };
  return editServiceLevel(added, id, {});
}

/** The contract with service level `id` moved one place up (-1) or down (+1). */
export function moveServiceLevel(contract: Contract, id: string, by: -1 | 1): Contract {
  const at = contract.serviceLevels.findIndex((s) => s.id === id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= contract.serviceLevels.length) return contract;
  const serviceLevels = [...contract.serviceLevels];
  [serviceLevels[at], serviceLevels[to]] = [serviceLevels[to], serviceLevels[at]];
  return { ...contract, serviceLevels };
}

/** The contract without service level `id` and its results. */
export function removeServiceLevel(contract: Contract, id: string): Contract {
  return {
    ...contract,
    serviceLevels: contract.serviceLevels.filter((s) => s.id !== id),
    measurements: contract.measurements.filter((m) => m.serviceLevelId !== id),
  };
}

export type TermsPatch = Partial<Pick<Contract, 'name' | 'start' | 'months' | 'currency' | 'monthlyCharges' | 'atRiskPercent' | 'poolPercent' | 'earnBackMonths' | 'bonusPercent' | 'missingDataIsMiss'>>;

/** The contract with its terms changed, or why not (SPEC §11 ranges and the schema's limits). */
export function editTerms(contract: Contract, patch: TermsPatch): Edited<Contract> {
  const next = { ...contract, ...patch };
  if ('months' in patch && patch.months === undefined) delete next.months;
  if (next.name.trim() === '') return fail('Enter a name.');
  if (!/^\d{4}-(0[1-9]|1[0-2])-01$/.test(next.start)) return fail('A contract starts on the first day of a month.');
  if (next.months !== undefined && !(Number.isInteger(next.months) && next.months >= 1 && next.months <= 240)) return fail('The term is a whole number of months from 1 to 240 (empty: open-ended).');
  if (!/^[A-Z]{3}$/.test(next.currency)) return fail('Use the 3-letter currency code, e.g. EUR.');
  if (!(next.monthlyCharges > 0 && next.monthlyCharges <= MAX_MONTHLY_CHARGES)) return fail('The monthly charges are an amount above 0.');
  if (!(next.atRiskPercent > 0 && next.atRiskPercent <= 100)) return fail('The share at risk is above 0 and at most 100 %.');
  if (!(next.poolPercent >= 0 && next.poolPercent <= 10_000)) return fail('The pool is from 0 to 10,000 %.');
  if (!(Number.isInteger(next.earnBackMonths) && next.earnBackMonths >= 0 && next.earnBackMonths <= 12)) return fail('Earn-back is a whole number of months from 0 (none) to 12.');
  if (!(next.bonusPercent >= 0 && next.bonusPercent <= 100)) return fail('The bonus is from 0 (none) to 100 % of the charges.');
  const pool = poolError(next);
  return pool ? fail(pool) : { ok: true, value: { ...next, name: next.name.trim() } };
}
