// @vitest-environment jsdom
// "New contract" on a real session: from the GO pilot of the worked example its KPIs become the service
// levels; nothing is stored while a term is wrong; from scratch the contract has no service levels.
import { describe, expect, it } from 'vitest';
import { workedExample } from '../domain/worked-example';
import { NewContractForm } from './new-contract-form.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

function withGoPilot(id: string) {
  const a = workedExample();
  a.id = id;
  a.pilots[0].decisions = [{ at: '2027-03-20T10:00:00.000Z', outcome: 'go', rationale: 'All KPIs met' }];
  return a;
}

describe('NewContractForm', () => {
  it('creates the contract of the GO pilot: its KPIs as service levels, from the month after it', async () => {
    const a = withGoPilot('new-contract-1');
    const form = new NewContractForm(await openSession(a), undefined, '2027-02-10');
    expect(form.pilot?.id).toBe(a.pilots[0].id);
    expect(form.name).toBe('Northwind Contact contract');
    expect(form.start).toBe('2027-03'); // the pilot ended in January, but February is already under way
    expect(await form.submit()).toBe(false);
    expect(form.errors.charges).toBe('The monthly charges the credits are a share of: an amount above 0.');
    expect((await storedAssessment(a.id))!.contracts).toEqual([]);

    form.charges = '200000';
    expect(await form.submit()).toBe(true);
    const [contract] = (await storedAssessment(a.id))!.contracts;
    expect(contract).toMatchObject({ pilotId: a.pilots[0].id, vendorId: 'northwind', start: '2027-03-01', months: 12, monthlyCharges: 200_000 });
    expect(contract.serviceLevels.map((s) => [s.kpiId, s.minimum, s.expected])).toEqual(a.pilots[0].kpis.map((k) => [k.id, k.threshold, k.target]));
    expect(location.hash).toBe(`#/a/new-contract-1/contracts/${contract.id}`);
  });

  it('starts from scratch for a vendor, open-ended when the term is left empty', async () => {
    const a = withGoPilot('new-contract-2');
    const form = new NewContractForm(await openSession(a), undefined, '2027-02-10');
    form.choose('vendor:contoso');
    form.months = '';
    form.charges = '50000';
    form.currency = 'usd';
    expect(await form.submit()).toBe(true);
    const [contract] = (await storedAssessment(a.id))!.contracts;
    expect(contract).toMatchObject({ vendorId: 'contoso', currency: 'USD', serviceLevels: [], start: '2027-03-01' });
    expect(contract).not.toHaveProperty('months');
  });
});
