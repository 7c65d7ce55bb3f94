// A blind evaluator package (exchange/evaluator-package.ts) is an ordinary assessment file; what tells it
// apart is the name "Send file" gives it, "<assessment> — for <evaluator>", with that evaluator in it.
// Opened in the evaluator's browser, it is recognised by that name, so that it opens on their scoring
// grid with a word on what to do and how to send it back (SPEC §1 journey 3), not on a ranking of
// scores nobody has given yet.
import type { Assessment, Evaluator } from './types';

export function evaluatorPackageName(assessmentName: string, evaluatorName: string): string {
  return `${assessmentName} — for ${evaluatorName}`;
}

/** The evaluator a package was made for, or null when `a` is not a package. */
export function packageRecipient(a: Pick<Assessment, 'name' | 'evaluators'>): Evaluator | null {
  return a.evaluators.find((e) => a.name.endsWith(evaluatorPackageName('', e.name))) ?? null;
}
