// @vitest-environment jsdom
// VendorsEditor on a real AssessmentSession (Dexie on fake-indexeddb): the form refuses a name of only
// spaces (SPEC §2) and a price too large for the value-for-money figures (domain/bounds.ts), each on its
// field, and saves nothing until they are fixed.
import { describe, expect, it } from 'vitest';
import { workedExample } from '../domain/worked-example';
import { VendorsEditor } from './vendors-editor.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

describe('VendorsEditor', () => {
  it('refuses a blank name and a huge price, then adds the vendor once both are fixed', async () => {
    const session = await openSession({ ...workedExample(), id: 'vendors-editor-1' });
    const editor = new VendorsEditor(session);
    editor.openAdd();
    editor.setField('name', '    ');
    editor.setField('amount', '1' + '0'.repeat(20));
    editor.setField('currency', 'EUR');
    editor.setField('per', 'hour');
    expect(await editor.save()).toBe(false);
    expect(editor.check.errors).toEqual({ name: 'Enter the vendor’s name.', amount: 'Enter an amount of at most 1,000,000,000.' });
    expect((await storedAssessment('vendors-editor-1'))!.vendors).toHaveLength(3);

    editor.setField('name', '  Globex  ');
    editor.setField('amount', '31.5');
    expect(await editor.save()).toBe(true);
    expect((await storedAssessment('vendors-editor-1'))!.vendors.at(-1)).toMatchObject({ name: 'Globex', price: { amount: 31.5, currency: 'EUR', per: 'hour' } });
  });

  it('refuses to rename a vendor to spaces', async () => {
    const session = await openSession({ ...workedExample(), id: 'vendors-editor-2' });
    const editor = new VendorsEditor(session);
    editor.openEdit('contoso');
    editor.setField('name', ' \t ');
    expect(await editor.save()).toBe(false);
    expect(editor.check.errors.name).toBe('Enter the vendor’s name.');
    expect((await storedAssessment('vendors-editor-2'))!.vendors.find((v) => v.id === 'contoso')?.name).toBe('Contoso CX');
  });
});
