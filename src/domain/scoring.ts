// Totals, coverage, category scores, status and ranking: the exact rules of SPEC §3.
import { consensusMatrix } from './consensus';
import type { Assessment, VendorRankStatus } from './types';
import { effectiveWeights, usableWeight } from './weights';

export interface RankedVendor {
  rank: number;
  vendorId: string;
  name: string;
  /** 0..100 at full precision; null when no criterion with a positive effective weight is scored. */
  total: number | null;
  /** Σ e_c over scored criteria / Σ e_c over all criteria, 0..1 (0 when nothing carries weight). */
  coverage: number;
  status: VendorRankStatus;
  /** Category score 0..100 per category id (radar chart); null when no weighted criterion is scored. */
  categories: Record<string, number | null>;
  /** Points each category adds to the total; they sum to the total (all 0 when the total is null). */
  contributions: Record<string, number>;
  /** Must-haves whose consensus is below their minScore, in checklist order. */
  failedMustHaves: string[];
  /** Must-haves nobody has scored yet, in checklist order. */
  unscoredMustHaves: string[];
  /** Criteria with a consensus for this vendor / all criteria of the checklist (weighted or not). */
  scoredCriteria: number;
  totalCriteria: number;
}

export type ScoringInput = Pick<Assessment, 'scale' | 'categories' | 'vendors' | 'scores'>;

/** SPEC §3: totals closer than this are equal and share a rank. */
export const TIE_TOLERANCE = 1e-9;
/** Coverage is a ratio of float sums; 0.9999999999999998 still means every weighted criterion is scored. */
export const COVERAGE_TOLERANCE = 1e-12;

const GROUP_ORDER: Record<VendorRankStatus, number> = { qualified: 0, provisional: 1, disqualified: 2 };

/**
 * The consensus of every cell, laid out as `input.vendors` × the checklist's criteria in order: the
 * open assessment passes its ScoreMatrix, so ranking after an edit does not walk every score again.
 */
export interface CellConsensus {
  mean: Float64Array;
  count: Uint32Array;
}

/** Every vendor of the input, scored and sorted per SPEC §3 (ties keep the input order). */
export function rankVendors(input: ScoringInput, consensus?: CellConsensus): RankedVendor[] {
  const { scale, categories, vendors } = input;
  const lo = scale.min;
  const range = scale.max - scale.min;

  // Flatten the checklist once into typed arrays, so the per-vendor loop touches no objects.
  const weights = effectiveWeights(categories);
  const criterionIds: string[] = [];
  const categoryOf: number[] = [];
  for (let k = 0; k < categories.length; k++) {
    for (const criterion of categories[k].criteria) {
      criterionIds.push(criterion.id);
      categoryOf.push(k);
    }
  }
  const criterionCount = criterionIds.length;
  const effective = new Float64Array(criterionCount);
  const weight = new Float64Array(criterionCount);
  const mustHave: number[] = [];
  const minScore = new Float64Array(criterionCount).fill(-Infinity);
  let effectiveAll = 0;
  let i = 0;
  for (const category of categories) {
    for (const criterion of category.criteria) {
      effective[i] = weights.get(criterion.id)?.effective ?? 0;
      weight[i] = usableWeight(criterion.weight);
      effectiveAll += effective[i];
      if (criterion.mustHave) {
        mustHave.push(i);
        // A must-have without a minScore cannot knock out; it still has to be scored (provisional).
        if (criterion.minScore !== null) minScore[i] = criterion.minScore;
      }
      i++;
    }
  }

  const m = consensus ?? consensusMatrix(
    vendors.map((v) => v.id),
    criterionIds,
    input.scores,
  );
  const categoryCount = categories.length;
  const effectiveSum = new Float64Array(categoryCount); // Σ e_c (s_c − lo), per category
  const weightedSum = new Float64Array(categoryCount); // Σ w_c (s_c − lo), per category
  const weightScored = new Float64Array(categoryCount); // Σ w_c over scored criteria, per category

  const ranked: RankedVendor[] = vendors.map((vendor, v) => {
    effectiveSum.fill(0);
    weightedSum.fill(0);
    weightScored.fill(0);
    let effectiveScored = 0;
    let scoredCriteria = 0;
    const row = v * criterionCount;
    for (let c = 0; c < criterionCount; c++) {
      if (m.count[row + c] === 0) continue; // absent, never zero (SPEC §3)
      // Divide by (hi − lo) once at the end: 100 × 3·3 / (3·5) is exactly 60, 100 × 3·0.6 / 3 is not.
      const points = m.mean[row + c] - lo;
      const k = categoryOf[c];
      effectiveSum[k] += effective[c] * points;
      weightedSum[k] += weight[c] * points;
      weightScored[k] += weight[c];
      effectiveScored += effective[c];
      scoredCriteria++;
    }

    const failedMustHaves: string[] = [];
    const unscoredMustHaves: string[] = [];
    for (const c of mustHave) {
      if (m.count[row + c] === 0) unscoredMustHaves.push(criterionIds[c]);
      else if (m.mean[row + c] < minScore[c]) failedMustHaves.push(criterionIds[c]);
    }

    // total = 100 × Σ e_c (s_c − lo)/(hi − lo) / Σ e_c over scored criteria, split by category so the
    // "why the winner wins" bar adds up: the total is the sum of the contributions, in category order.
    const hasTotal = effectiveScored > 0;
    let total = 0;
    const contributions: [string, number][] = [];
    const categoryScores: [string, number | null][] = [];
    for (let k = 0; k < categoryCount; k++) {
      const contribution = hasTotal ? (100 * effectiveSum[k]) / (effectiveScored * range) : 0;
      contributions.push([categories[k].id, contribution]);
      total += contribution;
      const scored = weightScored[k];
      categoryScores.push([categories[k].id, scored > 0 ? (100 * weightedSum[k]) / (scored * range) : null]);
    }
    // 0/0 (no criterion carries weight, vector-5) is no coverage at all, hence provisional.
    const coverage = effectiveAll > 0 ? effectiveScored / effectiveAll : 0;

    let status: VendorRankStatus = 'qualified';
    if (failedMustHaves.length > 0) status = 'disqualified';
    else if (coverage < 1 - COVERAGE_TOLERANCE || unscoredMustHaves.length > 0) status = 'provisional';

    return {
      rank: 0,
      vendorId: vendor.id,
      name: vendor.name,
      total: hasTotal ? total : null,
      coverage,
      status,
      // fromEntries defines own properties, so even an id like "__proto__" stays a plain key.
      categories: Object.fromEntries(categoryScores),
      contributions: Object.fromEntries(contributions),
      failedMustHaves,
      unscoredMustHaves,
      scoredCriteria,
      totalCriteria: criterionCount,
    };
  });

  return sortAndRank(ranked);
}

/**
 * SPEC §3 ranking: qualified, then provisional, then disqualified; inside a group by total, highest
 * first, no total last. Totals within TIE_TOLERANCE in one group share a rank (1, 2, 2, 4), and so do
 * the vendors of one group with no total. Vendors sharing a rank keep their input order.
 */
function sortAndRank(vendors: RankedVendor[]): RankedVendor[] {
  const order = new Map(vendors.map((v, i) => [v, i]));
  const sorted = [...vendors].sort((a, b) => {
    const group = GROUP_ORDER[a.status] - GROUP_ORDER[b.status];
    if (group !== 0) return group;
    if (a.total === null || b.total === null) {
      if (a.total !== b.total) return a.total === null ? 1 : -1;
    } else if (a.total !== b.total) {
      return b.total - a.total;
    }
    return order.get(a)! - order.get(b)!;
  });

  const result: RankedVendor[] = [];
  let start = 0;
  while (start < sorted.length) {
    const head = sorted[start];
    let end = start + 1;
    while (end < sorted.length && sharesRank(head, sorted[end])) end++;
    // Totals that differ by less than the tolerance are sorted by value; put them back in input order.
    const run = sorted.slice(start, end).sort((a, b) => order.get(a)! - order.get(b)!);
    for (const vendor of run) {
      vendor.rank = start + 1;
      result.push(vendor);
    }
    start = end;
  }
  return result;
}

function sharesRank(head: RankedVendor, other: RankedVendor): boolean {
  if (head.status !== other.status) return false;
  if (head.total === null || other.total === null) return head.total === other.total;
  return head.total - other.total < TIE_TOLERANCE; // sorted: head.total ≥ other.total
}
