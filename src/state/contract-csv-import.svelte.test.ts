// The contract results CSV import on a real AssessmentSession (Dexie on fake-indexeddb) with the SPEC §11
// worked example's contract (CSAT and AHT from January 2027 for 12 months) beside the worked example's
// pilot: the CSV worker's own code runs in-process (test setup), so the rows go the app's whole way, to
// storage. Re-importing a report must not count it twice unless asked to, and a bad file stores nothing.
import { describe, expect, it, vi } from 'vitest';
import { workedContract } from '../domain/contract/test-contract';
import type { ContractMeasurement } from '../domain/contract/contract-types';
import { workedExample } from '../domain/worked-example';
import { ContractCsvImport } from './contract-csv-import.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

const CONTRACT = 'northwind-2027';
let nextId = 1;

// May's results (not stored yet): CSAT by name, with n and a note; AHT by id in capitals.
const MAY = 'date,service level,value,n,note\n2027-05-31,CSAT,78.5,900,Billing change\n2027-05-31,AHT,405,,\n';

async function open() {
  const a = { ...workedExample(), id: `contract-csv-import-${nextId++}`, contracts: [workedContract(undefined, { id: CONTRACT, vendorId: 'northwind' })] };
  const session = await openSession(a);
  const csv = new ContractCsvImport(session, () => CONTRACT);
  const storedRows = async (): Promise<ContractMeasurement[]> => (await storedAssessment(a.id))!.contracts.find((c) => c.id === CONTRACT)!.measurements;
  const screenRows = () => session.contract(CONTRACT)!.measurements;
  const write = vi.spyOn(session, 'changeContractResults');
  /** Reads `text` as a file up to the preview (or wherever the import stops). */
  const read = async (text: string, kind = 'preview') => {
    await csv.choose(new File([text], 'results.csv', { type: 'text/csv' }));
    await vi.waitFor(() => expect(csv.flow.step.kind).toBe(kind));
  };
  /** Confirms the import and returns the outcome step. */
  const confirm = async () => {
    await csv.flow.confirmImport();
    return csv.flow.step;
  };
  return { session, csv, storedRows, screenRows, write, read, confirm };
}

describe('ContractCsvImport', () => {
  it('stores every good row in one write, here and in storage, after the preview', async () => {
    const { csv, storedRows, screenRows, write, read, confirm } = await open();
    const before = await storedRows();
    await read(MAY);
    expect(csv.flow.preview.map((p) => p.line)).toEqual([2, 3]);
    expect(csv.plan?.counts).toMatchObject({ alreadyStored: 0, added: 2 });
    expect(write).not.toHaveBeenCalled();
    expect(await storedRows()).toEqual(before);

    expect(await confirm()).toMatchObject({ kind: 'done', imported: 2, rejected: 0 });
    expect(write).toHaveBeenCalledTimes(1);
    const added = [
      { serviceLevelId: 'csat', date: '2027-05-31', value: 78.5, n: 900, note: 'Billing change' },
      { serviceLevelId: 'aht', date: '2027-05-31', value: 405 },
    ];
    expect(screenRows()).toEqual([...before, ...added]);
    // Storage keeps each service level's rows together (db/format/contract-blocks.ts): compared as sets.
    expect(new Set((await storedRows()).map((r) => JSON.stringify(r)))).toEqual(new Set(screenRows().map((r) => JSON.stringify(r))));
  });

  it('lists rejected rows by line and imports only the good ones; rows outside the term are kept and counted', async () => {
    const { csv, storedRows, read, confirm } = await open();
    await read('date,service level,value\n2026-12-31,csat,84\n2027-05-31,fcr,74\n2027-05-31,csat,abc\n2028-01-31,aht,401\n2027-06-30,aht,399\n');
    expect(csv.flow.rejected.map((r) => `${r.line}: ${r.reason}`)).toEqual([
      '3: unknown service level "fcr": this contract has csat, aht (use a service level id or its exact name)',
      '4: value: "abc" is not a number',
    ]);
    expect(csv.outsideTerm).toBe(2);
    expect(csv.outside('2026-12-31')).toBe(true);
    expect(csv.outside('2027-12-31')).toBe(false);
    expect(await confirm()).toMatchObject({ kind: 'done', imported: 3, rejected: 2 });
    expect((await storedRows()).filter((r) => r.date < '2027-01-01' || r.date > '2027-05-01')).toHaveLength(3);
  });

  it('skips rows already stored by default; keeps or replaces them only when chosen', async () => {
    const { csv, storedRows, screenRows, write, read, confirm } = await open();
    const count = (await storedRows()).length;
    // January's CSAT (stored: 79.5, a breach) reported again.
    const JANUARY = 'date,service level,value\n2027-01-31,csat,79.5\n';
    await read(JANUARY);
    expect(csv.policy).toBe('skip');
    expect(csv.plan?.counts).toMatchObject({ alreadyStored: 1, added: 0 });
    expect(csv.toImport).toBe(0);
    expect(await confirm()).toMatchObject({ kind: 'done', imported: 0, also: 'skipped 1 already stored' });
    expect(write).not.toHaveBeenCalled();
    expect(await storedRows()).toHaveLength(count);

    await read(JANUARY);
    csv.choosePolicy('keep');
    expect(csv.toImport).toBe(1);
    expect(await confirm()).toMatchObject({ imported: 1, also: 'kept 1 beside the stored value for the same service level and date' });
    expect(await storedRows()).toHaveLength(count + 1);

    await read(JANUARY.replace('79.5', '81'));
    expect(csv.policy).toBe('skip');
    csv.choosePolicy('replace');
    expect(await confirm()).toMatchObject({ imported: 1, also: 'replaced 2 rows stored for the same service level and date' });
    expect(screenRows().filter((r) => r.serviceLevelId === 'csat' && r.date === '2027-01-31')).toEqual([{ serviceLevelId: 'csat', date: '2027-01-31', value: 81 }]);
    expect(await storedRows()).toHaveLength(count);
  });

  it('changes nothing for a file with no good row, a file that is not CSV, or a write that fails', async () => {
    const { csv, storedRows, screenRows, write, read, confirm } = await open();
    const before = await storedRows();
    await read('date,service level,value\n2027-05-31,nps,30\n');
    expect(csv.flow.counts).toMatchObject({ rows: 0, rejected: 1 });
    await confirm();
    expect(csv.flow.step.kind).toBe('preview');

    await read('\u0000\u0001PK binary', 'failed');

    await read(MAY);
    write.mockResolvedValueOnce(false);
    expect(await confirm()).toMatchObject({ kind: 'failed', message: 'The rows could not be saved; nothing was stored. Try again, or reload the page.' });
    expect(write).toHaveBeenCalledTimes(1);
    expect(screenRows()).toEqual(before);
    expect(await storedRows()).toEqual(before);
  });

  it('stores nothing when the contract was deleted before the rows are confirmed', async () => {
    const { session, write, read, confirm } = await open();
    await read(MAY);
    await session.updateContracts(() => []);
    expect(await confirm()).toMatchObject({ kind: 'failed' });
    expect(write).not.toHaveBeenCalled();
  });
});
