// @vitest-environment jsdom
// Typing a contract month by its labels (SPEC §11): every service level's line saved at once, a month
// that already has results held until Replace or Add anyway, a wrong value said beside its field and
// nothing stored, a month outside the term said to be kept and not judged.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import MonthEntry from './MonthEntry.svelte';
import { workedContract } from '../../domain/contract/test-contract';
import { makeAssessment, makeVendor } from '../../domain/test-factories';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../../state/session-view-test-support';

cleanUpSessionViewsAfterEach();

async function open(id: string) {
  await renderWithSession(MonthEntry, makeAssessment({ id, vendors: [makeVendor('v')], contracts: [workedContract()] }), { contractId: 'c' });
  return async (month: string) => ((await storedAssessment(id))!.contracts[0].measurements).filter((r) => r.date.startsWith(month));
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save month' }));

describe('MonthEntry', () => {
  it('asks before a month with results is saved again, and Replace swaps those rows', async () => {
    const stored = await open('month-entry-view-replace');
    await type('Month', '2027-01');
    expect(screen.getByText('Stored for this month: 79.5 %')).toBeTruthy();
    expect(screen.getByRole('row', { name: /CSAT/ }).textContent).toContain('Minimum 80 %, expected 85 %, higher is better');
    await type('CSAT value', '81');
    await type('CSAT n', '500');
    await save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('CSAT already has 79.5 % for January 2027.');
    expect(await stored('2027-01')).toHaveLength(2);
    await fireEvent.click(within(alert).getByRole('button', { name: 'Replace' }));
    expect(await screen.findByText('Saved 1 result for January 2027. The rows stored for that month were replaced.')).toBeTruthy();
    expect(await stored('2027-01')).toEqual([{ serviceLevelId: 'csat', date: '2027-01-01', value: 81, n: 500 }, { serviceLevelId: 'aht', date: '2027-01-31', value: 410 }]);
  });

  it('says what is wrong beside the field and stores nothing', async () => {
    const stored = await open('month-entry-view-invalid');
    await type('Month', '2027-05');
    await type('CSAT value', '85');
    await type('AHT value', 'fast');
    await save();
    const field = screen.getByLabelText('AHT value');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toMatch(/fast/);
    expect(await stored('2027-05')).toEqual([]);
  });

  it('keeps a month outside the term and says it is not judged', async () => {
    const stored = await open('month-entry-view-outside');
    await type('Month', '2028-01');
    expect(screen.getByText('January 2028 is outside the term: kept, not judged.')).toBeTruthy();
    await type('AHT value', '380');
    await type('AHT note', 'after the term');
    await save();
    expect(await screen.findByText('Saved 1 result for January 2028. January 2028 is outside the term: kept, not judged.')).toBeTruthy();
    expect(await stored('2028-01')).toEqual([{ serviceLevelId: 'aht', date: '2028-01-01', value: 380, note: 'after the term' }]);
  });
});
