import { describe, expect, it } from 'vitest';
import { emptyActionDraft, emptyReviewDraft, hasReviewErrors, reviewDraftErrors, reviewDraftOf, reviewFromDraft, reviewsLatestFirst, type ReviewDraft } from './review-draft';
import { workedContract } from './test-contract';
import type { Review } from './contract-types';

const contract = workedContract(); // January to December 2027

function draft(partial: Partial<ReviewDraft> = {}): ReviewDraft {
  return { ...emptyReviewDraft('2027-02-10'), ...partial };
}

describe('a review typed in its form (SPEC §11 Review)', () => {
  it('stores trimmed texts and leaves empty optional fields out', () => {
    const action = { ...emptyActionDraft('a1'), text: ' Coach the late shift ', owner: ' Ana ', due: '2027-03-01', serviceLevelId: 'csat', month: '2027-01' };
    const review = reviewFromDraft(draft({ kind: 'quarterly', title: '  ', notes: ' January breach ', actions: [action, { ...emptyActionDraft('a2'), text: 'Call back' }] }), 'r1');
    expect(review).toEqual({
      id: 'r1', date: '2027-02-10', kind: 'quarterly', notes: 'January breach',
      actions: [
        { id: 'a1', text: 'Coach the late shift', owner: 'Ana', due: '2027-03-01', status: 'open', serviceLevelId: 'csat', month: '2027-01' },
        { id: 'a2', text: 'Call back', status: 'open' },
      ],
    });
    expect(reviewFromDraft(reviewDraftOf(review), 'r1')).toEqual(review);
  });

  it('says what is wrong beside each field: the date, an action without text, a due day that is not one, a month out of the term', () => {
    const actions = [
      { ...emptyActionDraft('a1'), text: '  ', due: '2027-02-30' },
      { ...emptyActionDraft('a2'), text: 'Fine', month: '2026-12' },
      { ...emptyActionDraft('a3'), text: 'Fine', month: '2028-01' },
      { ...emptyActionDraft('a4'), text: 'Fine', month: '2027-1' },
      { ...emptyActionDraft('a5'), text: 'Fine', month: '2027-12', owner: 'x'.repeat(201) },
    ];
    const errors = reviewDraftErrors(draft({ date: '', actions }), contract);
    expect(errors.review).toEqual({ date: "Enter the review's date." });
    expect(errors.actions).toEqual({
      a1: { text: 'Say what is to be done.', due: '"2027-02-30" is not a date: use a real calendar day (YYYY-MM-DD).' },
      a2: { month: 'The contract starts in January 2027: pick that month or a later one.' },
      a3: { month: 'The term ends in December 2027: pick a month within it.' },
      a4: { month: '"2027-1" is not a month: use YYYY-MM, e.g. 2027-01.' },
      a5: { owner: 'At most 200 characters (this has 201).' },
    });
    expect(hasReviewErrors(errors)).toBe(true);
    expect(hasReviewErrors(reviewDraftErrors(draft(), contract))).toBe(false);
  });

  it('lists reviews latest first, the later logged first on the same day', () => {
    const r = (id: string, date: string): Review => ({ id, date, kind: 'weekly', actions: [] });
    expect(reviewsLatestFirst([r('a', '2027-02-01'), r('b', '2027-03-01'), r('c', '2027-02-01')]).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
});
