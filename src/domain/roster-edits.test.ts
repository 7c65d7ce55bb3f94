import { describe, expect, it } from 'vitest';
import { addEvaluator, addVendor, removeEvaluator, removeVendor, uniqueVendorNameCheck, updateVendor } from './roster-edits';
import { makeAssessment, makeCategory, makeCriterion, makeVendor, scoresOf } from './test-factories';

const base = makeAssessment({
  categories: [makeCategory('k1', 1, [makeCriterion('c1')])],
  vendors: [makeVendor('v1', 'Northwind Contact')],
  evaluators: [{ id: 'e1', name: 'Ana' }, { id: 'e2', name: 'Ben' }],
  scores: [...scoresOf('v1', { c1: 4 }, 'e1'), ...scoresOf('v1', { c1: 2 }, 'e2')],
});

describe('vendor and evaluator edits', () => {
  it('adds a vendor with an id from its name and edits it', () => {
    const { assessment, id } = addVendor(base, { name: 'Contoso CX', status: 'candidate' });
    expect(id).toBe('contoso-cx');
    const edited = updateVendor(assessment, id, { status: 'shortlisted', price: { amount: 28, currency: 'EUR', per: 'hour' } });
    expect(edited.vendors[1]).toEqual({ id: 'contoso-cx', name: 'Contoso CX', status: 'shortlisted', price: { amount: 28, currency: 'EUR', per: 'hour' } });
  });

  it('warns about a vendor name already used, ignoring case and spaces', () => {
    expect(uniqueVendorNameCheck(base, ' northwind contact ')).toBe('A vendor called "Northwind Contact" is already in this assessment.');
    expect(uniqueVendorNameCheck(base, 'Northwind Contact', 'v1')).toBeNull();
  });

  it('removes a vendor with its scores', () => {
    const after = removeVendor(base, 'v1');
    expect(after.vendors).toEqual([]);
    expect(after.scores).toEqual([]);
  });

  it('adds evaluators with ids that travel between browsers, and never removes the last one', () => {
    let i = 0;
    const { assessment, id } = addEvaluator(base, 'Chloé (Security)', 'CISO', () => (i++ % 36) / 36);
    expect(id).toMatch(/^chloe-security-[a-z0-9]{10}$/);
    expect(assessment.evaluators.at(-1)).toEqual({ id, name: 'Chloé (Security)', role: 'CISO' });
    const fewer = removeEvaluator(base, 'e2');
    expect(fewer.evaluators.map((e) => e.id)).toEqual(['e1']);
    expect(fewer.scores.map((s) => s.evaluatorId)).toEqual(['e1']);
    expect(removeEvaluator(fewer, 'e1')).toBe(fewer);
  });
});
