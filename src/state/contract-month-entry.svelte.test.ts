// A contract month typed on a real AssessmentSession (Dexie on fake-indexeddb): the month is stored in
// one write, a month that already has results waits for Replace or Add anyway and never counts twice
// silently, a wrong line stores nothing, and a month outside the term is kept and said not to be judged.
import { describe, expect, it } from 'vitest';
import { workedContract } from '../domain/contract/test-contract';
import type { ContractMeasurement } from '../domain/contract/contract-types';
import { makeAssessment, makeVendor } from '../domain/test-factories';
import { MonthEntryForm } from './contract-month-entry.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

/** The stored rows dated in `month` (storage keeps them by service level, so the order is the contract's). */
const ofMonth = (rows: ContractMeasurement[], month: string) => rows.filter((r) => r.date.startsWith(month));

async function open(id: string, today = '2027-06-15') {
  const session = await openSession(makeAssessment({ id, vendors: [makeVendor('v')], contracts: [workedContract()] }));
  const stored = async () => (await storedAssessment(id))!.contracts[0].measurements;
  return { form: new MonthEntryForm(session, 'c', today), stored, session };
}

describe('typing a contract month', () => {
  it('opens on the last complete month and stores every line in one write', async () => {
    const { form, stored } = await open('month-entry-save');
    expect(form.month).toBe('2027-05');
    form.setLine('csat', 'value', '86,5');
    form.setLine('csat', 'n', '640');
    form.setLine('aht', 'value', '398');
    form.setLine('aht', 'note', 'new IVR');
    expect(await form.submit()).toBe(true);
    expect(ofMonth(await stored(), '2027-05')).toEqual([
      { serviceLevelId: 'csat', date: '2027-05-01', value: 86.5, n: 640 },
      { serviceLevelId: 'aht', date: '2027-05-01', value: 398, note: 'new IVR' },
    ]);
    expect(form.status).toBe('Saved 2 results for May 2027.');
    expect(form.line('csat', 'value')).toBe('');
  });

  it('holds a month that already has results until Replace, which swaps only those rows', async () => {
    const { form, stored } = await open('month-entry-replace');
    form.month = '2027-01';
    expect(form.storedFor(form.levels[0])).toBe('Stored for this month: 79.5 %');
    form.setLine('csat', 'value', '81');
    expect(await form.submit()).toBe(false);
    expect(form.held).toBe('CSAT already has 79.5 % for January 2027');
    expect(await form.submit()).toBe(false); // saving again never adds it
    expect(await stored()).toHaveLength(8);
    expect(await form.resolveHeld('replace')).toBe(true);
    expect(ofMonth(await stored(), '2027-01')).toEqual([{ serviceLevelId: 'csat', date: '2027-01-01', value: 81 }, { serviceLevelId: 'aht', date: '2027-01-31', value: 410 }]);
    expect(await stored()).toHaveLength(8);
    expect(form.status).toBe('Saved 1 result for January 2027. The rows stored for that month were replaced.');
  });

  it('adds beside the stored rows only when asked to', async () => {
    const { form, stored } = await open('month-entry-keep');
    form.month = '2027-02';
    form.setLine('aht', 'value', '405');
    await form.submit();
    form.dismissHeld();
    expect(await form.resolveHeld('keep')).toBe(false);
    expect(await form.submit()).toBe(false);
    expect(await form.resolveHeld('keep')).toBe(true);
    expect((await stored()).filter((r) => r.serviceLevelId === 'aht' && r.date.startsWith('2027-02')).map((r) => r.value)).toEqual([400, 405]);
  });

  it('stores nothing while a line or the month is wrong, and says what where', async () => {
    const { form, stored } = await open('month-entry-invalid');
    form.setLine('csat', 'value', '85');
    form.setLine('aht', 'value', 'fast');
    form.setLine('aht', 'n', '0');
    expect(await form.submit()).toBe(false);
    expect(form.errors.aht.value).toMatch(/fast/);
    expect(form.errors.aht.n).toBeDefined();
    form.month = '2027-13';
    expect(await form.submit()).toBe(false);
    expect(form.monthError).toBe('"2027-13" is not a month (YYYY-MM).');
    expect(await stored()).toHaveLength(8);
  });

  it('keeps a month outside the term and says it is not judged', async () => {
    const { form, stored } = await open('month-entry-outside');
    form.month = '2026-12';
    expect(form.outsideTerm).toBe('December 2026 is outside the term: kept, not judged.');
    form.setLine('csat', 'value', '70');
    expect(await form.submit()).toBe(true);
    expect(ofMonth(await stored(), '2026-12')).toEqual([{ serviceLevelId: 'csat', date: '2026-12-01', value: 70 }]);
    expect(form.status).toBe('Saved 1 result for December 2026. December 2026 is outside the term: kept, not judged.');
  });
});
