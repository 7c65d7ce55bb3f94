// Blind scoring: "Send to an evaluator" writes a normal assessment file holding the checklist,
// the vendors and that evaluator's own scores only, so they score without seeing anyone else's opinion.
// It keeps the assessment id, so the file they send back clashes with the lead's copy and can be
// merged (domain/merge.ts). Pilots and contracts stay out: they are the lead's business and may be large.
import { evaluatorPackageName } from '../domain/evaluator-package-name';
import type { Assessment } from '../domain/types';
import { exportAssessment } from './export';

/** The package as an assessment: one evaluator, their scores, no pilots or contracts, "<name> — for <evaluator>". */
export function evaluatorPackageAssessment(a: Assessment, evaluatorId: string): Assessment {
  const evaluator = a.evaluators.find((e) => e.id === evaluatorId);
  if (!evaluator) throw new Error(`No evaluator with id "${evaluatorId}" in “${a.name}”.`);
  return {
    ...a,
    name: evaluatorPackageName(a.name, evaluator.name),
    evaluators: [{ ...evaluator }],
    scores: a.scores.filter((s) => s.evaluatorId === evaluatorId),
    pilots: [],
    contracts: [],
  };
}

/** The file text of the package (canonical, like every export). */
export function exportEvaluatorPackage(a: Assessment, evaluatorId: string, exportedAt: string): string {
  return exportAssessment(evaluatorPackageAssessment(a, evaluatorId), exportedAt);
}
