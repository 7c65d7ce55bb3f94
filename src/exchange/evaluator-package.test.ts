import { describe, expect, it } from 'vitest';
import { workedContract } from '../domain/contract/test-contract';
import { workedExample } from '../domain/worked-example';
import { mergeEvaluators } from '../domain/merge';
import { evaluatorPackageAssessment, exportEvaluatorPackage } from './evaluator-package';
import { importAssessmentText } from './import';

const AT = '2026-11-25T12:00:00.000Z';

function example() {
  const a = workedExample();
  // Distinctive texts of the others that must never travel in Ben's package.
  a.evaluators.push({ id: 'chloe-x7', name: 'Chloé Secret-Name', role: 'Security' });
  a.scores.push({ vendorId: 'contoso', criterionId: 'tech-integration', evaluatorId: 'chloe-x7', value: 1, note: 'CHLOE-PRIVATE-NOTE', updatedAt: AT });
  a.scores.push({ vendorId: 'northwind', criterionId: 'tech-integration', evaluatorId: 'ben', value: 3, note: 'Ben own note', updatedAt: '2026-11-21T08:00:00.000Z' });
  return a;
}

describe('evaluator package', () => {
  it("holds the checklist, the vendors and that evaluator's own scores only", () => {
    const text = exportEvaluatorPackage(example(), 'ben', AT);
    for (const secret of ['Ana (Procurement)', '"ana"', 'Chloé Secret-Name', 'chloe-x7', 'CHLOE-PRIVATE-NOTE', 'Strong brand-voice samples.']) {
      expect(text).not.toContain(secret);
    }
    const file = JSON.parse(text);
    expect(file.assessment.id).toBe('demo-small');
    expect(file.assessment.name).toBe('Tier-1 support outsourcing (worked example) — for Ben (CX)');
    expect(file.assessment.evaluators).toEqual([{ id: 'ben', name: 'Ben (CX)' }]);
    expect(file.assessment.scores.map((s: { evaluatorId: string }) => s.evaluatorId)).toEqual(['ben', 'ben', 'ben', 'ben', 'ben']);
    expect(file.assessment.scores).toContainEqual({ vendorId: 'northwind', criterionId: 'tech-integration', evaluatorId: 'ben', value: 3, note: 'Ben own note', updatedAt: '2026-11-21T08:00:00.000Z' });
    expect(file.assessment.pilots).toEqual([]);
    expect(file.assessment.categories).toEqual(JSON.parse(JSON.stringify(example().categories)));
    expect(file.assessment.vendors.map((v: { id: string }) => v.id)).toEqual(['northwind', 'contoso', 'fabrikam']);
    expect(text).not.toContain('northwind-q1');
  });

  it('leaves the contracts out: their commercial terms are the lead’s', () => {
    const a = example();
    a.contracts = [workedContract(undefined, { id: 'northwind-2027', vendorId: 'northwind', name: 'CONTRACT-TERMS' })];
    const text = exportEvaluatorPackage(a, 'ben', AT);
    expect(JSON.parse(text).assessment.contracts).toEqual([]);
    expect(text).not.toContain('CONTRACT-TERMS');
  });

  it('is a valid file of the current version that imports cleanly', () => {
    const result = importAssessmentText(exportEvaluatorPackage(example(), 'ben', AT));
    expect(result.ok).toBe(true);
  });

  it('does not change the assessment it is made from', () => {
    const a = example();
    const before = structuredClone(a);
    evaluatorPackageAssessment(a, 'ben');
    expect(a).toEqual(before);
  });

  it('refuses an unknown evaluator', () => {
    expect(() => evaluatorPackageAssessment(example(), 'nobody')).toThrow('No evaluator with id "nobody"');
  });

  it('comes back as a clash of the same id and merges: only what the evaluator changed moves', () => {
    const lead = example();
    const result = importAssessmentText(exportEvaluatorPackage(lead, 'ben', AT));
    if (!result.ok) throw new Error('package did not import');
    const returned = result.assessment;
    expect(returned.id).toBe(lead.id);
    // Ben changes one score and adds one.
    returned.scores = returned.scores.map((s) => (s.vendorId === 'contoso' && s.criterionId === 'sec-attestation' ? { ...s, value: 4, updatedAt: '2026-11-26T10:00:00.000Z' } : s));
    returned.scores.push({ vendorId: 'fabrikam', criterionId: 'sec-encryption', evaluatorId: 'ben', value: 4, updatedAt: '2026-11-26T10:01:00.000Z' });
    const merged = mergeEvaluators(lead, returned, '2026-11-27T00:00:00.000Z');
    if (!merged.ok) throw new Error(merged.reason);
    expect(merged.summary).toMatchObject({ evaluatorsAdded: [], scoresAdded: 1, scoresUpdated: 1, scoresKeptNewer: 0, scoresUnchanged: 4, scoresSkipped: 0 });
    expect(merged.assessment.name).toBe(lead.name);
    expect(merged.assessment.evaluators).toEqual(lead.evaluators);
    expect(merged.assessment.pilots).toEqual(lead.pilots);
    expect(merged.assessment.scores).toHaveLength(lead.scores.length + 1);
  });
});
