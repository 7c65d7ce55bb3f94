// @vitest-environment jsdom
// "Import vendors CSV" on a real AssessmentSession (Dexie on fake-indexeddb), with the worker's own code
// run in-process: bad rows are listed by line, nothing is stored before "Import N vendors", and then
// the good rows are added in one write.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { File as NodeFile } from 'node:buffer';
import VendorsCsvImport from './VendorsCsvImport.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../../../state/session-view-test-support';
import { inProcessCsvWorker } from '../../../state/in-process-workers';
import { resetWorkers, useWorkers } from '../../../state/workers';
import { importedWorkedExample } from '../../../state/imported-example-test-support';

let nextId = 1;

cleanUpSessionViewsAfterEach();
afterEach(resetWorkers);

async function open() {
  const a = { ...importedWorkedExample('2026-11-22T09:00:00.000Z'), id: `vendors-csv-test-${nextId++}` };
  useWorkers({ csv: inProcessCsvWorker });
  const session = await renderWithSession(VendorsCsvImport, a);
  const names = async () => (await storedAssessment(a.id))!.vendors.map((v) => v.name);
  return { session, names };
}

async function choose(text: string, name = 'vendors.csv') {
  const input = screen.getByLabelText('Import vendors CSV') as HTMLInputElement;
  expect(input.type).toBe('file');
  await fireEvent.change(input, { target: { files: [new NodeFile([text], name, { type: 'text/csv' })] } });
}

const CSV = [
  'name,website,headquarters,status,notes,price,currency,per',
  'Acme Care,https://acme.example,Porto,shortlisted,"Nearshore, PT/ES",24.5,EUR,hour',
  ',https://nameless.example,,,,,,',
  'Contoso CX,,,,,,,',
  'Beta Voice,,,maybe,,,,',
  'Gamma BPO,,Manila,candidate,,1900,usd,',
  'Delta Desk,,,,,,,',
].join('\r\n');

describe('VendorsCsvImport', () => {
  it('lists each bad row with its line and reason, and adds the good ones only after confirming', async () => {
    const { names, session } = await open();
    await choose(CSV);
    const dialog = await screen.findByRole('dialog', { name: /Import vendors from vendors\.csv/ });
    const button = await within(dialog).findByRole('button', { name: 'Import 2 vendors' });
    const rejected = within(dialog).getByRole('table', { name: /Rejected rows \(4 rows/ });
    const lines = within(rejected).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');
    expect(lines[0]).toMatch(/^3.*the name is empty/);
    expect(lines[1]).toMatch(/^4.*a vendor called "Contoso CX" is already in this assessment, skipped/);
    expect(lines[2]).toMatch(/^5.*status "maybe" is not one of/);
    expect(lines[3]).toMatch(/^6.*"per" is empty/);
    expect(within(dialog).getByRole('table', { name: /First 2 vendors to import/ }).textContent).toContain('Acme Care');
    expect(await names()).toEqual(['Northwind Contact', 'Contoso CX', 'Fabrikam Support']);

    await fireEvent.click(button);
    await within(dialog).findByText('Imported 2 vendors; 4 rejected.');
    expect(await names()).toEqual(['Northwind Contact', 'Contoso CX', 'Fabrikam Support', 'Acme Care', 'Delta Desk']);
    const acme = session.assessment!.vendors.find((v) => v.name === 'Acme Care');
    expect(acme).toEqual({
      id: 'acme-care', name: 'Acme Care', status: 'shortlisted', website: 'https://acme.example', headquarters: 'Porto', notes: 'Nearshore, PT/ES',
      price: { amount: 24.5, currency: 'EUR', per: 'hour' },
    });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('stores nothing when cancelled at the preview', async () => {
    const { names } = await open();
    await choose('name\nOmega\n');
    await fireEvent.click(await screen.findByRole('button', { name: 'Import 1 vendor' }));
    await screen.findByText('Imported 1 vendor; 0 rejected.');
    await choose('name\nSigma\n', 'second.csv');
    await screen.findByRole('button', { name: 'Import 1 vendor' });
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Import of second.csv cancelled; nothing was stored.')).toBeTruthy();
    expect(await names()).not.toContain('Sigma');
  });

  it('refuses a spreadsheet saved as .xlsx, storing nothing', async () => {
    const { names } = await open();
    const before = await names();
    const input = screen.getByLabelText('Import vendors CSV') as HTMLInputElement;
    await fireEvent.change(input, { target: { files: [new NodeFile([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])], 'vendors.csv')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/ZIP archive/);
    expect(await names()).toEqual(before);
  });
});
