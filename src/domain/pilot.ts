// Pilot evaluation: the exact rules of SPEC §4 (value, status, confidence, attainment, scorecard,
// decision). Pure: the same pilot always gives the same evaluation. Reasons text is in pilot-reasons.ts.
import type { DecisionOutcome, Kpi, Measurement, Pilot } from './types';
import { wilsonInterval, Z95 } from './stats';
import { decisionReasons } from './pilot-reasons';
import type { KpiConfidence, KpiResult, KpiStatus, PilotEvaluation } from './pilot-evaluation';

export type { KpiResult, PilotEvaluation };

/** Attainment cap (SPEC §4: clamped to 0..1.2). */
const MAX_ATTAINMENT = 1.2;

/** SPEC §4: only measurements dated inside [start, end], both inclusive, count. */
export function isInWindow(date: string, pilot: Pick<Pilot, 'start' | 'end'>): boolean {
  return pilot.start <= date && date <= pilot.end;
}

/** SPEC §4 "meets": ≥ for a higher-is-better KPI, ≤ for a lower-is-better one. */
function meets(value: number, line: number, direction: Kpi['direction']): boolean {
  return direction === 'higher' ? value >= line : value <= line;
}

function hasN(m: Measurement): m is Measurement & { n: number } {
  return typeof m.n === 'number' && Number.isFinite(m.n);
}

/** SPEC §4 value: the KPI's aggregate over its counted measurements (given in array order). */
export function aggregate(kpi: Pick<Kpi, 'aggregate'>, rows: readonly Measurement[]): { value: number | null; n: number | null } {
  if (rows.length === 0) return { value: null, n: null };
  const values = rows.map((m) => m.value);
  switch (kpi.aggregate) {
    case 'mean': {
      // n-weighted only when every row has n; a single row without n switches to the plain mean.
      const totalN = rows.every(hasN) ? rows.reduce((s, m) => s + (m.n as number), 0) : 0;
      if (totalN > 0) return { value: rows.reduce((s, m) => s + m.value * (m.n as number), 0) / totalN, n: totalN };
      return { value: values.reduce((s, v) => s + v, 0) / values.length, n: null };
    }
    case 'last': {
      // The latest date; on equal dates the later row in the array wins (hence ≥).
      let latest = rows[0];
      for (const m of rows) if (m.date >= latest.date) latest = m;
      return { value: latest.value, n: null };
    }
    case 'sum':
      return { value: values.reduce((s, v) => s + v, 0), n: null };
    // reduce, not Math.min(...values): a long imported series must not overflow the call stack.
    case 'min':
      return { value: values.reduce((a, b) => Math.min(a, b)), n: null };
    case 'max':
      return { value: values.reduce((a, b) => Math.max(a, b)), n: null };
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

/** Everything SPEC §4 says about one KPI, from the pilot's measurements. */
function evaluateKpi(kpi: Kpi, pilot: Pick<Pilot, 'start' | 'end' | 'measurements'>): KpiResult {
  const rows = pilot.measurements.filter((m) => m.kpiId === kpi.id && isInWindow(m.date, pilot));
  const { value, n } = aggregate(kpi, rows);
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
    counted: rows.length,
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
  const kpis = pilot.kpis.map((kpi) => evaluateKpi(kpi, pilot));
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
