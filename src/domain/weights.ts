// Effective criterion weights of SPEC §3: e_c = (W_k / ΣW) × (w_c / Σ_{c' in k} w_c').
import type { Category } from './types';

export interface CriterionWeight {
  criterionId: string;
  categoryId: string;
  /** W_k / ΣW, 0..1. */
  categoryShare: number;
  /** w_c / Σ w in its category, 0..1 (0 when the category's criteria weights sum to 0). */
  criterionShare: number;
  /** e_c = categoryShare × criterionShare, 0..1. */
  effective: number;
}

/**
 * A weight as the formulas use it. SPEC §2 allows only non-negative finite weights and the importer
 * enforces that; a half-typed form field (negative, NaN) must still never flip a ranking, so it counts as 0.
 */
export function usableWeight(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
}

/** categoryId → W_k / ΣW over all categories; every share is 0 when ΣW = 0 (nothing is weighted). */
export function categoryShares(categories: Category[]): Map<string, number> {
  let sum = 0;
  for (const category of categories) sum += usableWeight(category.weight);
  const shares = new Map<string, number>();
  for (const category of categories) {
    shares.set(category.id, sum > 0 ? usableWeight(category.weight) / sum : 0);
  }
  return shares;
}

/**
 * criterionId → its weights. SPEC §3: a category whose criteria weights sum to 0 contributes nothing,
 * so its criteria get criterionShare 0 and e_c 0 (rather than 0/0); a category weight of 0 gives e_c 0 too.
 */
export function effectiveWeights(categories: Category[]): Map<string, CriterionWeight> {
  const shares = categoryShares(categories);
  const weights = new Map<string, CriterionWeight>();
  for (const category of categories) {
    const categoryShare = shares.get(category.id) ?? 0;
    let criteriaSum = 0;
    for (const criterion of category.criteria) criteriaSum += usableWeight(criterion.weight);
    for (const criterion of category.criteria) {
      const criterionShare = criteriaSum > 0 ? usableWeight(criterion.weight) / criteriaSum : 0;
      weights.set(criterion.id, {
        criterionId: criterion.id,
        categoryId: category.id,
        categoryShare,
        criterionShare,
        effective: categoryShare * criterionShare,
      });
    }
  }
  return weights;
}
