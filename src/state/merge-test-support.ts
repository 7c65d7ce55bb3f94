// Test support for component tests of the merge summary: what storage holds as an assessment's pending
// merge undo (a test's check that Undo or Close reached IndexedDB). Imported by *.test.ts files only.
import { getMergeUndo, type MergeUndo } from '../db/import-repo';

export function storedMergeUndo(assessmentId: string): Promise<MergeUndo | undefined> {
  return getMergeUndo(assessmentId);
}
