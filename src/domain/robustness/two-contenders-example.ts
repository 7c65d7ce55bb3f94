// The worked example of SPEC §3 with one more qualified vendor, for tests and screenshots of the robustness
// checks (SPEC §9): in the example only Northwind Contact is qualified, and the checks need two contenders.
// Tailspin Service is scored on every weighted criterion and meets the must-have minimum (3 on
// Independent audits), so it ranks second: 66.5 against Northwind's 72.8.
import type { Assessment } from '../types';
import { workedExample } from '../worked-example';

const TAILSPIN_SCORES: Record<string, number> = {
  'sec-attestation': 3,
  'sec-encryption': 4,
  'fit-philosophy': 3,
  'tech-integration': 4,
};

/** A fresh copy each call, so a test can edit it freely. */
export function exampleWithTwoContenders(): Assessment {
  const a = workedExample();
  a.vendors.push({ id: 'tailspin', name: 'Tailspin Service', status: 'shortlisted' });
  for (const [criterionId, value] of Object.entries(TAILSPIN_SCORES)) {
    a.scores.push({ vendorId: 'tailspin', criterionId, evaluatorId: 'ana', value });
  }
  return a;
}
