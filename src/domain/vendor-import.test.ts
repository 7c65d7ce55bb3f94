import { describe, expect, it } from 'vitest';
import { addVendorRows } from './vendor-import';
import { workedExample } from './worked-example';

describe('addVendorRows', () => {
  it('never adds a name taken since the preview', () => {
    const { assessment, added } = addVendorRows(workedExample(), [{ name: 'northwind contact', status: 'candidate' }, { name: 'New', status: 'candidate' }]);
    expect(added).toBe(1);
    expect(assessment.vendors.map((v) => v.id)).toEqual(['northwind', 'contoso', 'fabrikam', 'new']);
  });
});
