// What a pilot evaluation holds (SPEC §4): per-KPI results and the decision with its reasons. A leaf
// module of types only, shared by the rules (pilot.ts) and the reasons text (pilot-reasons.ts).
import type { DecisionOutcome } from './types';

export type KpiStatus = 'exceeds' | 'pass' | 'fail' | 'no-data';
export type KpiConfidence = 'conclusive' | 'inconclusive' | 'n/a';

export interface KpiResult {
  kpiId: string;
  /** The aggregate over the measurements inside the window; null when there are none. */
  value: number | null;
  /** Σ n of an n-weighted mean; null for every other case (SPEC §4: only `mean` carries an n). */
  n: number | null;
  status: KpiStatus;
  confidence: KpiConfidence;
  /** Wilson 95 % interval in the KPI's unit (percent for a proportion KPI); null when n/a. */
  ci: [number, number] | null;
  /** Attainment 0..1.2 for weighted KPIs with data; null for weight 0 or no data. */
  attainment: number | null;
  /** Measurements inside the window (the ones judged). */
  counted: number;
}

export interface PilotEvaluation {
  pilotId: string;
  vendorId: string;
  decision: DecisionOutcome;
  /** 0..120 (attainment is capped at 1.2); null when no weighted KPI has data. */
  scorecard: number | null;
  /** Weight of weighted KPIs with data / weight of all weighted KPIs, 0..1; 0 when no KPI is weighted. */
  coverage: number;
  /** Plain-English reasons, most decisive first; the first starts with GO, NO-GO or EXTEND. */
  reasons: string[];
  kpis: KpiResult[];
}
