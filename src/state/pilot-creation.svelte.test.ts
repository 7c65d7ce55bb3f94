// @vitest-environment jsdom
// Creating pilots on a real AssessmentSession (Dexie on fake-indexeddb) with the worked example: the
// form's vendors say where each stands in the ranking (SPEC §3), a disqualified vendor is piloted only
// after a confirmation, and default names are unique and follow the vendor until the user writes one.
import { describe, expect, it, vi } from 'vitest';
import { workedExample } from '../domain/worked-example';
import { confirmState } from './confirm.svelte';
import { NewPilotForm, startPilotFor } from './pilot-creation.svelte';
import { PilotEditor } from './pilot-editor';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

const names = async (id: string) => (await storedAssessment(id))!.pilots.map((p) => p.name);

describe('NewPilotForm', () => {
  it('lists every vendor with its standing, the leader first and chosen, the disqualified one last', async () => {
    const form = new NewPilotForm(await openSession({ ...workedExample(), id: 'new-pilot-1' }), '2027-03-01');
    expect(form.vendors.map((c) => c.label)).toEqual([
      'Northwind Contact — rank 1, qualified',
      'Fabrikam Support — rank 2, provisional (67.5 % of the weight scored)',
      'Contoso CX — disqualified: Independent audits 2.5 < 3',
    ]);
    expect(form.vendorId).toBe('northwind');
    expect(form.vendorWarning).toBeNull();
  });

  it('asks before creating a pilot with a disqualified vendor, and creates nothing when the answer is no', async () => {
    const session = await openSession({ ...workedExample(), id: 'new-pilot-2' });
    const form = new NewPilotForm(session, '2027-03-01');
    form.chooseVendor('contoso');
    expect(form.vendorWarning).toBe('Contoso CX is disqualified: Independent audits 2.5 < 3. Creating the pilot asks you to confirm.');

    const refused = form.submit();
    await vi.waitFor(() => expect(confirmState.request?.message).toContain('Contoso CX is disqualified: Independent audits 2.5 < 3.'));
    confirmState.answer(false);
    expect(await refused).toBe(false);
    expect(await names('new-pilot-2')).toEqual(['Q1 pilot']);

    const accepted = form.submit();
    await vi.waitFor(() => expect(confirmState.request?.confirmLabel).toBe('Create pilot anyway'));
    confirmState.answer(true);
    expect(await accepted).toBe(true);
    expect(await names('new-pilot-2')).toEqual(['Q1 pilot', 'Contoso CX pilot']);
  });

  it('gives a second pilot for the same vendor its own name, which follows the vendor until the user writes one', async () => {
    const session = await openSession({ ...workedExample(), id: 'new-pilot-3' });
    await startPilotFor(session, 'northwind', '2027-03-01');
    await startPilotFor(session, 'northwind', '2027-03-01');
    expect(await names('new-pilot-3')).toEqual(['Q1 pilot', 'Northwind Contact pilot', 'Northwind Contact pilot 2']);

    const form = new NewPilotForm(session, '2027-03-01');
    expect(form.name).toBe('Northwind Contact pilot 3');
    form.chooseVendor('fabrikam');
    expect(form.name).toBe('Fabrikam Support pilot');
    form.name = 'Lisbon trial';
    form.chooseVendor('northwind');
    expect(form.name).toBe('Lisbon trial');
  });
});

describe('changing the vendor of a pilot', () => {
  it('moves a default name to the new vendor and keeps a name the user wrote', async () => {
    const session = await openSession({ ...workedExample(), id: 'new-pilot-4' });
    const id = (await startPilotFor(session, 'northwind', '2027-03-01'))!;
    const editor = new PilotEditor(session, () => session.pilot(id)!);
    expect(editor.saveSettings({ vendorId: 'fabrikam' })).toBeNull();
    await vi.waitFor(async () => expect(await names('new-pilot-4')).toEqual(['Q1 pilot', 'Fabrikam Support pilot']));

    const q1 = new PilotEditor(session, () => session.pilot('northwind-q1')!);
    expect(q1.saveSettings({ vendorId: 'contoso' })).toBeNull();
    await vi.waitFor(async () => expect((await storedAssessment('new-pilot-4'))!.pilots[0]).toMatchObject({ name: 'Q1 pilot', vendorId: 'contoso' }));
  });
});
