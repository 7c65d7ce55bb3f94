// "Import evaluator file", on every assessment screen: the import flow (assessment-import.svelte.ts, with
// the merge and the worker that reads the file) loads when a file is chosen, not with the screen: a
// reload of any assessment screen waited for its files (SPEC §10).
import type { Clash, ClashChoice } from './clash-prompt.svelte';

/** Reads the file and settles it against the assessment (assessment-import.svelte.ts importEvaluatorFile). */
export async function importEvaluatorFileWhenChosen(assessmentId: string, file: File, choose: (clash: Clash) => Promise<ClashChoice | null>) {
  const { importEvaluatorFile } = await import('./assessment-import.svelte');
  return importEvaluatorFile(assessmentId, file, choose);
}
