// @vitest-environment jsdom
// The contract results import on screen, on a real AssessmentSession with the SPEC §11 worked example's
// contract (CSAT and AHT, January–December 2027, results stored January–April): the shared import's
// preview with this contract's words, and the rows stored once confirmed.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { File as NodeFile } from 'node:buffer';
import ContractCsvImport from './ContractCsvImport.svelte';
import { workedContract } from '../../domain/contract/test-contract';
import { workedExample } from '../../domain/worked-example';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../../state/session-view-test-support';

cleanUpSessionViewsAfterEach();

describe('ContractCsvImport', () => {
  it('previews rows outside the term, rows already stored and rejected rows, then stores the rest once confirmed', async () => {
    const a = { ...workedExample(), id: 'contract-csv-import-view', contracts: [workedContract(undefined, { id: 'k', vendorId: 'northwind' })] };
    const session = await renderWithSession(ContractCsvImport, a, { contractId: 'k' });
    const text = 'date;service level;value;n\n2027-01-31;csat;79,5;\n2027-05-31;CSAT;78,5;900\n2028-01-31;aht;401;\n2027-05-31;fcr;74;\n';
    await fireEvent.change(screen.getByLabelText('Import results CSV'), { target: { files: [new NodeFile([text], 'q.csv', { type: 'text/csv' })] } });

    const importButton = await screen.findByRole('button', { name: 'Import 2 rows' });
    expect(screen.getByText('1 row outside the term')).toBeTruthy();
    expect(screen.getByRole('group', { name: '1 row duplicates a measurement already stored (same service level and date).' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Skip them (default)' }) as HTMLInputElement).checked).toBe(true);
    const firstRows = within(screen.getByRole('table', { name: /First 3 rows to import/ })).getAllByRole('row');
    expect(firstRows[2].textContent).toMatch(/CSAT\s*78\.5\s*900/);
    expect(firstRows[3].textContent).toContain('Outside the term');
    expect(within(screen.getByRole('table', { name: /Rejected rows/ })).getAllByRole('row')[1].textContent).toContain('unknown service level "fcr"');

    await fireEvent.click(importButton);
    await screen.findByText('Imported 2 rows; skipped 1 already stored; 1 rejected.');
    expect((await storedAssessment(a.id))!.contracts[0].measurements).toHaveLength(8 + 2);
    expect(session.contract('k')!.measurements.slice(8)).toEqual([
      { serviceLevelId: 'csat', date: '2027-05-31', value: 78.5, n: 900 },
      { serviceLevelId: 'aht', date: '2028-01-31', value: 401 },
    ]);
  });
});
