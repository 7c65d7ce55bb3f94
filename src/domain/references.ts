// Referential integrity of scores (SPEC §5: every score names a vendor, a criterion and an evaluator of
// the same assessment). Checked where scores are written, inside the write, so that a score can never
// outlive its vendor: another tab may remove the vendor while this one scores it.
import type { Assessment, Score } from './types';

type ScoreIds = Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>;
type Roster = Pick<Assessment, 'vendors' | 'categories' | 'evaluators'>;

/** Something a score or pilot points at that the assessment no longer holds. */
export interface MissingReference {
  kind: 'vendor' | 'criterion' | 'evaluator';
  id: string;
}

/** A checker that says, for a score, what it points at that the assessment does not hold (null: nothing). */
export function scoreReferenceCheck(a: Roster): (s: ScoreIds) => MissingReference | null {
  const vendors = new Set(a.vendors.map((v) => v.id));
  const criteria = new Set(a.categories.flatMap((k) => k.criteria.map((c) => c.id)));
  const evaluators = new Set(a.evaluators.map((e) => e.id));
  return (s) => {
    if (!vendors.has(s.vendorId)) return { kind: 'vendor', id: s.vendorId };
    if (!criteria.has(s.criterionId)) return { kind: 'criterion', id: s.criterionId };
    if (!evaluators.has(s.evaluatorId)) return { kind: 'evaluator', id: s.evaluatorId };
    return null;
  };
}

/** The name a reference had in `a` (a tab's view from before the removal), or undefined. */
function referenceName(a: Roster, ref: MissingReference): string | undefined {
  if (ref.kind === 'vendor') return a.vendors.find((v) => v.id === ref.id)?.name;
  if (ref.kind === 'evaluator') return a.evaluators.find((e) => e.id === ref.id)?.name;
  return a.categories.flatMap((k) => k.criteria).find((c) => c.id === ref.id)?.name;
}

/**
 * "The vendor “Fabrikam Support” was removed in another tab.": by the name `view` knew it by (the
 * stored assessment no longer has it), else by its id.
 */
export function removedElsewhereMessage(ref: MissingReference, view?: Roster): string {
  const name = view && referenceName(view, ref);
  return `The ${ref.kind} ${name ? `“${name}”` : `"${ref.id}"`} was removed in another tab.`;
}
