// @vitest-environment jsdom
// The QBR pack on a real session (Dexie on fake-indexeddb) with the contract example of SPEC §11
// (tests/fixtures/examples/contract-assessment.json) as of 10 May 2027: January's CSAT credit earned
// back, February's AHT credit payable, the February review and its action, the pilot's GO.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import QbrView from './QbrView.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession } from '../state/session-view-test-support';
import { contractAssessment } from '../domain/contract/test-contract-assessment';
import { WORKED_AHT, WORKED_CSAT, workedContract } from '../domain/contract/test-contract';

beforeAll(() => {
  // jsdom has no canvas: the chart says so, the summary gives its figures in words.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
cleanUpSessionViewsAfterEach();

const CONTRACT = 'northwind-2027';
const pack = () => screen.getByRole('article', { name: 'Quarterly business review' });
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The text of the description of `term` in a list of terms under `region`. */
const described = (region: HTMLElement, term: string) => text(within(region).getByText(term, { selector: 'dt' }).nextElementSibling!);

async function open(asOf = '2027-05-10', a = contractAssessment()) {
  await renderWithSession(QbrView, a, { contractId: CONTRACT, asOf });
}

describe('QbrView', () => {
  it('offers the quarters with a reported month, the latest first, and opens on the latest', async () => {
    await open();
    const picker = screen.getByRole('combobox', { name: 'Quarter' }) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).toEqual(['Q2 2027', 'Q1 2027']);
    expect(picker.value).toBe('Q2 2027');
    expect(text(pack())).toContain('April 2027 (May and June not reported yet)');
    // Q2's results completed January's earn-back: the pack says so.
    const credits = screen.getByRole('region', { name: 'Credits and earn-back' });
    expect(text(credits)).toContain('No service level earned a credit in Q2 2027.');
    expect(text(credits)).toContain(
      "Earned back by this quarter’s results Earned back January's Customer satisfaction (CSAT) credit of €9,600 was earned back: Customer satisfaction (CSAT) met 85 % in February, March and April.",
    );
    expect(document.title).toBe('Northwind Contact, tier-1 support 2027 — QBR Q2 2027');
  });

  it('gives Q1’s money, breaches and each credit’s reason in sentences', async () => {
    await open();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Quarter' }), { target: { value: 'Q1 2027' } });
    const tiles = within(screen.getByRole('list', { name: 'The quarter’s money' }));
    expect(tiles.getAllByRole('listitem').map((li) => text(li))).toEqual([
      'Scorecard quarter average97.5',
      'Credits payable€14,400',
      'Net bonus − payable credits-€14,400',
      'Earned back€9,600',
      'Pending earn-back undecided€0',
      'Bonus€0',
    ]);
    const summary = screen.getByRole('region', { name: 'Executive summary' });
    expect(described(summary, 'Scorecard')).toBe('97.5 on average: January 95.9 · February 95.8 · March 100.8 (100: every credited service level at its expected level).');
    expect(described(summary, 'Breaches')).toBe('Customer satisfaction (CSAT) in January; Average handle time (AHT) and Backlog in February.');
    expect(described(summary, 'Credits')).toBe('€14,400 payable, €9,600 earned back, €0 pending earn-back.');
    expect(described(summary, 'At risk')).toMatch(/^Up to €24,000 a month is at risk \(12 % of €200,000\); Customer satisfaction \(CSAT\) carries 40 % \(€9,600\)/);
    expect(described(summary, 'Bonus')).toBe('This contract has no bonus.');
    expect(described(summary, 'Governance')).toBe('1 review held; 1 action recorded, 0 still open; 1 action closed to date.');
    const credits = text(screen.getByRole('region', { name: 'Credits and earn-back' }));
    expect(credits).toContain("Earned back January's Customer satisfaction (CSAT) credit of €9,600 was earned back: Customer satisfaction (CSAT) met 85 % in February, March and April.");
    expect(credits).toContain("Payable February's Average handle time (AHT) credit of €14,400 is payable: Average handle time (AHT) was 405 s in April, above the expected 400 s.");
  });

  it('shows each service level by month with its status in words', async () => {
    await open();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Quarter' }), { target: { value: 'Q1 2027' } });
    const table = screen.getByRole('table', { name: 'Service levels by month, Q1 2027' });
    const row = (name: RegExp) => within(table).getByRole('row', { name }).querySelectorAll('td');
    expect([...row(/^Customer satisfaction/)].map(text)).toEqual(['79.5 % ✕ Breach Credit €9,600 · Earned back', '85 % ★ Exceeds expected', '86 % ★ Exceeds expected']);
    expect([...row(/^Average handle time/)].map(text)).toEqual(['410 s ✓ Met', '430 s ✕ Breach Credit €14,400 · Payable', '398 s ★ Exceeds expected']);
    expect([...row(/^Net/)].map(text)).toEqual(['€0', '-€14,400', '€0']);
  });

  it('lists the reviews held, the actions and the pilot’s decision', async () => {
    await open();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Quarter' }), { target: { value: 'Q1 2027' } });
    const page = text(pack());
    expect(page).toContain('Monthly review: February performance review');
    expect(page).toContain('AHT above the committed 420 s after the billing-system change.');
    const recorded = screen.getByRole('table', { name: 'Recorded in Q1 2027' });
    expect(text(within(recorded).getAllByRole('row')[1])).toContain('Refresher on the new billing flows for all agentsNorthwind training lead');
    expect(text(within(recorded).getAllByRole('row')[1])).toContain('Done');
    expect(text(screen.getByRole('region', { name: 'Decisions from the pilot' }))).toContain('CSAT and AHT beat their targets over four weeks.');
  });

  it('says why a month’s credits were capped at the amount at risk', async () => {
    const capped = workedContract(
      [
        ['csat', '2027-01-31', 70],
        ['aht', '2027-01-31', 500],
      ],
      { id: CONTRACT, serviceLevels: [{ ...WORKED_CSAT, allocationPercent: 80 }, WORKED_AHT], earnBackMonths: 0, vendorId: 'northwind' },
    );
    await open('2027-02-10', contractAssessment({ contracts: [capped] }));
    expect(text(screen.getByRole('region', { name: 'Credits and earn-back' }))).toContain(
      'Credits capped at the €24,000 at risk: €33,600 was due, so each credit is scaled by 24,000/33,600: CSAT €13,714.29 (of €19,200), AHT €10,285.71 (of €14,400).',
    );
  });

  it('says when no month has been reported yet', async () => {
    await open('2026-12-03');
    expect(text(pack())).toContain('No month of this contract has been reported yet: the first pack covers January 2027 once that month has ended.');
    expect(screen.queryByRole('button', { name: 'Print / Save as PDF' })).toBeNull();
  });

  it('says when the contract is gone', async () => {
    await open('2027-05-10', contractAssessment({ contracts: [] }));
    expect(screen.getByRole('heading', { name: 'Contract not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Back to the contracts' }).getAttribute('href')).toBe('#/a/demo-small/contracts');
  });
});
