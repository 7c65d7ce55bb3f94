// @vitest-environment jsdom
// The CSV import on a real AssessmentSession (Dexie on fake-indexeddb) with the worked example's pilot
// (KPIs csat, fcr, aht, backlog; vendor Northwind). The worker's own code (worker-host.ts, real
// PapaParse) runs in-process (state/workers.ts), so the whole pipeline is exercised; only the
// thread boundary is simulated.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { File as NodeFile } from 'node:buffer';
import MeasurementsCsvImport from './MeasurementsCsvImport.svelte';
import { measurementsOf } from '../../../domain/pilot-rows';
import { sessionContext } from '../../../state/session-context';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from '../../../state/session-view-test-support';
import { inProcessCsvWorker } from '../../../state/in-process-workers';
import { resetWorkers, useWorkers, type CsvWorker } from '../../../state/workers';
import { importedWorkedExample, fixture } from '../../../state/imported-example-test-support';

const PILOT = 'northwind-q1';
let nextId = 1;

cleanUpSessionViewsAfterEach();
afterEach(resetWorkers);

async function open(startWorker: () => CsvWorker = inProcessCsvWorker) {
  const a = { ...importedWorkedExample('2026-11-22T09:00:00.000Z'), id: `csv-import-test-${nextId++}` };
  useWorkers({ csv: startWorker });
  const session = await openSession(a);
  render(MeasurementsCsvImport, { props: { pilot: session.pilot(PILOT)! }, context: sessionContext(session) });
  const storedRows = async () => measurementsOf((await storedAssessment(a.id))!.pilots.find((p) => p.id === PILOT)!.measurements);
  const stored = async () => (await storedRows()).length;
  return { session, stored, storedRows };
}

async function choose(bytes: Uint8Array | string, name = 'report.csv') {
  const file = new NodeFile([bytes], name, { type: 'text/csv' });
  const input = screen.getByLabelText('Import measurements CSV') as HTMLInputElement;
  expect(input.accept).toBe('.csv,text/csv');
  await fireEvent.change(input, { target: { files: [file] } });
}

describe('MeasurementsCsvImport', () => {
  it('maps the EU example, previews good and rejected rows, and stores only after confirming', async () => {
    const { session, stored, storedRows } = await open();
    expect(await stored()).toBe(9);
    await choose(fixture('measurements-excel-eu.csv'), 'measurements-excel-eu.csv');

    // Mapping step: the German headers are guessed, and the person confirms.
    const date = (await screen.findByLabelText(/^Date/)) as HTMLSelectElement;
    expect(date.selectedOptions[0].textContent).toBe('Datum');
    expect((screen.getByLabelText(/^Value/) as HTMLSelectElement).selectedOptions[0].textContent).toBe('Wert');
    expect((screen.getByLabelText(/^Vendor/) as HTMLSelectElement).value).toBe('');
    await fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    // Preview: the pilot tracks csat, fcr, aht, backlog; the file's nps and ces rows are rejected. Its
    // csat, fcr and aht rows of 10 and 17 January are already stored (SPEC §4 worked example): skipped.
    const importButton = await screen.findByRole('button', { name: 'Import 78 rows' });
    expect(screen.getByText('78 rows to import')).toBeTruthy();
    expect(screen.getByRole('group', { name: '6 rows duplicate measurements already stored (same KPI and date).' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Skip them (default)' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('56 rows rejected')).toBeTruthy();
    const firstRows = screen.getByRole('table', { name: /First 10 rows to import/ });
    expect(within(firstRows).getAllByRole('row')[1].textContent).toMatch(/^2\s*Jan 4, 2027\s*CSAT\s*83\.6\s*127/);
    const rejected = screen.getByRole('table', { name: /Rejected rows \(56 rows/ });
    const firstRejected = within(rejected).getAllByRole('row')[1];
    expect(firstRejected.textContent).toContain('3');
    expect(firstRejected.textContent).toContain('unknown KPI "nps"');
    expect(within(rejected).getAllByRole('row')).toHaveLength(57);
    expect(await stored()).toBe(9);

    await fireEvent.click(importButton);
    await screen.findByText('Imported 78 rows; skipped 6 already stored; 56 rejected.');
    expect(await stored()).toBe(9 + 78);
    // What was stored (the blocks the worker built) is exactly what the screen shows, row for row and
    // in the same order: each KPI's rows, the new ones after the stored ones.
    expect(await storedRows()).toStrictEqual(measurementsOf(session.pilot(PILOT)!.measurements));
    expect((await storedRows()).find((m) => m.kpiId === 'csat' && m.date === '2027-01-04' && m.n === 127)).toEqual({ kpiId: 'csat', date: '2027-01-04', value: 83.6, n: 127 });
  });

  it('imports a plain file with the expected headers without asking for a mapping', async () => {
    const { session, stored } = await open();
    await choose('date,kpi,value,n,note\n2027-01-05,csat,91.5,200,great day\n2027-02-10,aht,401,,after the pilot\n');
    await fireEvent.click(await screen.findByRole('button', { name: 'Import 2 rows' }));
    expect(screen.getByText('1 row after the pilot')).toBeTruthy();
    await screen.findByText('Imported 2 rows; 0 rejected.');
    expect(await stored()).toBe(11);
    // After the stored AHT rows, before the backlog's (rows are kept by KPI, in the pilot's KPI order).
    const rows = measurementsOf(session.pilot(PILOT)!.measurements);
    expect(rows.filter((m) => m.kpiId === 'aht').at(-1)).toEqual({ kpiId: 'aht', date: '2027-02-10', value: 401, note: 'after the pilot' });
  });

  it('refuses an .xlsx at once, naming what it is', async () => {
    const { stored } = await open();
    await choose(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'pilot.xlsx.csv');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/pilot\.xlsx\.csv was not imported, and nothing was stored/);
    expect(alert.textContent).toMatch(/ZIP archive \(an Excel \.xlsx workbook is one\)/);
    expect(await stored()).toBe(9);
  });

  it('asks for the required columns it cannot guess, and cancelling stores nothing', async () => {
    const { stored } = await open();
    await choose('when;what;result\n04.01.2027;csat;88,5\n');
    const continueButton = (await screen.findByRole('button', { name: 'Continue' })) as HTMLButtonElement;
    expect(continueButton.disabled).toBe(true);
    // "result" is a known synonym of value; "when" and "what" are not guessed.
    expect(screen.getByText("Choose the file's column for Date, KPI.")).toBeTruthy();
    expect((screen.getByLabelText(/^Value/) as HTMLSelectElement).value).toBe('2');
    await fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '0' } });
    await fireEvent.change(screen.getByLabelText(/^KPI/), { target: { value: '1' } });
    expect(continueButton.disabled).toBe(false);
    await fireEvent.click(continueButton);
    await screen.findByRole('button', { name: 'Import 1 row' });
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Import of report.csv cancelled; nothing was stored.')).toBeTruthy();
    expect(await stored()).toBe(9);
  });

  it('reports a worker that fails instead of hanging', async () => {
    const worker = inProcessCsvWorker();
    worker.postMessage = () => setTimeout(() => worker.onerror?.({ message: 'boom' } as ErrorEvent), 0);
    const { stored } = await open(() => worker);
    await choose('date,kpi,value\n2027-01-05,csat,90\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The CSV reader stopped unexpectedly \(boom\)/);
    expect(await stored()).toBe(9);
  });
});
