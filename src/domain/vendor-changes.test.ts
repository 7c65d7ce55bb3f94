import { describe, expect, it } from 'vitest';
import { applyVendorPatch, vendorChanges, vendorPatch } from './vendor-changes';
import { makeVendor } from './test-factories';

describe('vendorChanges', () => {
  it('names each field another tab changed, with its new value', () => {
    const before = { ...makeVendor('v1', 'Northwind'), notes: 'First call done' };
    const after = { ...before, notes: 'Call back in March', status: 'shortlisted' as const, price: { amount: 28.5, currency: 'EUR', per: 'hour' as const } };
    expect(vendorChanges(before, after)).toEqual(['Status is now “Shortlisted”', 'Price is now “€28.50 per hour”', 'Notes is now “Call back in March”']);
    expect(vendorChanges(after, { ...after, notes: undefined })).toEqual(['Notes is now empty']);
    expect(vendorChanges(before, { ...before })).toEqual([]);
  });
});

describe('vendorPatch and applyVendorPatch', () => {
  it('carry only what the form changed, so another tab’s change of another field survives', () => {
    const opened = { ...makeVendor('v1', 'Northwind'), headquarters: 'Oslo', website: 'https://n.example' };
    const { id: _id, ...fields } = { ...opened, headquarters: 'Lisbon', website: undefined };
    const patch = vendorPatch(opened, fields);
    expect(patch).toEqual({ headquarters: 'Lisbon', website: undefined });
    const stored = { ...opened, notes: 'Call back in March' };
    expect(applyVendorPatch(stored, patch)).toEqual({ id: 'v1', name: 'Northwind', status: 'candidate', headquarters: 'Lisbon', notes: 'Call back in March' });
  });
});
