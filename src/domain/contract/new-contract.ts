// Starting a contract (SPEC §11): from a pilot that ended in GO (its KPIs become the service levels) or
// from scratch, with the terms the buyer must give (the monthly charges) and sensible defaults for the rest.
import { loggedOutcome } from '../decision-log';
import { uniqueId } from '../ids';
import type { Assessment, Pilot, Vendor } from '../types';
import { contractFromPilot } from './from-pilot';
import { monthKey, monthNumber } from './months';
import { CONTRACT_DEFAULTS, type Contract } from './contract-types';

/** The pilots a contract can come from: those whose latest logged decision is GO, the most recent pilot first. */
export function goPilots(a: Pick<Assessment, 'pilots'>): Pilot[] {
  return a.pilots.filter((p) => loggedOutcome(p) === 'go').sort((x, y) => y.end.localeCompare(x.end));
}

/**
 * The first month a new contract can start: the month after the pilot ended, but never a month already
 * over (a start in the past would judge months nobody reported yet, and credit them as missing data).
 */
export function defaultStartMonth(today: string, pilotEnd?: string): string {
  const next = monthNumber(today) + 1;
  return monthKey(pilotEnd === undefined ? next : Math.max(next, monthNumber(pilotEnd) + 1));
}

interface NewContractTerms {
  name: string;
  /** "YYYY-MM" */
  startMonth: string;
  /** Term in months; undefined = open-ended. */
  months?: number;
  currency: string;
  monthlyCharges: number;
}

/** The new contract: the pilot's KPIs as service levels (contractFromPilot), or none for one from scratch. */
export function newContract(a: Pick<Assessment, 'contracts'>, source: { pilot: Pilot; vendor: Vendor } | { vendor: Vendor }, terms: NewContractTerms): Contract {
  const id = uniqueId(terms.name, a.contracts.map((c) => c.id), 'contract');
  const start = `${terms.startMonth}-01`;
  const base: Contract =
    'pilot' in source
      ? contractFromPilot(source.pilot, source.vendor, { id, monthlyCharges: terms.monthlyCharges, start })
      : { id, name: '', vendorId: source.vendor.id, start, currency: terms.currency, monthlyCharges: terms.monthlyCharges, ...CONTRACT_DEFAULTS, serviceLevels: [], measurements: [], reviews: [] };
  const { months: _m, ...rest } = base;
  return { ...rest, name: terms.name.trim(), start, currency: terms.currency, ...(terms.months === undefined ? {} : { months: terms.months }) };
}
