import { describe, expect, it } from 'vitest';
import { categoryInertReason, categoryRemovalMessage, checklistSummary, criterionRemovalMessage, scoreLoss, summaryText } from './checklist-summary';
import { makeAssessment, makeCategory, makeCriterion, makeMustHave, makeScore } from './test-factories';

const audits = makeMustHave('audits', 3);
audits.name = 'Independent audits';
const a = makeAssessment({
  evaluators: [
    { id: 'e1', name: 'Ana' },
    { id: 'e2', name: 'Ben' },
  ],
  categories: [
    { ...makeCategory('security', 50, [audits, makeCriterion('encryption')]), name: 'Security posture' },
    makeCategory('culture', 30, [makeCriterion('fit')]),
    makeCategory('empty', 0, []),
  ],
  scores: [
    makeScore('v1', 'audits', 3, 'e1'),
    makeScore('v2', 'audits', 2, 'e1'),
    makeScore('v3', 'audits', 4, 'e1'),
    makeScore('v1', 'audits', 3, 'e2'),
    makeScore('v2', 'audits', 5, 'e2'),
    makeScore('v3', 'audits', null, 'e2'), // cleared: not a score
    makeScore('v1', 'encryption', 1, 'e2'),
  ],
});

describe('checklistSummary', () => {
  it('counts categories, criteria and must-haves', () => {
    expect(checklistSummary(a.categories)).toEqual({ categories: 3, criteria: 3, mustHaves: 1 });
    expect(summaryText(checklistSummary(a.categories))).toBe('3 categories, 3 criteria, 1 must-have');
    expect(summaryText(checklistSummary([]))).toBe('0 categories, 0 criteria, 0 must-haves');
  });
});

describe('scoreLoss', () => {
  it('counts recorded scores and distinct evaluators, ignoring cleared values', () => {
    expect(scoreLoss(a.scores, (s) => s.criterionId === 'audits')).toEqual({ scores: 5, evaluators: 2 });
    expect(scoreLoss(a.scores, (s) => s.vendorId === 'nobody')).toEqual({ scores: 0, evaluators: 0 });
  });
});

describe('criterionRemovalMessage', () => {
  it('names the scores that would be lost', () => {
    expect(criterionRemovalMessage(a, 'audits')).toBe('Remove “Independent audits”? 5 scores by 2 evaluators for this criterion will be deleted.');
    expect(criterionRemovalMessage(a, 'encryption')).toBe('Remove “Criterion encryption”? 1 score by 1 evaluator for this criterion will be deleted.');
  });

  it('is null when nothing is scored (remove at once) or the criterion is unknown', () => {
    expect(criterionRemovalMessage(a, 'fit')).toBeNull();
    expect(criterionRemovalMessage(a, 'missing')).toBeNull();
  });
});

describe('categoryRemovalMessage', () => {
  it('names the criteria and the scores given on them', () => {
    expect(categoryRemovalMessage(a, 'security')).toBe(
      'Remove “Security posture” and its 2 criteria? 6 scores by 2 evaluators for these criteria will be deleted.',
    );
  });

  it('is null without scores', () => {
    expect(categoryRemovalMessage(a, 'culture')).toBeNull();
    expect(categoryRemovalMessage(a, 'empty')).toBeNull();
  });
});

describe('categoryInertReason', () => {
  it('names why a category counts for nothing (SPEC §3), and is null when it counts', () => {
    const k = makeCategory('k', 10, [makeCriterion('c1', 0), makeCriterion('c2', 0)]);
    expect(categoryInertReason(k, 0)).toBe('Weight 0: this category does not count.');
    expect(categoryInertReason(k, 0.5)).toBe('All its criteria weigh 0: this category does not count.');
    expect(categoryInertReason(makeCategory('k', 10, [makeCriterion('c1', 0), makeCriterion('c2', 2)]), 0.5)).toBeNull();
    expect(categoryInertReason(makeCategory('k', 10, []), 0.5)).toBeNull();
  });
});
