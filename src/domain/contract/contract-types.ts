// A contract after a GO (SPEC §11): service levels with credits, earn-back and bonus, monthly results
// and reviews with actions. Stored in `assessment.contracts` (file format version 2).
import type { KpiAggregate, KpiDirection } from '../measure-kinds';

export interface ServiceLevel {
  id: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  proportion: boolean;
  aggregate: KpiAggregate;
  /** The committed level: a month below it (on the worse side) is a breach. */
  minimum: number;
  /** The level the parties aim for: equal to `minimum` or on its better side. */
  expected: number;
  /** Share of the at-risk amount, 0–100; 0 = a key measure, reported and never credited. */
  allocationPercent: number;
  /** The pilot KPI it came from. */
  kpiId?: string;
}

export interface ContractMeasurement {
  serviceLevelId: string;
  /** YYYY-MM-DD */
  date: string;
  value: number;
  n?: number;
  note?: string;
}

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ReviewAction {
  id: string;
  text: string;
  owner?: string;
  /** YYYY-MM-DD */
  due?: string;
  status: ActionStatus;
  /** The service level and month (YYYY-MM) it is about, when it is about one. */
  serviceLevelId?: string;
  month?: string;
}

export const REVIEW_KINDS = ['weekly', 'monthly', 'quarterly'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export interface Review {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  kind: ReviewKind;
  title?: string;
  attendees?: string;
  notes?: string;
  actions: ReviewAction[];
}

export interface Contract {
  id: string;
  name: string;
  vendorId: string;
  pilotId?: string;
  /** The first day of the start month, YYYY-MM-01. */
  start: string;
  /** Term in months (≥ 1); absent = open-ended. */
  months?: number;
  /** ISO 4217 */
  currency: string;
  /** The fees credits and bonuses are a share of (> 0). */
  monthlyCharges: number;
  /** 0 < a ≤ 100. */
  atRiskPercent: number;
  /** The most the allocations may add up to. */
  poolPercent: number;
  /** 0–12; 0 = no earn-back. */
  earnBackMonths: number;
  /** 0–100; 0 = no bonus. */
  bonusPercent: number;
  /** A month without data for an allocated service level is a miss (credited). */
  missingDataIsMiss: boolean;
  serviceLevels: ServiceLevel[];
  measurements: ContractMeasurement[];
  reviews: Review[];
}

/** SPEC §11 defaults of a new contract's terms. */
export const CONTRACT_DEFAULTS = {
  atRiskPercent: 12,
  poolPercent: 250,
  earnBackMonths: 3,
  bonusPercent: 0,
  missingDataIsMiss: true,
} as const;
