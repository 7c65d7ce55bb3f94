import { describe, expect, it } from 'vitest';
import { isPilotCandidate, pilotCandidates } from './pilot-candidates';
import { makePilot } from './pilot-fixtures';
import { makeVendor } from './test-factories';

const vendors = [
  { ...makeVendor('a'), status: 'shortlisted' as const },
  { ...makeVendor('b'), status: 'candidate' as const },
  { ...makeVendor('c'), status: 'selected' as const },
  { ...makeVendor('d'), status: 'rejected' as const },
];
const pilots = [makePilot([], [], { id: 'p1', vendorId: 'c' }), makePilot([], [], { id: 'p2', vendorId: 'b' }), makePilot([], [], { id: 'p3', vendorId: 'c' })];

describe('pilotCandidates', () => {
  it('keeps the shortlisted and selected vendors in ranking order, each with its own pilots', () => {
    const ranking = [{ vendorId: 'd' }, { vendorId: 'c' }, { vendorId: 'b' }, { vendorId: 'a' }];
    expect(pilotCandidates({ vendors, pilots }, ranking).map((c) => [c.vendor.id, c.pilots.map((p) => p.id)])).toEqual([
      ['c', ['p1', 'p3']],
      ['a', []],
    ]);
  });

  it('skips ranking entries of vendors it does not know', () => {
    expect(pilotCandidates({ vendors, pilots: [] }, [{ vendorId: 'gone' }])).toEqual([]);
  });

  it('counts only shortlisted and selected as candidates', () => {
    expect(vendors.filter(isPilotCandidate).map((v) => v.id)).toEqual(['a', 'c']);
  });
});
