// The vendors CSV (SPEC §6): each rule with its line number, through the shared reader.
import { describe, expect, it } from 'vitest';
import { readAs } from './test-helpers';
import { VENDOR_KIND, type VendorTarget } from './vendor-rows';

const TARGET: VendorTarget = { existingNames: ['Northwind Contact'] };
const read = (text: string, target = TARGET) => readAs(VENDOR_KIND, target, text);
const reasons = (text: string) => read(text).rejected.map((r) => `${r.line}: ${r.reason}`);

describe('vendors CSV', () => {
  it('reads every field, with defaults, and needs no mapping for the expected headers', () => {
    const { rows, rejected, reader } = read(
      'name,website,headquarters,status,notes,price,currency,per\n' +
        'Fabrikam Support,https://fabrikam.example,Lisbon,shortlisted,"Strong in DE, weak in FR",28.5,eur,hour\n' +
        'Contoso CX,,,,,,,\n',
    );
    expect(reader.exact).toBe(true);
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      { name: 'Fabrikam Support', status: 'shortlisted', website: 'https://fabrikam.example', headquarters: 'Lisbon', notes: 'Strong in DE, weak in FR', price: { amount: 28.5, currency: 'EUR', per: 'hour' } },
      { name: 'Contoso CX', status: 'candidate' },
    ]);
  });

  it('rejects a missing name, a bad status and each broken price, naming the line', () => {
    expect(
      reasons(
        'name,status,price,currency,per\n' +
          ',candidate,,,\n' +
          'A,maybe,,,\n' +
          'B,,12,,\n' +
          'C,,-3,EUR,hour\n' +
          'D,,ten,EURO,week\n' +
          'E,,,EUR,\n' +
          'F,Shortlisted,9.5,usd,FTE month\n',
      ),
    ).toEqual([
      '2: the name is empty (every vendor needs one)',
      '3: status "maybe" is not one of candidate, shortlisted, rejected, selected',
      '4: the currency is empty, "per" is empty (a price needs price, currency and per, or none of them)',
      '5: price -3 is negative (a price needs price, currency and per, or none of them)',
      '6: price: "ten" is not a number, currency "EURO" is not a 3-letter ISO code such as EUR or USD, per "week" is not one of hour, fte-month, contact (a price needs price, currency and per, or none of them)',
      '7: the price is empty, "per" is empty (a price needs price, currency and per, or none of them)',
    ]);
  });

  it('rejects a name of only spaces and a price too large for the value-for-money figures (domain/bounds.ts)', () => {
    expect(reasons('name,price,currency,per\n   ,1,EUR,hour\nG,1e10,EUR,hour\nH,1000000000,EUR,hour\n')).toEqual([
      '2: the name is empty (every vendor needs one)',
      '3: price 10000000000 is above 1000000000, the most a price can be (a price needs price, currency and per, or none of them)',
    ]);
  });

  it('skips a name already in the file or in the assessment, in any case, with the reason', () => {
    const { rows, rejected } = read('name\nAcme\nnorthwind contact\n ACME \nBeta\n');
    expect(rows.map((r) => r.name)).toEqual(['Acme', 'Beta']);
    expect(rejected.map((r) => `${r.line}: ${r.reason}`)).toEqual([
      '3: a vendor called "northwind contact" is already in this assessment, skipped',
      '4: duplicate name "ACME": already on line 2, skipped',
    ]);
  });

  it('lets a good row through when an earlier row of the same name was rejected', () => {
    const { rows, rejected } = read('name,status\nAcme,maybe\nAcme,selected\n');
    expect(rejected.map((r) => r.line)).toEqual([2]);
    expect(rows).toEqual([{ name: 'Acme', status: 'selected' }]);
  });

  it('maps a spreadsheet with other header names (semicolons, decimal commas)', () => {
    const { reader, rows } = readAs(VENDOR_KIND, TARGET, 'Company;Web;HQ;Stage;Comments;Rate;Currency;Unit\nAcme;https://acme.example;Porto;longlist;ok;1.234,5;EUR;fte\n', undefined);
    expect(reader.exact).toBe(false);
    expect(reader.suggested).toEqual({ name: 0, website: 1, headquarters: 2, status: 3, notes: 4, price: 5, currency: 6, per: 7 });
    expect(rows).toEqual([{ name: 'Acme', status: 'candidate', website: 'https://acme.example', headquarters: 'Porto', notes: 'ok', price: { amount: 1234.5, currency: 'EUR', per: 'fte-month' } }]);
  });

  it('stops at 1,000 vendors per file', () => {
    const names = Array.from({ length: 1002 }, (_, i) => `Vendor ${i + 1}`);
    const { rows, rejected } = read(`name\n${names.join('\n')}\n`);
    expect(rows).toHaveLength(1000);
    expect(rejected.map((r) => `${r.line}: ${r.reason}`)).toEqual([
      '1002: more than 1000 vendors in one file: import the list in parts',
      '1003: more than 1000 vendors in one file: import the list in parts',
    ]);
  });

  it('reads back cells our export neutralised, and refuses over-long text', () => {
    const long = 'x'.repeat(201);
    const { rows, rejected } = read(`name,notes\n'=HYPERLINK(""),'-5 notes\n'-5 Support,\n${long},\n`);
    expect(rows.map((r) => [r.name, r.notes])).toEqual([['=HYPERLINK("")', '-5 notes'], ['-5 Support', undefined]]);
    expect(rejected.map((r) => r.reason)).toEqual(['the name is longer than 200 characters']);
  });
});
