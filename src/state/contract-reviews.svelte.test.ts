// A contract's reviews on a real AssessmentSession (Dexie on fake-indexeddb): a review logged with its
// actions, edited, an action's status changed and a review deleted are what storage holds afterwards
// (SPEC §11 Review); a wrong field stores nothing.
import { describe, expect, it } from 'vitest';
import { workedContract } from '../domain/contract/test-contract';
import type { Review } from '../domain/contract/contract-types';
import { makeAssessment, makeVendor } from '../domain/test-factories';
import { confirmState } from './confirm.svelte';
import { ContractReviews } from './contract-reviews.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

const REVIEW: Review = {
  id: 'r1', date: '2027-02-08', kind: 'monthly', title: 'January review',
  actions: [{ id: 'a1', text: 'Coach the late shift', owner: 'Ana', status: 'open', serviceLevelId: 'csat', month: '2027-01' }],
};

async function open(id: string, reviews: Review[] = []) {
  const session = await openSession(makeAssessment({ id, vendors: [makeVendor('v')], contracts: [workedContract(undefined, { reviews })] }));
  const stored = async () => (await storedAssessment(id))!.contracts[0].reviews;
  return { reviews: new ContractReviews(session, 'c', '2027-02-10'), stored };
}

describe('contract reviews', () => {
  it('logs a review dated today with its actions, and lists it first', async () => {
    const { reviews, stored } = await open('reviews-log', [REVIEW]);
    reviews.startNew();
    const form = reviews.form!;
    expect(form.draft.date).toBe('2027-02-10');
    Object.assign(form.draft, { kind: 'weekly', attendees: 'Ana, Ben', notes: 'AHT back on track' });
    const actionId = form.addAction();
    Object.assign(form.draft.actions[0], { text: 'Publish the staffing plan', due: '2027-02-20', serviceLevelId: 'aht', month: '2027-02' });
    expect(await form.submit()).toBe(true);
    const logged = (await stored())[1];
    expect(logged).toEqual({
      id: expect.stringMatching(/^review-/), date: '2027-02-10', kind: 'weekly', attendees: 'Ana, Ben', notes: 'AHT back on track',
      actions: [{ id: actionId, text: 'Publish the staffing plan', due: '2027-02-20', status: 'open', serviceLevelId: 'aht', month: '2027-02' }],
    });
    expect(reviews.reviews.map((r) => r.id)).toEqual([logged.id, 'r1']);
    expect(reviews.form).toBeNull();
    expect(reviews.status).toBe('Logged the review of Feb 10, 2027 with 1 action.');
  });

  it('stores nothing while a field is wrong, and says what beside it', async () => {
    const { reviews, stored } = await open('reviews-invalid');
    reviews.startNew();
    const form = reviews.form!;
    const actionId = form.addAction();
    form.draft.date = '';
    form.draft.actions[0].month = '2028-03';
    expect(form.shown('date')).toBeUndefined();
    expect(await form.submit()).toBe(false);
    expect(form.shown('date')).toBe("Enter the review's date.");
    expect(form.actionShown(actionId, 'text')).toBe('Say what is to be done.');
    expect(form.actionShown(actionId, 'month')).toBe('The term ends in December 2027: pick a month within it.');
    expect(await stored()).toEqual([]);
  });

  it('edits a review in place, keeping its id and its actions’ ids', async () => {
    const { reviews, stored } = await open('reviews-edit', [REVIEW]);
    reviews.startEdit('r1');
    const form = reviews.form!;
    expect(form.draft.title).toBe('January review');
    form.draft.title = '';
    form.draft.actions[0].status = 'done';
    expect(await form.submit()).toBe(true);
    expect(await stored()).toEqual([{ id: 'r1', date: '2027-02-08', kind: 'monthly', actions: [{ ...REVIEW.actions[0], status: 'done' }] }]);
  });

  it("changes an action's status at once", async () => {
    const { reviews, stored } = await open('reviews-status', [REVIEW]);
    expect(await reviews.setStatus('r1', 'a1', 'dropped')).toBe(true);
    expect((await stored())[0].actions[0].status).toBe('dropped');
  });

  it('asks before deleting a review with actions, and keeps it when the answer is no', async () => {
    const { reviews, stored } = await open('reviews-delete', [REVIEW, { id: 'r2', date: '2027-03-01', kind: 'weekly', actions: [] }]);
    const kept = reviews.remove('r1');
    expect(confirmState.request?.message).toBe('The review of Feb 8, 2027 and its 1 action will be deleted.');
    confirmState.answer(false);
    expect(await kept).toBe(false);
    const deleted = reviews.remove('r1');
    confirmState.answer(true);
    expect(await deleted).toBe(true);
    expect((await stored()).map((r) => r.id)).toEqual(['r2']);
    // Without actions nothing is lost beyond the review itself: no question.
    expect(await reviews.remove('r2')).toBe(true);
    expect(confirmState.request).toBeNull();
    expect(await stored()).toEqual([]);
  });
});
