// The pilot forms on a real AssessmentSession (Dexie on fake-indexeddb): a pilot or KPI name of only
// spaces is refused on its field (SPEC §2), and nothing is stored.
import { describe, expect, it } from 'vitest';
import { workedExample } from '../domain/worked-example';
import { NewKpiForm } from './new-kpi-form.svelte';
import { NewPilotForm } from './pilot-creation.svelte';
import { PilotEditor } from './pilot-editor';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

describe('pilot forms: blank names', () => {
  it('the new pilot form refuses a name of spaces and creates nothing', async () => {
    const session = await openSession({ ...workedExample(), id: 'pilot-forms-1' });
    const form = new NewPilotForm(session, '2027-03-01');
    form.name = '   ';
    expect(await form.submit()).toBe(false);
    expect(form.shown('name')).toBe('Enter a name for the pilot.');
    expect((await storedAssessment('pilot-forms-1'))!.pilots).toHaveLength(1);
  });

  it('renaming a pilot to spaces is refused with the reason, and the name stays', async () => {
    const session = await openSession({ ...workedExample(), id: 'pilot-forms-2' });
    const editor = new PilotEditor(session, () => session.pilot('northwind-q1')!);
    expect(editor.saveSettings({ name: ' \t ' })).toBe('Enter a name for the pilot.');
    expect((await storedAssessment('pilot-forms-2'))!.pilots[0].name).toBe('Q1 pilot');
  });

  it('a KPI defined from scratch needs a name that is not only spaces', async () => {
    const session = await openSession({ ...workedExample(), id: 'pilot-forms-3' });
    const pilot = () => session.pilot('northwind-q1')!;
    const form = new NewKpiForm(pilot, new PilotEditor(session, pilot));
    form.open();
    Object.assign(form.draft, { name: '    ', unit: '%', threshold: '80', target: '90', weight: '1' });
    await form.define();
    expect(form.shown('name')).toBe('Enter a name.');
    expect(form.defining).toBe(true);
    expect((await storedAssessment('pilot-forms-3'))!.pilots[0].kpis).toHaveLength(4);
  });
});
