// @vitest-environment jsdom
// A contract's reviews driven by their labels (SPEC §11 Review): a review logged with an action about a
// service level and a month, an empty action refused beside its field, an action's status changed in
// place, a review with actions deleted only once confirmed.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import ReviewsPanel from './ReviewsPanel.svelte';
import { workedContract } from '../../../domain/contract/test-contract';
import type { Review } from '../../../domain/contract/contract-types';
import { makeAssessment, makeVendor } from '../../../domain/test-factories';
import { confirmState } from '../../../state/confirm.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../../../state/session-view-test-support';

cleanUpSessionViewsAfterEach();

const REVIEW: Review = {
  id: 'r1', date: '2027-02-08', kind: 'monthly', title: 'January review', attendees: 'Ana, Ben',
  actions: [{ id: 'a1', text: 'Coach the late shift', owner: 'Ana', due: '2027-02-20', status: 'open', serviceLevelId: 'csat', month: '2027-01' }],
};

async function open(id: string, reviews: Review[] = []) {
  await renderWithSession(ReviewsPanel, makeAssessment({ id, vendors: [makeVendor('v')], contracts: [workedContract(undefined, { reviews })] }), { contractId: 'c' });
  return async () => (await storedAssessment(id))!.contracts[0].reviews;
}

const form = () => screen.getByRole('form', { name: 'Log a review' });
const type = (scope: HTMLElement, label: string | RegExp, value: string) => fireEvent.input(within(scope).getByLabelText(label), { target: { value } });
const choose = (scope: HTMLElement, label: string | RegExp, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

describe('ReviewsPanel', () => {
  it('logs a review with an action about a service level and a month', async () => {
    const stored = await open('reviews-view-log');
    expect(screen.getByText('No reviews logged yet.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Log a review' }));
    await type(form(), /^Date/, '2027-04-05');
    await choose(form(), 'Kind', 'quarterly');
    await type(form(), 'Title', 'Q1 business review');
    await type(form(), 'Notes', 'CSAT recovered');
    await fireEvent.click(within(form()).getByRole('button', { name: '+ Add an action' }));
    const action = within(form()).getByRole('group', { name: 'Action 1' });
    expect(document.activeElement).toBe(within(action).getByLabelText(/What is to be done/));
    await type(action, /What is to be done/, 'Refresh the FAQ');
    await type(action, 'Owner', 'Ben');
    await choose(action, 'About service level', 'aht');
    await type(action, 'About month', '2027-03');
    await fireEvent.click(within(form()).getByRole('button', { name: 'Log review' }));
    expect(await screen.findByText('Logged the review of Apr 5, 2027 with 1 action.')).toBeTruthy();
    const [review] = await stored();
    expect(review).toMatchObject({ date: '2027-04-05', kind: 'quarterly', title: 'Q1 business review', notes: 'CSAT recovered' });
    expect(review.actions).toEqual([{ id: expect.any(String), text: 'Refresh the FAQ', owner: 'Ben', status: 'open', serviceLevelId: 'aht', month: '2027-03' }]);
    const item = screen.getByRole('article', { name: 'Q1 business review' });
    expect(item.textContent).toContain('about AHT, March 2027');
  });

  it('refuses an action without text, beside its field, and stores nothing', async () => {
    const stored = await open('reviews-view-invalid');
    await fireEvent.click(screen.getByRole('button', { name: 'Log a review' }));
    await fireEvent.click(within(form()).getByRole('button', { name: '+ Add an action' }));
    await type(form(), 'About month', '2026-11');
    await fireEvent.click(within(form()).getByRole('button', { name: 'Log review' }));
    const text = within(form()).getByLabelText(/What is to be done/);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(text.getAttribute('aria-describedby')!)!.textContent).toBe('Say what is to be done.');
    expect(within(form()).getByText('The contract starts in January 2027: pick that month or a later one.')).toBeTruthy();
    expect(document.activeElement).toBe(text);
    expect(await stored()).toEqual([]);
  });

  it("changes an action's status in place and asks before deleting a review with actions", async () => {
    const stored = await open('reviews-view-status', [REVIEW]);
    await choose(screen.getByRole('article', { name: 'January review' }), 'Status of “Coach the late shift”', 'done');
    await expect.poll(async () => (await stored())[0].actions[0].status).toBe('done');
    await fireEvent.click(screen.getByRole('button', { name: 'Delete the review of Feb 8, 2027' }));
    expect(confirmState.request?.message).toBe('The review of Feb 8, 2027 and its 1 action will be deleted.');
    confirmState.answer(true);
    expect(await screen.findByText('Deleted the review of Feb 8, 2027.')).toBeTruthy();
    expect(await stored()).toEqual([]);
  });

  it('edits a review in its place in the list', async () => {
    const stored = await open('reviews-view-edit', [REVIEW]);
    await fireEvent.click(screen.getByRole('button', { name: 'Edit the review of Feb 8, 2027' }));
    const edit = screen.getByRole('form', { name: 'Edit the review' });
    await type(edit, 'Attendees', 'Ana, Ben, Chloé');
    await fireEvent.click(within(edit).getByRole('button', { name: 'Remove action 1' }));
    await fireEvent.click(within(edit).getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText('Saved the review of Feb 8, 2027.')).toBeTruthy();
    expect(await stored()).toEqual([{ id: 'r1', date: '2027-02-08', kind: 'monthly', title: 'January review', attendees: 'Ana, Ben, Chloé', actions: [] }]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit the review of Feb 8, 2027' }));
  });
});
