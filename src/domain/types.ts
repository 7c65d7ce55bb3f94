// The domain model of SPEC §2. These plain objects are what the app computes on, what the
// repositories return and what the v1 interchange format carries (field names match the file).

import type { Contract } from './contract/contract-types';
import type { KpiAggregate, KpiDirection } from './measure-kinds';

export interface Scale {
  min: number;
  max: number;
}

export interface Criterion {
  id: string;
  name: string;
  guidance?: string;
  /** Weight within its category; any non-negative number. */
  weight: number;
  mustHave: boolean;
  /** Knock-out line for a must-have: disqualified when the consensus is below it. */
  minScore: number | null;
}

export interface Category {
  id: string;
  name: string;
  /** Any non-negative number; shown normalised as % of the total. */
  weight: number;
  criteria: Criterion[];
}

export const VENDOR_STATUSES = ['candidate', 'shortlisted', 'rejected', 'selected'] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];

export const PRICE_UNITS = ['hour', 'fte-month', 'contact'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export interface Price {
  amount: number;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  per: PriceUnit;
}

export interface Vendor {
  id: string;
  name: string;
  status: VendorStatus;
  website?: string;
  headquarters?: string;
  notes?: string;
  price?: Price;
}

export interface Evaluator {
  id: string;
  name: string;
  role?: string;
}

export interface Score {
  vendorId: string;
  criterionId: string;
  evaluatorId: string;
  /** null = explicitly cleared; treated exactly like an absent score. */
  value: number | null;
  note?: string;
  updatedAt?: string;
}

export { KPI_AGGREGATES, type KpiAggregate, type KpiDirection } from './measure-kinds';

export interface Kpi {
  id: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  threshold: number;
  target: number;
  weight: number;
  gate: boolean;
  aggregate: KpiAggregate;
  proportion: boolean;
}

export interface Measurement {
  kpiId: string;
  /** YYYY-MM-DD */
  date: string;
  value: number;
  n?: number;
  note?: string;
}

/**
 * One KPI's rows as columns. Row k is { kpiId, date: dates[date[k]], value: value[k], n: n[k] unless
 * NaN, note: notes[note[k] − 1] unless note[k] is 0 }. Every array is exactly as long as the block
 * (its own buffer, never a view of a larger one: storage would copy the whole buffer), and is never
 * changed once the block is built: an edit makes a new block.
 */
export interface KpiRows {
  kpiId: string;
  /** The distinct YYYY-MM-DD dates of the rows. */
  dates: string[];
  /** Per row, the index of its date in `dates`. */
  date: Uint32Array;
  value: Float64Array;
  /** Per row, the sample size; NaN where the row has none. */
  n: Float64Array;
  /** The distinct notes of the rows. */
  notes: string[];
  /** Per row, 1 + the index of its note in `notes`; 0 where the row has none. */
  note: Uint32Array;
}

/** A pilot's measurements: one block per KPI that has rows, in the pilot's KPI order. */
export interface PilotRows {
  readonly blocks: readonly KpiRows[];
  /** Rows in all. */
  readonly count: number;
}

export type DecisionOutcome = 'go' | 'no-go' | 'extend';

/** What the data said when a decision was recorded, kept beside the human decision (SPEC §4). */
export interface ComputedDecision {
  decision: DecisionOutcome;
  scorecard: number | null;
  coverage: number;
  reasons: string[];
}

export interface Decision {
  at: string;
  outcome: DecisionOutcome;
  by?: string;
  rationale: string;
  /** The computed decision at that moment (an extension field of the v1 file; older files lack it). */
  computed?: ComputedDecision;
  /** `at` of the earlier entry this one corrects: entries are never edited, a correction is a new entry. */
  corrects?: string;
}

export interface Pilot {
  id: string;
  name: string;
  vendorId: string;
  /** Inclusive YYYY-MM-DD dates. */
  start: string;
  end: string;
  goScore: number;
  noGoScore: number;
  kpis: Kpi[];
  /** As columns, never one object per row (pilot-rows.ts); the v1 file lists them as Measurement objects. */
  measurements: PilotRows;
  decisions: Decision[];
}

export interface Assessment {
  id: string;
  name: string;
  description?: string;
  sector?: string;
  createdAt: string;
  updatedAt: string;
  scale: Scale;
  categories: Category[];
  vendors: Vendor[];
  evaluators: Evaluator[];
  scores: Score[];
  pilots: Pilot[];
  /** After a GO: the contracts governing vendors (SPEC §11; format version 2). */
  contracts: Contract[];
}

export type VendorRankStatus = 'qualified' | 'provisional' | 'disqualified';
