import { describe, expect, it } from 'vitest';
import { consensusCells } from './consensus';
import { pilotVendorChoices } from './pilot-vendor-choices';
import { criteriaById } from './results-text';
import { rankVendors } from './scoring';
import type { Assessment } from './types';
import { workedExample } from './worked-example';

function choices(a: Assessment) {
  const context = { criteria: criteriaById(a.categories), cells: consensusCells(a.scale, a.scores) };
  return pilotVendorChoices(a.vendors, rankVendors(a), context);
}

describe('pilotVendorChoices', () => {
  it('tells each vendor of the worked example where it stands, the disqualified one last (SPEC §3)', () => {
    expect(choices(workedExample()).map((c) => [c.label, c.disqualified])).toEqual([
      ['Northwind Contact — rank 1, qualified', null],
      ['Fabrikam Support — rank 2, provisional (67.5 % of the weight scored)', null],
      ['Contoso CX — disqualified: Independent audits 2.5 < 3', 'disqualified: Independent audits 2.5 < 3'],
    ]);
  });

  it('puts a rejected vendor and one with nothing scored after those offered a pilot, and says why', () => {
    const a = workedExample();
    a.vendors = a.vendors.map((v) => (v.id === 'northwind' ? { ...v, status: 'rejected' as const } : v));
    a.vendors.push({ id: 'new', name: 'Tailspin', status: 'shortlisted' });
    expect(choices(a).map((c) => c.label)).toEqual([
      'Fabrikam Support — rank 2, provisional (67.5 % of the weight scored)',
      'Northwind Contact — rank 1, qualified; rejected in the pipeline',
      'Tailspin — not scored yet',
      'Contoso CX — disqualified: Independent audits 2.5 < 3',
    ]);
  });
});
