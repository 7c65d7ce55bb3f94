// Coverage as people read it (SPEC §3): a vendor with something still unscored never shows 100 %,
// whatever the rounding; the screen, the report and the CSV all show the same figure.
import { COVERAGE_TOLERANCE } from './scoring';

/** The share to show, 0..1: exactly 1 when every weighted criterion is scored, else at most 0.999. */
export function shownCoverage(coverage: number): number {
  return coverage >= 1 - COVERAGE_TOLERANCE ? 1 : Math.min(coverage, 0.999);
}
