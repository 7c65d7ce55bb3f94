// Referential integrity of scores (SPEC §5: every score names a vendor, a criterion and an evaluator of
// the same assessment). Checked where scores are written, inside the write, so that a score can never
// outlive its vendor: another tab may remove the vendor while this one scores it.
import type { Assessment, Score } from './types';

type ScoreIds = Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>;
type Roster = Pick<Assessment, 'vendors' | 'categories' | 'evaluators'>;

/** A checker that says, for a score, what it points at that the assessment does not hold (null: nothing). */
export function scoreReferenceCheck(a: Roster): (s: ScoreIds) => string | null {
  const vendors = new Set(a.vendors.map((v) => v.id));
  const criteria = new Set(a.categories.flatMap((k) => k.criteria.map((c) => c.id)));
  const evaluators = new Set(a.evaluators.map((e) => e.id));
  return (s) => {
    if (!vendors.has(s.vendorId)) return `the vendor "${s.vendorId}"`;
    if (!criteria.has(s.criterionId)) return `the criterion "${s.criterionId}"`;
    if (!evaluators.has(s.evaluatorId)) return `the evaluator "${s.evaluatorId}"`;
    return null;
  };
}
