// Champion vs challenger (SPEC §1: a pilot with one or more shortlisted partners): several pilots side
// by side on the same KPI ids. Each pilot is judged by its own definitions (SPEC §4, evaluatePilot);
// this module lines the results up per KPI id, marks the better value by the KPI's direction, and says
// when the definitions differ so the reader knows the comparison is not like for like. Pure: no Svelte,
// storage or DOM.
import type { Kpi, KpiDirection, Pilot } from './types';
import { evaluatePilot, type KpiResult, type PilotEvaluation } from './pilot';

/**
 * The fields that make two KPIs with the same id "the same measure". Threshold, target, direction and
 * aggregate change what the value and its status mean (SPEC §4); a different unit or proportion flag
 * means the numbers are not even on the same scale. Weight and gate only change the pilot's scorecard
 * and decision, which are shown per pilot anyway.
 */
export const DEFINITION_FIELDS = ['threshold', 'target', 'direction', 'aggregate', 'unit', 'proportion'] as const;
export type DefinitionField = (typeof DEFINITION_FIELDS)[number];

/** One pilot's side of a KPI row: its own definition and its SPEC §4 result. */
export interface ComparedCell {
  kpi: Kpi;
  result: KpiResult;
}

export interface KpiComparisonRow {
  kpiId: string;
  /** The name, unit and direction of the first chosen pilot that tracks the KPI. */
  name: string;
  unit: string;
  direction: KpiDirection;
  /** One entry per compared pilot, in the order given; null = the pilot does not track this KPI. */
  cells: (ComparedCell | null)[];
  /**
   * Indexes of the pilots holding the better value (several on a tie). Empty when fewer than two pilots
   * have a value, or when direction or unit differ (then "better" has no meaning).
   */
  best: number[];
  /** Definition fields that differ between the pilots tracking this KPI; empty when like for like. */
  mismatch: DefinitionField[];
}

export interface PilotComparison {
  evaluations: PilotEvaluation[];
  rows: KpiComparisonRow[];
  /** Indexes of the pilots with the highest scorecard (ties share it); empty with fewer than two scorecards. */
  bestScorecard: number[];
  /** True when every KPI row is defined alike in every pilot that tracks it. */
  likeForLike: boolean;
}

// Values are computed at full precision (SPEC §3, §4); a difference this small is rounding noise, a tie.
const TIE_TOLERANCE = 1e-9;

function isTie(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Indexes of the best values (by direction), ties included; empty when fewer than two values exist. */
export function bestIndexes(values: readonly (number | null)[], direction: KpiDirection): number[] {
  const present = values.flatMap((v, i) => (v === null || !Number.isFinite(v) ? [] : [{ v, i }]));
  if (present.length < 2) return [];
  const better = (a: number, b: number) => (direction === 'higher' ? a > b : a < b);
  let top = present[0].v;
  for (const { v } of present) if (better(v, top)) top = v;
  return present.filter(({ v }) => isTie(v, top)).map(({ i }) => i);
}

/** The definition fields on which the given KPIs (same id, different pilots) disagree. */
export function definitionMismatch(kpis: readonly Kpi[]): DefinitionField[] {
  if (kpis.length < 2) return [];
  const [first, ...rest] = kpis;
  return DEFINITION_FIELDS.filter((field) => rest.some((k) => k[field] !== first[field]));
}

/** Compares the given pilots (in that order) on the union of their KPI ids, in order of first appearance. */
export function comparePilots(pilots: readonly Pilot[]): PilotComparison {
  const evaluations = pilots.map(evaluatePilot);
  // A Set keeps insertion order: the champion's KPIs first, then what each challenger adds.
  const ids = [...new Set(pilots.flatMap((p) => p.kpis.map((k) => k.id)))];

  const rows = ids.map((kpiId): KpiComparisonRow => {
    const cells = pilots.map((p, i): ComparedCell | null => {
      const index = p.kpis.findIndex((k) => k.id === kpiId);
      return index < 0 ? null : { kpi: p.kpis[index], result: evaluations[i].kpis[index] };
    });
    const tracked = cells.filter((c): c is ComparedCell => c !== null);
    const mismatch = definitionMismatch(tracked.map((c) => c.kpi));
    const head = tracked[0].kpi;
    // Opposite directions or other units: no value is "better" than another, so nothing is marked.
    const comparable = !mismatch.includes('direction') && !mismatch.includes('unit');
    const best = comparable ? bestIndexes(cells.map((c) => c?.result.value ?? null), head.direction) : [];
    return { kpiId, name: head.name, unit: head.unit, direction: head.direction, cells, best, mismatch };
  });

  return {
    evaluations,
    rows,
    bestScorecard: bestIndexes(evaluations.map((e) => e.scorecard), 'higher'),
    likeForLike: rows.every((r) => r.mismatch.length === 0),
  };
}
