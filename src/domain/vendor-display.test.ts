import { describe, expect, it } from 'vitest';
import { NO_ROWS } from './pilot-rows';
import { makeAssessment, makeScore, makeVendor } from './test-factories';
import type { Pilot } from './types';
import { formatPrice, vendorRemovalMessage, websiteHref } from './vendor-display';

describe('websiteHref', () => {
  it('links only absolute http(s) URLs', () => {
    expect(websiteHref('https://northwind.example/about')).toBe('https://northwind.example/about');
    expect(websiteHref('  HTTP://northwind.example ')).toBe('http://northwind.example/');
  });
  it('keeps anything else inert', () => {
    for (const t of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'www.example.com', 'ftp://x.example', 'https://', '', undefined]) {
      expect(websiteHref(t)).toBeNull();
    }
  });
});

describe('formatPrice', () => {
  it('formats amount, currency and unit', () => {
    expect(formatPrice({ amount: 28.5, currency: 'EUR', per: 'hour' })).toBe('€28.50 per hour');
    expect(formatPrice({ amount: 4200, currency: 'USD', per: 'fte-month' })).toBe('$4,200.00 per FTE-month');
    expect(formatPrice({ amount: 28.5, currency: 'XYZ1', per: 'contact' })).toBe('XYZ1 28.5 per contact');
  });
});

describe('vendorRemovalMessage', () => {
  const pilot = (id: string, vendorId: string, name: string): Pilot => ({
    id, name, vendorId, start: '2026-01-01', end: '2026-03-31', goScore: 90, noGoScore: 75, kpis: [], measurements: NO_ROWS, decisions: [],
  });
  const a = makeAssessment({
    vendors: [makeVendor('nw', 'Northwind Contact'), makeVendor('cx', 'Contoso CX'), makeVendor('fb', 'Fabrikam')],
    scores: [makeScore('nw', 'c1', 3, 'e1'), makeScore('nw', 'c2', 4, 'e1'), makeScore('nw', 'c1', 2, 'e2'), makeScore('cx', 'c1', 1)],
    pilots: [pilot('p1', 'nw', 'Q1 pilot'), pilot('p2', 'fb', 'Spring'), pilot('p3', 'fb', 'Summer')],
  });

  it('names the scores and the pilot that go with the vendor', () => {
    expect(vendorRemovalMessage(a, 'nw')).toBe(
      'Remove “Northwind Contact”? 3 scores by 2 evaluators and the pilot “Q1 pilot” with its measurements and decisions will be deleted.',
    );
    expect(vendorRemovalMessage(a, 'cx')).toBe('Remove “Contoso CX”? 1 score by 1 evaluator will be deleted.');
    expect(vendorRemovalMessage(a, 'fb')).toBe('Remove “Fabrikam”? 2 pilots “Spring”, “Summer” with their measurements and decisions will be deleted.');
  });

  it('says so when nothing else is lost', () => {
    const b = makeAssessment({ vendors: [makeVendor('x', 'Xen')] });
    expect(vendorRemovalMessage(b, 'x')).toBe('Remove “Xen”? No scores or pilots are recorded for this vendor yet.');
  });
});
