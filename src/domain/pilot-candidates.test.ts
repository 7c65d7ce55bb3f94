import { describe, expect, it } from 'vitest';
import { pilotCandidates, shownCandidates, type PilotCandidate } from './pilot-candidates';
import { makePilot } from './pilot-fixtures';
import { rankVendors } from './scoring';
import { makeVendor } from './test-factories';
import { workedExample } from './worked-example';

const vendors = [
  { ...makeVendor('a'), status: 'shortlisted' as const },
  { ...makeVendor('b'), status: 'candidate' as const },
  { ...makeVendor('c'), status: 'selected' as const },
  { ...makeVendor('d'), status: 'rejected' as const },
  { ...makeVendor('e'), status: 'shortlisted' as const },
  { ...makeVendor('f'), status: 'shortlisted' as const },
];
const pilots = [makePilot([], [], { id: 'p1', vendorId: 'c' }), makePilot([], [], { id: 'p2', vendorId: 'b' }), makePilot([], [], { id: 'p3', vendorId: 'c' })];
const ids = (ranking: Parameters<typeof pilotCandidates>[1]) => pilotCandidates({ vendors, pilots }, ranking).map((c) => [c.vendor.id, c.pilots.map((p) => p.id)]);

describe('pilotCandidates', () => {
  it('offers the qualified and provisional vendors with a total, in ranking order, each with its own pilots', () => {
    const ranking = [
      { vendorId: 'c', status: 'qualified' as const, total: 80 },
      { vendorId: 'b', status: 'provisional' as const, total: 70 },
      { vendorId: 'd', status: 'provisional' as const, total: 60 }, // rejected in the pipeline
      { vendorId: 'f', status: 'provisional' as const, total: null }, // nothing scored yet
      { vendorId: 'e', status: 'disqualified' as const, total: 90 },
    ];
    expect(ids(ranking)).toEqual([
      ['c', ['p1', 'p3']],
      ['b', ['p2']],
    ]);
  });

  it('skips ranking entries of vendors it does not know', () => {
    expect(ids([{ vendorId: 'gone', status: 'qualified', total: 50 }])).toEqual([]);
  });

  it('offers Northwind and Fabrikam in the worked example, never the disqualified Contoso CX (SPEC §3)', () => {
    const a = workedExample();
    expect(pilotCandidates(a, rankVendors(a)).map((c) => c.vendor.name)).toEqual(['Northwind Contact', 'Fabrikam Support']);
  });
});

describe('shownCandidates', () => {
  const candidate = (id: string, pilotIds: string[] = []): PilotCandidate => ({ vendor: makeVendor(id), pilots: pilotIds.map((p) => makePilot([], [], { id: p, vendorId: id })) });
  const names = (list: PilotCandidate[]) => list.map((c) => c.vendor.id);

  it('shows the leading five and counts the others', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => candidate(id));
    expect(names(shownCandidates(all).shown)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(shownCandidates(all).more).toBe(2);
    expect(shownCandidates(all.slice(0, 3))).toEqual({ shown: all.slice(0, 3), more: 0 });
  });

  it('keeps a vendor beyond the leaders that already has a pilot, in ranking order', () => {
    const all = [...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => candidate(id)), candidate('g', ['p9']), candidate('h')];
    expect(names(shownCandidates(all).shown)).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
    expect(shownCandidates(all).more).toBe(2);
  });
});
