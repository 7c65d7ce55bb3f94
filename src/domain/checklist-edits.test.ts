import { describe, expect, it } from 'vitest';
import {
  addCategory, addCriterion, moveCategory, moveCriterion, removeCategory, removeCriterion, setScale, updateCriterion,
} from './checklist-edits';
import { makeAssessment, makeCategory, makeCriterion, makeVendor, scoresOf } from './test-factories';

const base = makeAssessment({
  categories: [makeCategory('k1', 60, [makeCriterion('c1'), makeCriterion('c2')]), makeCategory('k2', 40, [makeCriterion('c3')])],
  vendors: [makeVendor('v1')],
  scores: scoresOf('v1', { c1: 4, c2: 2, c3: 5 }),
});

describe('checklist edits', () => {
  it('adds categories and criteria with readable unique ids', () => {
    const first = addCategory(base, 'Security posture');
    expect(first.id).toBe('security-posture');
    const second = addCategory(first.assessment, 'Security posture');
    expect(second.id).toBe('security-posture-2');
    const withCriterion = addCriterion(second.assessment, 'k2', 'Independent audits', 3);
    expect(withCriterion.assessment.categories[1].criteria.map((c) => [c.id, c.weight])).toEqual([['c3', 1], ['independent-audits', 3]]);
  });

  it('moves categories and criteria, across category edges too', () => {
    expect(moveCategory(base, 'k2', -1).categories.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(moveCategory(base, 'k1', -1).categories.map((k) => k.id)).toEqual(['k1', 'k2']);
    expect(moveCriterion(base, 'c2', -1).categories[0].criteria.map((c) => c.id)).toEqual(['c2', 'c1']);
    const across = moveCriterion(base, 'c2', 1);
    expect(across.categories.map((k) => k.criteria.map((c) => c.id))).toEqual([['c1'], ['c2', 'c3']]);
    const back = moveCriterion(base, 'c3', -1);
    expect(back.categories.map((k) => k.criteria.map((c) => c.id))).toEqual([['c1', 'c2', 'c3'], []]);
  });

  it('removes a criterion or a category together with their scores', () => {
    expect(removeCriterion(base, 'c1').scores.map((s) => s.criterionId)).toEqual(['c2', 'c3']);
    const without = removeCategory(base, 'k1');
    expect(without.categories.map((k) => k.id)).toEqual(['k2']);
    expect(without.scores.map((s) => s.criterionId)).toEqual(['c3']);
  });

  it('gives a new must-have a minimum at the middle of the scale', () => {
    const edited = updateCriterion(base, 'c1', { mustHave: true });
    expect(edited.categories[0].criteria[0]).toMatchObject({ mustHave: true, minScore: 3 });
    const explicit = updateCriterion(base, 'c1', { mustHave: true, minScore: 2 });
    expect(explicit.categories[0].criteria[0].minScore).toBe(2);
  });

  it('changes the scale only when no score or must-have minimum falls outside it', () => {
    expect(setScale(base, { min: 0, max: 10 })).toEqual({ assessment: { ...base, scale: { min: 0, max: 10 } } });
    expect(setScale(base, { min: 3, max: 4 })).toEqual({ error: '2 existing scores would fall outside 3–4; change or clear them first.' });
    expect(setScale(base, { min: 5, max: 5 })).toEqual({ error: 'The top of the scale (5) must be above the bottom (5).' });
    expect(setScale(base, { min: 0, max: 2.5 })).toEqual({ error: 'The scale needs whole numbers.' });
  });

  it('refuses scale ends beyond ±1,000,000, where the totals would overflow (domain/bounds.ts)', () => {
    const wide = 'Keep both ends of the scale between −1,000,000 and 1,000,000.';
    expect(setScale(base, { min: -1e308, max: 1e308 })).toEqual({ error: wide });
    expect(setScale(base, { min: 0, max: 1_000_001 })).toEqual({ error: wide });
    expect(setScale(base, { min: -1_000_000, max: 1_000_000 })).toMatchObject({ assessment: { scale: { min: -1_000_000, max: 1_000_000 } } });
  });
});
