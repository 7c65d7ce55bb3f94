// The confirmation before a whole assessment is deleted names everything that goes with it, counted,
// so the user sees what "cannot be undone" covers.
import { plural } from './format';
import type { Assessment } from './types';

export function deletionMessage(a: Assessment): string {
  const scored = a.scores.filter((s) => s.value !== null).length;
  const criteria = a.categories.reduce((n, k) => n + k.criteria.length, 0);
  return `This deletes ${plural(a.vendors.length, 'vendor')}, ${plural(scored, 'score')} from ${plural(a.evaluators.length, 'evaluator')}, ${plural(criteria, 'criterion', 'criteria')} and ${plural(a.pilots.length, 'pilot')} from this browser. It cannot be undone; export it first if you may need it again.`;
}
