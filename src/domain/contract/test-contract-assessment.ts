// The contract example of SPEC §11 as an Assessment for screen tests: tests/fixtures/examples/
// contract-assessment.json's vendors, pilot and contract (Northwind's tier-1 support 2027: CSAT breached
// in January and earned back, AHT breached in February and payable, a monthly review with its action).
import { readFixture } from '../../../tests/fixtures/paths';
import { makeAssessment, type TestPilot } from '../test-factories';
import type { Assessment, Decision, Vendor } from '../types';
import type { Contract } from './contract-types';

interface ExampleFile {
  assessment: { id: string; name: string; vendors: Vendor[]; pilots: TestPilot[]; contracts: Contract[] };
}

/** The GO the contract was drafted from, as the pilot's decision log would hold it. */
const EXAMPLE_GO: Decision = { at: '2027-02-03T10:00:00.000Z', outcome: 'go', by: 'Steering committee', rationale: 'CSAT and AHT beat their targets over four weeks.' };

/** The example assessment, its pilot's decision log holding EXAMPLE_GO; `partial` overrides any field. */
export function contractAssessment(partial: Partial<Omit<Assessment, 'pilots'>> = {}): Assessment {
  const { assessment: a } = JSON.parse(readFixture('examples/contract-assessment.json')) as ExampleFile;
  return makeAssessment({
    id: a.id,
    name: a.name,
    vendors: a.vendors,
    pilots: a.pilots.map((p) => ({ ...p, decisions: [EXAMPLE_GO] })),
    contracts: a.contracts,
    ...partial,
  });
}
