// @vitest-environment jsdom
// The executive dashboard on real storage (Dexie on fake-indexeddb): the contract example of SPEC §11
// and contracts built from it, read across assessments, in the order of sortByAttention, kept in step
// with an edit, and the empty state that says how a contract comes to be.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import DashboardView from './DashboardView.svelte';
import { DashboardState } from '../state/dashboard-screen.svelte';
import { cleanUpSessionViewsAfterEach, deleteStored, openSession } from '../state/session-view-test-support';
import { contractAssessment } from '../domain/contract/test-contract-assessment';
import { makeAssessment, makeVendor } from '../domain/test-factories';
import { workedContract } from '../domain/contract/test-contract';

cleanUpSessionViewsAfterEach();
const stored: string[] = [];
afterEach(async () => {
  while (stored.length) await deleteStored(stored.pop()!);
});

async function store(...assessments: Parameters<typeof openSession>[0][]) {
  const sessions = [];
  for (const a of assessments) {
    stored.push(a.id);
    sessions.push(await openSession(a));
  }
  return sessions;
}

function show(asOf: string): void {
  render(DashboardView, { props: { dashboard: new DashboardState(() => asOf) } });
}

const cards = () => within(screen.getByRole('list', { name: 'Live contracts, needing attention first' })).getAllByRole('article');
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const facts = (card: HTMLElement) => Object.fromEntries(within(card).getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));

describe('DashboardView', () => {
  it('says how a contract comes to be when there is none', async () => {
    await store(makeAssessment({ id: 'no-contract' }));
    show('2027-05-10');
    const empty = await screen.findByRole('region', { name: 'No contracts yet' });
    expect(empty.textContent).toContain('A contract follows a pilot that reads GO');
    expect(empty.textContent).toContain('On the assessment’s Contracts tab, choose “Create contract”');
    expect(within(empty).getByRole('link', { name: 'Go to the assessments' }).getAttribute('href')).toBe('#/');
  });

  it('shows the example contract’s latest month, credits this year and a link to it', async () => {
    await store(contractAssessment());
    show('2027-05-10');
    const [card] = await vi.waitFor(() => cards());
    expect(within(card).getByRole('link', { name: 'Northwind Contact, tier-1 support 2027' }).getAttribute('href')).toBe('#/a/demo-small/contracts/northwind-2027');
    expect(card.textContent).toContain('Northwind Contact · Tier-1 support outsourcing (worked example) · Runs to December 2027');
    expect(facts(card)).toEqual({
      'Latest month': 'April 2027',
      Breaches: 'None',
      'Credits 2027': '€14,400 payable, €9,600 earned back',
      'Pending earn-backs': 'None',
      'Overdue actions': 'No open actions',
    });
    expect(card.textContent).toContain('99.4 scorecard');
    expect(within(card).getByRole('link', { name: 'Quarterly business review' }).getAttribute('href')).toBe('#/a/demo-small/contracts/northwind-2027/qbr');
    expect(within(card).getByText('Credits payable this year')).toBeTruthy();
    expect(within(card).getByRole('img').getAttribute('aria-label')).toBe('Scorecard over the last 4 months: 95.9, 95.8, 100.8, 99.4');
  });

  it('puts contracts needing attention first, across assessments, and keeps ended ones behind a button', async () => {
    const vendors = [makeVendor('v', 'Contoso CX')];
    const breach = workedContract(undefined, { id: 'late', name: 'Zeta: action overdue', reviews: [{ id: 'r', date: '2027-04-05', kind: 'monthly', actions: [{ id: 'x', text: 'Fix', status: 'open', due: '2027-04-30' }] }] });
    await store(
      contractAssessment(),
      makeAssessment({ id: 'other', name: 'Back office', vendors, contracts: [workedContract(undefined, { id: 'calm', name: 'B: calm' }), breach, workedContract([], { id: 'old', name: 'Old deal', start: '2025-01-01', months: 12 }), workedContract([], { id: 'next', name: 'Starts in July', start: '2027-07-01' })] }),
    );
    show('2027-05-10');
    await vi.waitFor(() => expect(cards()).toHaveLength(3));
    expect(cards().map((c) => within(c).getByRole('heading').textContent)).toEqual(['Zeta: action overdue', 'Northwind Contact, tier-1 support 2027', 'B: calm']);
    expect(screen.getByText(/^Contracts needing attention come first: an overdue action or a breach in the latest month, then credits payable this year/)).toBeTruthy();
    expect(within(cards()[0]).getByText('Needs action: 1 action overdue')).toBeTruthy();
    expect(screen.queryByText('Old deal')).toBeNull();
    // Not started: its name and start only.
    const next = within(screen.getByRole('list', { name: 'Contracts not started yet' })).getByRole('article');
    expect(text(next)).toBe('Starts in July Contoso CX · Back office · Starts July 2027');
    await fireEvent.click(screen.getByRole('button', { name: 'Show 1 ended contract' }));
    expect(screen.getByRole('link', { name: 'Old deal' }).closest('article')!.textContent).toContain('Ended December 2025');
  });

  it('follows an edit of a contract made elsewhere', async () => {
    const [session] = await store(contractAssessment());
    show('2027-05-10');
    await vi.waitFor(() => expect(cards()).toHaveLength(1));
    await session.updateContracts((cs) => cs.map((c) => ({ ...c, name: 'Renamed contract' })));
    await vi.waitFor(() => expect(screen.getByRole('link', { name: 'Renamed contract' })).toBeTruthy());
  });
});
