// Builders for contract tests: the SPEC §11 worked example (charges 200,000, 12 % at risk, CSAT and AHT,
// earn-back 3), so that each test states only the rows and terms that matter to it.
import { CONTRACT_DEFAULTS, type Contract, type ServiceLevel } from './contract-types';

export const WORKED_CSAT: ServiceLevel = { id: 'csat', name: 'CSAT', unit: '%', direction: 'higher', proportion: true, aggregate: 'mean', minimum: 80, expected: 85, allocationPercent: 40 };
export const WORKED_AHT: ServiceLevel = { id: 'aht', name: 'AHT', unit: 's', direction: 'lower', proportion: false, aggregate: 'mean', minimum: 420, expected: 400, allocationPercent: 60 };

/** [serviceLevelId, date, value] */
export type Row = [string, string, number];

/** January CSAT 79.5 (breach) and AHT 410 (met); February to April CSAT 85, 86, 85.2 (met-expected). */
export const WORKED_ROWS: readonly Row[] = [
  ['csat', '2027-01-31', 79.5], ['aht', '2027-01-31', 410],
  ['csat', '2027-02-28', 85], ['aht', '2027-02-28', 400],
  ['csat', '2027-03-31', 86], ['aht', '2027-03-31', 395],
  ['csat', '2027-04-30', 85.2], ['aht', '2027-04-30', 390],
];

/** The worked example's rows with one value replaced (the "had February been 84" variant). */
export function withValue(rows: readonly Row[], serviceLevelId: string, date: string, value: number): Row[] {
  return rows.map((r): Row => (r[0] === serviceLevelId && r[1] === date ? [serviceLevelId, date, value] : r));
}

/** The worked example's contract from January 2027 for 12 months, with `rows` as its measurements. */
export function workedContract(rows: readonly Row[] = WORKED_ROWS, partial: Partial<Contract> = {}): Contract {
  return {
    ...CONTRACT_DEFAULTS,
    id: 'c',
    name: 'Worked example',
    vendorId: 'v',
    start: '2027-01-01',
    months: 12,
    currency: 'EUR',
    monthlyCharges: 200_000,
    serviceLevels: [WORKED_CSAT, WORKED_AHT],
    measurements: rows.map(([serviceLevelId, date, value]) => ({ serviceLevelId, date, value })),
    reviews: [],
    ...partial,
  };
}
