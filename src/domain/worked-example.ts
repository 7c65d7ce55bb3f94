// The worked example of SPEC §3 (src/data/small-assessment.json) as an Assessment, for tests.
import raw from '../data/small-assessment.json';
import type { Assessment } from './types';

/** A fresh deep copy each call, so a test can edit it freely. */
export function workedExample(): Assessment {
  return structuredClone(raw.assessment) as unknown as Assessment;
}
