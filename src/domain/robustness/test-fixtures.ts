// Test data for the robustness checks: the SPEC §3 worked example with a second qualified vendor, so
// there is a winner and a runner-up, plus a helper that re-ranks with one category's share moved.
import raw from '../../data/small-assessment.json';
import { rankVendors } from '../scoring';
import type { Assessment } from '../types';
import type { RobustnessModel } from './model';

/**
 * Northwind 72.75 (security 87.5, culture 70, tech 40) and the added Tailspin Service 68 (60, 60, 100):
 * a close call (gap 4.75). Contoso stays disqualified and Fabrikam provisional, so they are not contenders.
 */
export function workedExampleWithTailspin(): Assessment {
  const assessment = structuredClone(raw.assessment) as unknown as Assessment;
  assessment.vendors.push({ id: 'tailspin', name: 'Tailspin Service', status: 'shortlisted' });
  const values: [string, number][] = [
    ['sec-attestation', 3],
    ['sec-encryption', 3],
    ['fit-philosophy', 3],
    ['tech-integration', 5],
  ];
  for (const [criterionId, value] of values) {
    assessment.scores.push({ vendorId: 'tailspin', criterionId, evaluatorId: 'ana', value });
  }
  return assessment;
}

/**
 * Totals from the real ranking (not the break-even formula) with category `index` of the model at share
 * p and the other active categories scaled by (1 − p)/(1 − p_k): an independent check of the roots.
 */
export function rankedTotalsAtShare(assessment: Assessment, model: RobustnessModel, index: number, p: number): Map<string, number> {
  const moved = model.categories[index];
  const scale = (1 - p) / (1 - moved.share);
  const categories = assessment.categories.map((category) => {
    const active = model.categories.find((c) => c.id === category.id);
    // Inactive categories contribute nothing at any weight; 0 keeps them out of the shares.
    const weight = !active ? 0 : active === moved ? p : active.share * scale;
    return { ...category, weight };
  });
  const totals = new Map<string, number>();
  for (const vendor of rankVendors({ ...assessment, categories })) {
    if (vendor.total !== null) totals.set(vendor.vendorId, vendor.total);
  }
  return totals;
}
