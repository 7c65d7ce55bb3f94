// What the checklist editor shows about the checklist as a whole, and what a removal would cost.
// Pure: the view asks for a confirmation only when scores would be lost (the message names them).
import { plural } from './format';
import type { Assessment, Category, Score } from './types';

interface ChecklistSummary {
  categories: number;
  criteria: number;
  mustHaves: number;
}

export function checklistSummary(categories: Category[]): ChecklistSummary {
  let criteria = 0;
  let mustHaves = 0;
  for (const k of categories) {
    criteria += k.criteria.length;
    for (const c of k.criteria) if (c.mustHave) mustHaves++;
  }
  return { categories: categories.length, criteria, mustHaves };
}

/**
 * SPEC §3: why a category contributes nothing to any total (its share of the weights is 0, or it has
 * criteria that all weigh 0), or null when it counts.
 */
export function categoryInertReason(category: Pick<Category, 'criteria'>, share: number): string | null {
  if (share === 0) return 'Weight 0: this category does not count.';
  const criteriaWeight = category.criteria.reduce((sum, c) => sum + (c.weight > 0 ? c.weight : 0), 0);
  return category.criteria.length > 0 && criteriaWeight === 0 ? 'All its criteria weigh 0: this category does not count.' : null;
}

/** "4 categories, 18 criteria, 3 must-haves". */
export function summaryText(s: ChecklistSummary): string {
  return [plural(s.categories, 'category', 'categories'), plural(s.criteria, 'criterion', 'criteria'), plural(s.mustHaves, 'must-have')].join(', ');
}

interface ScoreLoss {
  /** Recorded scores (a cleared value is not a score). */
  scores: number;
  /** Distinct evaluators who gave them. */
  evaluators: number;
}

export function scoreLoss(scores: Score[], predicate: (s: Score) => boolean): ScoreLoss {
  let n = 0;
  const evaluators = new Set<string>();
  for (const s of scores) {
    if (s.value === null || !predicate(s)) continue;
    n++;
    evaluators.add(s.evaluatorId);
  }
  return { scores: n, evaluators: evaluators.size };
}

/** "5 scores by 2 evaluators". */
export function lossText(loss: ScoreLoss): string {
  return `${plural(loss.scores, 'score')} by ${plural(loss.evaluators, 'evaluator')}`;
}

/**
 * The confirmation text for removing a criterion, or null when it has no scores (then it goes at once).
 * "Remove “Independent audits”? 5 scores by 2 evaluators for this criterion will be deleted."
 */
export function criterionRemovalMessage(a: Assessment, criterionId: string): string | null {
  const criterion = a.categories.flatMap((k) => k.criteria).find((c) => c.id === criterionId);
  if (!criterion) return null;
  const loss = scoreLoss(a.scores, (s) => s.criterionId === criterionId);
  if (loss.scores === 0) return null;
  return `Remove “${criterion.name}”? ${lossText(loss)} for this criterion will be deleted.`;
}

/** Same for a category: names its criteria count and the scores given on them; null when none are scored. */
export function categoryRemovalMessage(a: Assessment, categoryId: string): string | null {
  const category = a.categories.find((k) => k.id === categoryId);
  if (!category) return null;
  const ids = new Set(category.criteria.map((c) => c.id));
  const loss = scoreLoss(a.scores, (s) => ids.has(s.criterionId));
  if (loss.scores === 0) return null;
  const criteria = plural(category.criteria.length, 'criterion', 'criteria');
  return `Remove “${category.name}” and its ${criteria}? ${lossText(loss)} for ${ids.size === 1 ? 'this criterion' : 'these criteria'} will be deleted.`;
}
