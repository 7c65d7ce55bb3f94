// @vitest-environment jsdom
// The contract screen on a real session with the SPEC §11 worked example as of 1 May 2027: the money in
// words, the grid's statuses and credits, the sentence of January's earned-back credit, and edits of
// service levels and terms that reach storage (and refusals that do not).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import ContractScreen from './ContractScreen.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../../state/session-view-test-support';
import { makeAssessment, makeVendor } from '../../domain/test-factories';
import { workedContract } from '../../domain/contract/test-contract';
import { downloadText } from '../download';

cleanUpSessionViewsAfterEach();

vi.mock('../download', () => ({ downloadText: vi.fn() }));
vi.mock('../../domain/dates', async (original) => ({ ...(await original<typeof import('../../domain/dates')>()), localToday: () => '2027-05-01' }));

const assessment = (id: string) => makeAssessment({ id, vendors: [makeVendor('v', 'Northwind Contact')], contracts: [workedContract()] });

describe('ContractScreen', () => {
  it('explains the money, shows each month by status and credit, and says why January’s credit was earned back', async () => {
    await renderWithSession(ContractScreen, assessment('contract-screen-1'), { contractId: 'c' });
    expect(screen.getByTestId('money-sentence').textContent).toBe('Up to €24,000 a month is at risk (12 % of €200,000); CSAT carries 40 % (€9,600), AHT 60 % (€14,400).');
    const grid = screen.getByRole('table', { name: /service levels by month/ });
    const january = [...grid.querySelectorAll('tbody tr')][0];
    expect(january.querySelector('th')!.textContent).toContain('January 2027');
    expect(january.querySelector('[data-status="breach"]')!.textContent).toContain('79.5 %');
    expect(january.querySelector('[data-status="breach"]')!.textContent).toContain('€9,600 · Earned back');
    expect(grid.textContent).toContain('May 2027Month in progress');
    expect(screen.getByText("January's CSAT credit of €9,600 was earned back: CSAT met 85 % in February, March and April.")).toBeTruthy();
  });

  it('saves an edited minimum, and refuses an expected level on the worse side without storing it', async () => {
    await renderWithSession(ContractScreen, assessment('contract-screen-2'), { contractId: 'c' });
    const minimum = screen.getByLabelText('Minimum of CSAT') as HTMLInputElement;
    await fireEvent.input(minimum, { target: { value: '81' } });
    await fireEvent.change(minimum);
    await vi.waitFor(async () => expect((await storedAssessment('contract-screen-2'))!.contracts[0].serviceLevels[0].minimum).toBe(81));
    const expected = screen.getByLabelText('Expected level of CSAT') as HTMLInputElement;
    await fireEvent.input(expected, { target: { value: '70' } });
    await fireEvent.change(expected);
    expect(screen.getByText(/the expected level \(70 %\) must be at or above the minimum \(81 %\)/)).toBeTruthy();
    expect((await storedAssessment('contract-screen-2'))!.contracts[0].serviceLevels[0].expected).toBe(85);
  });

  it('changes the share at risk and the sentence follows', async () => {
    await renderWithSession(ContractScreen, assessment('contract-screen-3'), { contractId: 'c' });
    const atRisk = screen.getByLabelText('Share of the charges at risk, %') as HTMLInputElement;
    await fireEvent.input(atRisk, { target: { value: '10' } });
    await fireEvent.change(atRisk);
    await vi.waitFor(() => expect(screen.getByTestId('money-sentence').textContent).toContain('Up to €20,000 a month is at risk (10 % of €200,000)'));
    expect((await storedAssessment('contract-screen-3'))!.contracts[0].atRiskPercent).toBe(10);
  });
});

describe('ContractScreen as of another day', () => {
  it('judges the months reported by then: on 15 April January’s credit is still pending', async () => {
    await renderWithSession(ContractScreen, assessment('contract-screen-4'), { contractId: 'c' });
    await fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2027-04-15' } });
    await vi.waitFor(() => expect(screen.getByText(/January's CSAT credit of €9,600 is pending until April 2027/)).toBeTruthy());
    expect(screen.getByRole('table', { name: /service levels by month/ }).textContent).toContain('April 2027Month in progress');
    await fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    await vi.waitFor(() => expect(screen.getByText(/was earned back/)).toBeTruthy());
  });
});

describe('ContractScreen exports', () => {
  it('exports the credits per month as judged on the screen, with a total row', async () => {
    await renderWithSession(ContractScreen, assessment('contract-screen-5'), { contractId: 'c' });
    await fireEvent.click(screen.getByRole('button', { name: 'Export credits CSV' }));
    const [name, text] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(name).toMatch(/^test-assessment-worked-example-credits-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.split(/\r?\n/).filter(Boolean)).toHaveLength(1 + 4 + 1); // header, January to April, total
    expect(text).toContain('9600');
  });
});

describe('ContractScreen of a large contract', () => {
  it('shows the figures first and builds the forms in later tasks', async () => {
    const rows: [string, string, number][] = [];
    for (let day = 0; day < 2_600; day++) {
      const date = new Date(Date.UTC(2027, 0, 1 + (day % 120))).toISOString().slice(0, 10);
      rows.push(['csat', date, 86], ['aht', date, 400]);
    }
    const big = makeAssessment({ id: 'contract-screen-big', vendors: [makeVendor('v', 'Northwind Contact')], contracts: [workedContract(rows)] });
    await renderWithSession(ContractScreen, big, { contractId: 'c' });
    expect(screen.getByRole('table', { name: /service levels by month/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Service levels' })).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Service levels' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Terms' })).toBeTruthy();
  });
});
