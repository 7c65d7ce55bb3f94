import { describe, expect, it } from 'vitest';
import { rubricLevel } from './rubric';
import { blankAssessment } from './new-assessment';
import { assessmentFromTemplate } from './template';
import { slugify, uniqueId } from './ids';

describe('rubric labels', () => {
  it('labels the default 0..5 scale with the template rubric', () => {
    expect(rubricLevel(0, { min: 0, max: 5 }).label).toBe('Absent');
    expect(rubricLevel(3, { min: 0, max: 5 }).label).toBe('Meets expectations');
    expect(rubricLevel(5, { min: 0, max: 5 }).label).toBe('Outstanding');
  });

  it('maps other scales by relative position', () => {
    expect(rubricLevel(1, { min: 1, max: 10 }).label).toBe('Absent');
    expect(rubricLevel(10, { min: 1, max: 10 }).label).toBe('Outstanding');
    expect(rubricLevel(60, { min: 0, max: 100 }).label).toBe('Meets expectations');
    expect(rubricLevel(4.5, { min: 0, max: 5 }).label).toBe('Exceeds expectations');
  });
});

describe('new assessments', () => {
  const opts = { id: 'a1', evaluatorId: 'e1', now: '2026-11-22T10:00:00.000Z' };

  it('builds the BPO template: 6 categories, 28 criteria, one must-have, guidance everywhere', () => {
    const a = assessmentFromTemplate(opts);
    expect(a.categories).toHaveLength(6);
    const criteria = a.categories.flatMap((k) => k.criteria);
    expect(criteria).toHaveLength(28);
    expect(criteria.filter((c) => c.mustHave).map((c) => [c.id, c.minScore])).toEqual([['sec-attestation', 3]]);
    expect(criteria.every((c) => (c.guidance ?? '').length > 10)).toBe(true);
    expect(a.evaluators).toEqual([{ id: 'e1', name: 'Lead evaluator' }]);
    expect(a.scale).toEqual({ min: 0, max: 5 });
  });

  it('builds a blank assessment that still has one evaluator', () => {
    const a = blankAssessment(opts);
    expect(a.categories).toEqual([]);
    expect(a.evaluators).toHaveLength(1);
  });
});

describe('ids', () => {
  it('makes readable ids that match the file format pattern', () => {
    expect(slugify('Sécurité & Conformité!')).toBe('securite-conformite');
    expect(slugify('***', 'vendor')).toBe('vendor');
    expect(uniqueId('Tech', ['tech', 'tech-2'])).toBe('tech-3');
    expect(slugify('x'.repeat(80))).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
  });
});
