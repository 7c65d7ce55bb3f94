// @vitest-environment jsdom
// "Export measurements CSV" on the pilot's CSV card, and the export imported back through the same card
// (the worker's code in-process): the same columns, so the file is accepted as it is.
import { measurementsOf } from '../../../domain/pilot-rows';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { File as NodeFile } from 'node:buffer';
import MeasurementsCsvImport from './MeasurementsCsvImport.svelte';
import { sessionContext } from '../../../state/session-context';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from '../../../state/session-view-test-support';
import { inProcessCsvWorker } from '../../../state/in-process-workers';
import { resetWorkers, useWorkers } from '../../../state/workers';
import { importedWorkedExample } from '../../../state/imported-example-test-support';
import { downloadText } from '../../download';
import { csvStyle } from '../../../state/csv-style.svelte';

vi.mock('../../download', () => ({ downloadText: vi.fn() }));

cleanUpSessionViewsAfterEach();
afterEach(() => {
  resetWorkers();
  localStorage.clear();
  csvStyle.reset();
});

describe('Export measurements CSV', () => {
  for (const style of ['comma', 'semicolon'] as const) {
    it(`downloads date, kpi, value, n, note, which imports back to the same rows (${style} style)`, async () => {
      const a = { ...importedWorkedExample('2026-11-22T09:00:00.000Z'), id: 'measurements-export-test' };
      useWorkers({ csv: inProcessCsvWorker });
      const session = await openSession(a);
      const pilot = session.pilot('northwind-q1')!;
      render(MeasurementsCsvImport, { props: { pilot }, context: sessionContext(session) });
      await fireEvent.change(screen.getByRole('combobox', { name: 'CSV style' }), { target: { value: style } });

      await fireEvent.click(screen.getByRole('button', { name: 'Export measurements CSV' }));
      const [name, text] = vi.mocked(downloadText).mock.calls.at(-1)!;
      expect(name).toMatch(/-q1-pilot-measurements-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(text.split('\r\n').slice(0, 2)).toEqual(
        style === 'comma'
          ? ['\uFEFFdate,kpi,value,n,note', '2026-12-28,csat,60,100,"baseline week, outside the window"']
          : ['\uFEFFdate;kpi;value;n;note', '2026-12-28;csat;60;100;baseline week, outside the window'],
      );

      await fireEvent.change(screen.getByLabelText('Import measurements CSV'), { target: { files: [new NodeFile([text], name, { type: 'text/csv' })] } });
      // Every row is already stored: by default nothing would be imported; keeping both is a choice.
      expect(await screen.findByText('9 rows duplicate measurements already stored (same KPI and date).')).toBeTruthy();
      expect((screen.getByRole('button', { name: 'Import 0 rows' }) as HTMLButtonElement).disabled).toBe(true);
      await fireEvent.click(screen.getByRole('radio', { name: 'Keep both' }));
      await fireEvent.click(await screen.findByRole('button', { name: 'Import 9 rows' }));
      await screen.findByText('Imported 9 rows; kept 9 beside the stored values for the same KPI and date; 0 rejected.');
      // Every row is now stored twice, identically (storage groups rows by KPI, so compare as sets).
      const key = (m: object) => JSON.stringify(m);
      const rows = measurementsOf((await storedAssessment(a.id))!.pilots[0].measurements).map(key).sort();
      const once = measurementsOf(pilot.measurements).map(key).sort();
      expect(rows).toEqual(once.flatMap((m) => [m, m]));
    });
  }
});
