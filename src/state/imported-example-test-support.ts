// Test support for component and view tests, which stand on state/ and domain/ only (README "Layout"):
// the worked example as the app's import reads it, an evaluator's package, and the CSV fixtures.
import exampleText from '../data/small-assessment.json?raw';
import type { Assessment } from '../domain/types';
import { importAssessmentText } from '../exchange/import';

export { evaluatorPackageAssessment } from '../exchange/evaluator-package';
export { fixture } from '../exchange/csv/test-helpers';

/** The worked example of SPEC §3 (src/data/small-assessment.json) imported, with `now` for its missing times. */
export function importedWorkedExample(now?: string): Assessment {
  const parsed = importAssessmentText(exampleText, now === undefined ? {} : { now });
  if (!parsed.ok) throw new Error('the worked example does not import');
  return parsed.assessment;
}
