// Pilot evaluation: the exact rules of SPEC §4 (value, status, confidence, attainment, scorecard,
// decision). Pure: the same pilot always gives the same evaluation. Reasons text is in pilot-reasons.ts.
import type { DecisionOutcome, Kpi, KpiRows, Pilot } from './types';
import { kpiRowsOf } from './pilot-rows';
import { isInWindow } from './pilot-window';
import { wilsonInterval, Z95 } from './stats';
import { decisionReasons } from './pilot-reasons';
import type { KpiConfidence, KpiResult, KpiStatus, PilotEvaluation } from './pilot-evaluation';

export type { KpiResult, PilotEvaluation };

/** Attainment cap (SPEC §4: clamped to 0..1.2). */
const MAX_ATTAINMENT = 1.2;

/** SPEC §4 "meets": ≥ for a higher-is-better KPI, ≤ for a lower-is-better one. */
function meets(value: number, line: number, direction: Kpi['direction']): boolean {
  return direction === 'higher' ? value >= line : value <= line;
}

/** The aggregate of a KPI's counted rows (SPEC §4 value) and how many there are. */
export interface AggregateResult {
  value: number | null;
  /** Σ n of an n-weighted mean; null otherwise. */
  n: number | null;
  counted: number;
}

/** Per date of `block.dates`, 1 when the date is inside the window (each distinct date is compared once). */
function datesInWindow(block: Pick<KpiRows, 'dates'>, pilot: Pick<Pilot, 'start' | 'end'>): Uint8Array {
  const inside = new Uint8Array(block.dates.length);
  block.dates.forEach((d, i) => (inside[i] = isInWindow(d, pilot) ? 1 : 0));
  return inside;
}

/**
 * SPEC §4 value: the KPI's aggregate over its rows dated inside the window, in row order, straight from
 * the columns. The sums are taken in the same order as a fold over the rows as objects, so the figures
 * are the same to the bit (pilot-reference-test-support.ts checks it).
 */
export function aggregateKpiRows(kpi: Pick<Kpi, 'aggregate'>, block: KpiRows | undefined, pilot: Pick<Pilot, 'start' | 'end'>): AggregateResult {
  if (!block) return { value: null, n: null, counted: 0 };
  const inside = datesInWindow(block, pilot);
  const { date, value, n } = block;
  let counted = 0;
  let sum = 0;
  let totalN = 0;
  let weighted = 0;
  let allN = true;
  let best = 0;
  let latest = -1;
  // `last`: the latest date; on equal dates the later row wins (hence ≥). Dates compare as strings, as SPEC §4 reads them.
  const kind = kpi.aggregate;
  const lastDate = kind === 'last' ? block.dates : null;
  for (let k = 0; k < value.length; k++) {
    if (inside[date[k]] === 0) continue;
    const v = value[k];
    if (counted === 0) best = v;
    counted++;
    switch (kind) {
      case 'mean': {
        sum += v;
        const size = n[k];
        // n-weighted only when every row has n; a single row without n switches to the plain mean.
        if (Number.isFinite(size)) {
          totalN += size;
          weighted += v * size;
        } else allN = false;
        break;
      }
      case 'sum':
        sum += v;
        break;
      case 'min':
        best = Math.min(best, v);
        break;
      case 'max':
        best = Math.max(best, v);
        break;
      case 'last':
        if (latest < 0 || lastDate![date[k]] >= lastDate![date[latest]]) latest = k;
        break;
    }
  }
  if (counted === 0) return { value: null, n: null, counted };
  switch (kind) {
    case 'mean':
      if (allN && totalN > 0) return { value: weighted / totalN, n: totalN, counted };
      return { value: sum / counted, n: null, counted };
    case 'sum':
      return { value: sum, n: null, counted };
    case 'last':
      return { value: value[latest], n: null, counted };
    default:
      return { value: best, n: null, counted };
  }
}

/** SPEC §4 status. */
export function kpiStatus(kpi: Pick<Kpi, 'direction' | 'threshold' | 'target'>, value: number | null): KpiStatus {
  if (value === null) return 'no-data';
  if (meets(value, kpi.target, kpi.direction)) return 'exceeds';
  if (meets(value, kpi.threshold, kpi.direction)) return 'pass';
  return 'fail';
}

/** SPEC §4 confidence: whether the threshold lies inside the interval (ci in the KPI's unit). */
function confidenceOf(kpi: Pick<Kpi, 'direction' | 'threshold'>, ci: [number, number] | null): KpiConfidence {
  if (ci === null) return 'n/a';
  const [low, high] = ci;
  const t = kpi.threshold;
  const inside = kpi.direction === 'higher' ? low < t && t <= high : low <= t && t < high;
  return inside ? 'inconclusive' : 'conclusive';
}

/** SPEC §4 attainment, before the weight > 0 filter: value/target (higher) or target/value (lower). */
export function attainmentOf(kpi: Pick<Kpi, 'direction' | 'target'>, value: number): number {
  let ratio: number;
  if (kpi.direction === 'lower') ratio = value <= 0 ? MAX_ATTAINMENT : kpi.target / value;
  else ratio = kpi.target > 0 ? value / kpi.target : meets(value, kpi.target, 'higher') ? MAX_ATTAINMENT : 0;
  // target ≤ 0 on a weighted higher KPI is refused on import (SPEC §5); the branch above avoids NaN anyway.
  return Math.min(MAX_ATTAINMENT, Math.max(0, ratio));
}

/** Everything SPEC §4 says about one KPI, from its aggregate. */
function evaluateKpi(kpi: Kpi, { value, n, counted }: AggregateResult): KpiResult {
  let ci: [number, number] | null = null;
  if (kpi.proportion && value !== null && n !== null) {
    const [low, high] = wilsonInterval(value / 100, n, Z95);
    ci = [low * 100, high * 100];
  }
  return {
    kpiId: kpi.id,
    value,
    n,
    status: kpiStatus(kpi, value),
    confidence: confidenceOf(kpi, ci),
    ci,
    attainment: kpi.weight > 0 && value !== null ? attainmentOf(kpi, value) : null,
    counted,
  };
}

/** SPEC §4 scorecard and its coverage over the weighted KPIs (weight > 0). */
function scorecardOf(kpis: readonly Kpi[], results: readonly KpiResult[]): { scorecard: number | null; coverage: number } {
  let allWeight = 0;
  let dataWeight = 0;
  let weighted = 0;
  kpis.forEach((kpi, i) => {
    if (!(kpi.weight > 0)) return;
    allWeight += kpi.weight;
    const att = results[i].attainment;
    if (att === null) return;
    dataWeight += kpi.weight;
    weighted += kpi.weight * att;
  });
  return {
    scorecard: dataWeight > 0 ? (100 * weighted) / dataWeight : null,
    // No weighted KPI at all: nothing is covered (0, as the reference vectors expect), so never GO.
    coverage: allWeight > 0 ? dataWeight / allWeight : 0,
  };
}

const isFirmFail = (r: KpiResult) => r.status === 'fail' && r.confidence !== 'inconclusive';
const isFirmPass = (r: KpiResult) => (r.status === 'pass' || r.status === 'exceeds') && r.confidence !== 'inconclusive';

/** SPEC §4 decision, evaluated in the spec's order. */
function decide(
  pilot: Pick<Pilot, 'kpis' | 'goScore' | 'noGoScore'>,
  results: readonly KpiResult[],
  scorecard: number | null,
): DecisionOutcome {
  const gates = results.filter((_, i) => pilot.kpis[i].gate);
  if (gates.some(isFirmFail) || (scorecard !== null && scorecard < pilot.noGoScore)) return 'no-go';
  // Full coverage is checked per KPI rather than as coverage === 1 so rounding can never decide it.
  const weighted = results.filter((_, i) => pilot.kpis[i].weight > 0);
  const fullCoverage = weighted.length > 0 && weighted.every((r) => r.attainment !== null);
  if (gates.every(isFirmPass) && fullCoverage && scorecard !== null && scorecard >= pilot.goScore) return 'go';
  return 'extend';
}

/** Evaluate a pilot by SPEC §4: per-KPI results, balanced scorecard, decision and its reasons. */
export function evaluatePilot(pilot: Pilot): PilotEvaluation {
  return evaluateFromAggregates(pilot, (kpi) => aggregateKpiRows(kpi, kpiRowsOf(pilot.measurements, kpi.id), pilot));
}

/** SPEC §4 from each KPI's aggregate (`aggregateOf`); the tests give it one computed from row objects too. */
export function evaluateFromAggregates(pilot: Omit<Pilot, 'measurements'>, aggregateOf: (kpi: Kpi) => AggregateResult): PilotEvaluation {
  const kpis = pilot.kpis.map((kpi) => evaluateKpi(kpi, aggregateOf(kpi)));
  const { scorecard, coverage } = scorecardOf(pilot.kpis, kpis);
  const decision = decide(pilot, kpis, scorecard);
  return {
    pilotId: pilot.id,
    vendorId: pilot.vendorId,
    decision,
    scorecard,
    coverage,
    reasons: decisionReasons(pilot, kpis, decision, scorecard, coverage),
    kpis,
  };
}
