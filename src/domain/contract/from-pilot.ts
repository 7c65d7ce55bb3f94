// A contract drafted from a pilot that went GO (SPEC §11): each pilot KPI becomes a service level whose
// committed minimum is the KPI's threshold and whose expected level is its target, and the KPI weights
// become the allocations of the amount at risk. The buyer edits every figure before signing.
import { uniqueId } from '../ids';
import type { Kpi, Pilot, Vendor } from '../types';
import { monthKey, monthNumber } from './months';
import { CONTRACT_DEFAULTS, type Contract, type ServiceLevel } from './contract-types';

/** What a service level needs of a KPI: a pilot KPI or an entry of the KPI library (kpi-library.ts). */
type KpiSource = Pick<Kpi, 'id' | 'name' | 'unit' | 'direction' | 'proportion' | 'aggregate' | 'threshold' | 'target'>;

/**
 * A key measure (allocation 0: reported, never credited) from a KPI, for "add from the KPI library":
 * minimum = threshold, expected = target. Its id is the KPI's, made unique against `taken`.
 */
export function serviceLevelFromKpi(kpi: KpiSource, taken: Iterable<string> = []): ServiceLevel {
  const used = new Set(taken);
  return {
    id: used.has(kpi.id) ? uniqueId(kpi.id, used) : kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    proportion: kpi.proportion,
    aggregate: kpi.aggregate,
    minimum: kpi.threshold,
    expected: kpi.target,
    allocationPercent: 0,
  };
}

/**
 * Each weight's share of 100 %, to 2 decimals, adding up to exactly 100 (largest remainder: the
 * hundredths lost to rounding down go to the largest fractions, the earlier one on a tie), so a contract
 * drafted from weights 1, 1, 1 allocates 33.34, 33.33 and 33.33, not 99.99 in all. All zero → all 0.
 */
export function allocationsFromWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (Math.max(0, w) * 10_000) / total); // in hundredths of a percent
  const units = exact.map((x) => Math.floor(x + 1e-9));
  let left = 10_000 - units.reduce((s, u) => s + u, 0);
  const byRemainder = exact.map((x, i) => ({ i, rest: x - units[i] })).filter(({ i }) => weights[i] > 0).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    units[i]++;
    left--;
  }
  return units.map((u) => u / 100);
}

interface FromPilotOptions {
  id: string;
  /** The fees credits are a share of: the caller asks for them, a pilot does not know them. */
  monthlyCharges: number;
  /** The start month, "YYYY-MM" or any day in it; default: the month after the pilot's end. */
  start?: string;
  /** Term in months; absent = open-ended. */
  months?: number;
}

/** The first day of the month `date` ("YYYY-MM" or "YYYY-MM-DD") falls in, plus `later` months. */
function firstOfMonth(date: string, later = 0): string {
  return `${monthKey(monthNumber(date) + later)}-01`;
}

export function contractFromPilot(pilot: Pilot, vendor: Pick<Vendor, 'id' | 'name' | 'price'>, options: FromPilotOptions): Contract {
  const allocations = allocationsFromWeights(pilot.kpis.map((k) => k.weight));
  return {
    id: options.id,
    name: `${vendor.name} contract`,
    vendorId: vendor.id,
    pilotId: pilot.id,
    start: options.start === undefined ? firstOfMonth(pilot.end, 1) : firstOfMonth(options.start),
    ...(options.months === undefined ? {} : { months: options.months }),
    currency: vendor.price?.currency ?? 'EUR',
    monthlyCharges: options.monthlyCharges,
    ...CONTRACT_DEFAULTS,
    serviceLevels: pilot.kpis.map((kpi, i) => ({ ...serviceLevelFromKpi(kpi), allocationPercent: allocations[i], kpiId: kpi.id })),
    measurements: [],
    reviews: [],
  };
}
