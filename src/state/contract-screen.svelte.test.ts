// @vitest-environment jsdom
// jsdom: Svelte runs the screen's effects only in a browser-like environment, and the router sets the hash.
// A contract's screen on a real AssessmentSession (Dexie on fake-indexeddb): deleting the contract asks
// first, keeps it on a no, and on a yes stores the assessment without it and returns to the list.
import { afterEach, describe, expect, it } from 'vitest';
import { workedContract } from '../domain/contract/test-contract';
import { makeAssessment, makeVendor } from '../domain/test-factories';
import { confirmState } from './confirm.svelte';
import { ContractScreenState } from './contract-screen.svelte';
import { closeEffectRoots, openOnInput } from './effect-root-test-support.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();
afterEach(closeEffectRoots);

describe('ContractScreenState', () => {
  it('deletes its contract only after a yes, then shows the contracts list', async () => {
    const session = await openSession(makeAssessment({ id: 'contract-remove', vendors: [makeVendor('v')], contracts: [workedContract()] }));
    const { state: screen } = openOnInput('c', (id) => new ContractScreenState(session, id(), '2027-05-01'));
    location.hash = '#/a/contract-remove/contracts/c';

    const kept = screen.remove();
    expect(confirmState.request?.title).toBe(`Delete “${screen.contract!.name}”?`);
    confirmState.answer(false);
    await kept;
    expect((await storedAssessment('contract-remove'))!.contracts.map((c) => c.id)).toEqual(['c']);

    const removed = screen.remove();
    confirmState.answer(true);
    await removed;
    expect((await storedAssessment('contract-remove'))!.contracts).toEqual([]);
    expect(location.hash).toBe('#/a/contract-remove/contracts');
  });
});
