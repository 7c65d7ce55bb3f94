// Reads of an assessment begun before its screen exists (SPEC §10 performance): a reload on one of its
// screens starts reading IndexedDB while the screen's code still loads, and a JSON import hands over
// the assessment it is writing, so Results opens while the write commits and neither reads it back
// nor decodes its scores twice.
// The open assessment takes the read once (StoredAssessment.start); its revision watch still compares
// what was read with what is stored, so a read that another tab's write overtook is read again.
import { loadAssessmentAt } from '../db/assessments-repo';
import type { Assessment } from '../domain/types';

/** `written`: the write storing it, when it is still under way (true once stored). */
export type AssessmentSnapshot = { assessment: Assessment; revision: string; written?: Promise<boolean> } | undefined;

const primed = new Map<string, Promise<AssessmentSnapshot>>();

/** Gives the next screen that opens assessment `id` this read of it (replacing any earlier one). */
export function primeAssessment(id: string, read: Promise<AssessmentSnapshot>): void {
  // A failed read is the screen's own read's to report: it reads again (takePrimed).
  read.catch(() => undefined);
  primed.set(id, read);
}

/** Starts reading assessment `id` now, unless a read of it is already waiting. */
export function prefetchAssessment(id: string): void {
  if (!primed.has(id)) primeAssessment(id, loadAssessmentAt(id));
}

/** The read waiting for assessment `id`, once: a later screen of it reads storage itself. */
export function takePrimed(id: string): Promise<AssessmentSnapshot> | undefined {
  const read = primed.get(id);
  primed.delete(id);
  return read;
}
