import { describe, expect, it } from 'vitest';
import { makeAssessment, makeVendor } from './test-factories';
import { checkVendorDraft, emptyVendorDraft, parseAmount, replaceVendorFields, vendorDraftOf, type VendorDraft } from './vendor-draft';

const a = makeAssessment({ vendors: [makeVendor('northwind', 'Northwind Contact'), makeVendor('contoso', 'Contoso CX')] });
const draft = (patch: Partial<VendorDraft>): VendorDraft => ({ ...emptyVendorDraft(), ...patch });

describe('checkVendorDraft', () => {
  it('turns a minimal draft into a vendor with only the filled fields', () => {
    expect(checkVendorDraft(draft({ name: '  Fabrikam Support ' }), a)).toEqual({
      errors: {},
      warnings: {},
      fields: { name: 'Fabrikam Support', status: 'candidate' },
    });
  });

  it('keeps every field of a full draft, with the currency upper-cased', () => {
    const check = checkVendorDraft(
      draft({ name: 'Fabrikam', status: 'shortlisted', website: 'https://fabrikam.example', headquarters: 'Lisbon', notes: 'Strong references', amount: '28,50', currency: 'eur', per: 'hour' }),
      a,
    );
    expect(check.fields).toEqual({
      name: 'Fabrikam',
      status: 'shortlisted',
      website: 'https://fabrikam.example',
      headquarters: 'Lisbon',
      notes: 'Strong references',
      price: { amount: 28.5, currency: 'EUR', per: 'hour' },
    });
  });

  it('requires a name', () => {
    const check = checkVendorDraft(draft({ name: '   ' }), a);
    expect(check.errors.name).toBe('Enter the vendor’s name.');
    expect(check.fields).toBeNull();
  });

  it('warns about, but does not block, a name already used by another vendor', () => {
    const check = checkVendorDraft(draft({ name: 'northwind contact' }), a);
    expect(check.warnings.name).toContain('A vendor called "Northwind Contact" is already in this assessment.');
    expect(check.fields).not.toBeNull();
    expect(checkVendorDraft(draft({ name: 'Northwind Contact' }), a, 'northwind').warnings.name).toBeUndefined();
  });

  it('warns that a website without http(s) will be plain text', () => {
    expect(checkVendorDraft(draft({ name: 'X', website: 'www.x.example' }), a).warnings.website).toMatch(/plain text/);
    expect(checkVendorDraft(draft({ name: 'X', website: 'javascript:alert(1)' }), a).warnings.website).toMatch(/plain text/);
    expect(checkVendorDraft(draft({ name: 'X', website: 'http://x.example' }), a).warnings.website).toBeUndefined();
  });

  it('wants all three price parts or none', () => {
    const check = checkVendorDraft(draft({ name: 'X', amount: '30' }), a);
    expect(check.errors.currency).toMatch(/all three/);
    expect(check.errors.per).toMatch(/all three/);
    expect(check.errors.amount).toBeUndefined();
    expect(check.fields).toBeNull();
    expect(checkVendorDraft(draft({ name: 'X', currency: 'EUR', per: 'contact' }), a).errors.amount).toMatch(/all three/);
  });

  it('checks the amount and the currency code', () => {
    const bad = checkVendorDraft(draft({ name: 'X', amount: '-3', currency: 'EURO', per: 'hour' }), a);
    expect(bad.errors.amount).toBe('Enter an amount of 0 or more, e.g. 28.50.');
    expect(bad.errors.currency).toBe('Use a 3-letter ISO code, e.g. EUR or USD.');
    expect(checkVendorDraft(draft({ name: 'X', amount: '0', currency: 'USD', per: 'fte-month' }), a).fields?.price).toEqual({
      amount: 0,
      currency: 'USD',
      per: 'fte-month',
    });
  });

  it('refuses an amount above 1,000,000,000, where the value-for-money figures overflow (domain/bounds.ts)', () => {
    const check = (amount: string) => checkVendorDraft(draft({ name: 'X', amount, currency: 'EUR', per: 'hour' }), a);
    expect(check('1000000001').errors.amount).toBe('Enter an amount of at most 1,000,000,000.');
    expect(check('1' + '0'.repeat(307)).errors.amount).toBe('Enter an amount of at most 1,000,000,000.');
    expect(check('1000000000').fields?.price?.amount).toBe(1_000_000_000);
  });

  it('enforces the format’s length limits', () => {
    expect(checkVendorDraft(draft({ name: 'x'.repeat(201) }), a).errors.name).toBe('Use at most 200 characters.');
    expect(checkVendorDraft(draft({ name: 'X', headquarters: 'h'.repeat(201) }), a).errors.headquarters).toBeDefined();
  });
});

describe('parseAmount', () => {
  it('reads plain decimals with a point or a comma', () => {
    expect(parseAmount('28.50')).toBe(28.5);
    expect(parseAmount('28,5')).toBe(28.5);
    expect(parseAmount('1 200')).toBe(1200);
    expect(parseAmount('.5')).toBe(0.5);
  });
  it('refuses signs, exponents and words', () => {
    for (const t of ['-1', '+1', '1e3', 'abc', '', '1.2.3', 'Infinity']) expect(parseAmount(t)).toBeNull();
  });
});

describe('vendorDraftOf and replaceVendorFields', () => {
  it('round-trips a vendor through the form', () => {
    const vendor = { id: 'f', name: 'F', status: 'selected' as const, website: 'https://f.example', price: { amount: 12, currency: 'GBP', per: 'contact' as const } };
    expect(checkVendorDraft(vendorDraftOf(vendor), a).fields).toEqual({ name: 'F', status: 'selected', website: 'https://f.example', price: vendor.price });
  });

  it('drops fields the form cleared, keeping the id', () => {
    const withPrice = makeAssessment({ vendors: [{ id: 'v', name: 'V', status: 'candidate', notes: 'n', price: { amount: 1, currency: 'EUR', per: 'hour' } }] });
    const next = replaceVendorFields(withPrice, 'v', { name: 'V2', status: 'rejected' });
    expect(next.vendors).toEqual([{ id: 'v', name: 'V2', status: 'rejected' }]);
    expect(withPrice.vendors[0].price).toBeDefined(); // immutable
  });
});
