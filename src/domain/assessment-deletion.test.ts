import { describe, expect, it } from 'vitest';
import { deletionMessage } from './assessment-deletion';
import { makeAssessment, makeCategory, makeCriterion, makeVendor, scoresOf } from './test-factories';

describe('deletionMessage', () => {
  it('counts what goes with the assessment; cleared scores are not scores', () => {
    const a = makeAssessment({
      categories: [makeCategory('k1', 60, [makeCriterion('c1'), makeCriterion('c2')]), makeCategory('k2', 40, [makeCriterion('c3')])],
      vendors: [makeVendor('v1'), makeVendor('v2')],
      scores: [...scoresOf('v1', { c1: 4, c2: 3 }), { vendorId: 'v2', criterionId: 'c1', evaluatorId: 'e1', value: null, note: 'later' }],
    });
    expect(deletionMessage(a)).toBe(
      'This deletes 2 vendors, 2 scores from 1 evaluator, 3 criteria and 0 pilots from this browser. It cannot be undone; export it first if you may need it again.',
    );
  });

  it('says one of each in the singular', () => {
    const a = makeAssessment({ categories: [makeCategory('k1', 100, [makeCriterion('c1')])], vendors: [makeVendor('v1')], scores: scoresOf('v1', { c1: 5 }) });
    expect(deletionMessage(a)).toContain('1 vendor, 1 score from 1 evaluator, 1 criterion and 0 pilots');
  });
});
