// The measurements CSV import on a real AssessmentSession (Dexie on fake-indexeddb) with the worked
// example's pilot: the CSV worker's own code runs in-process (test setup), so rows go through the same
// columns to storage as in the app. Re-importing a report must not count it twice unless asked to.
import { describe, expect, it, vi } from 'vitest';
import { measurementsOf } from '../domain/pilot-rows';
import type { Measurement, PilotRows } from '../domain/types';
import { workedExample } from '../domain/worked-example';
import { MeasurementCsvImport } from './measurement-csv-import.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

const PILOT = 'northwind-q1';
let nextId = 1;

// A late-January CSAT report, 73 % of 1,000 surveys: once, the Q1 pilot reads EXTEND; twice, NO-GO.
const REPORT = 'date,kpi,value,n\n2027-01-24,csat,73,1000\n';

async function open() {
  const a = { ...workedExample(), id: `measurement-csv-import-${nextId++}` };
  const session = await openSession(a);
  const csv = new MeasurementCsvImport(session, () => session.pilot(PILOT)!);
  const decision = () => session.pilotEvaluations.find((e) => e.pilotId === PILOT)!.decision;
  const storedRows = async () => measurementsOf((await storedAssessment(a.id))!.pilots.find((p) => p.id === PILOT)!.measurements);
  /** Reads `text` as a file up to the preview. */
  const read = async (text: string) => {
    await csv.choose(new File([text], 'report.csv', { type: 'text/csv' }));
    await vi.waitFor(() => expect(csv.flow.step.kind).toBe('preview'));
  };
  /** Confirms the import and returns the outcome step. */
  const confirm = async () => {
    await csv.flow.confirmImport();
    const step = csv.flow.step;
    if (step.kind !== 'done') throw new Error(`the import ended ${step.kind}`);
    return step;
  };
  return { session, csv, decision, storedRows, read, confirm };
}

const key = (m: Measurement) => `${m.kpiId} ${m.date} ${m.value} ${m.n} ${m.note}`;
const sorted = (rows: readonly Measurement[] | PilotRows) => ('blocks' in rows ? measurementsOf(rows) : rows).map(key).sort();

describe('MeasurementCsvImport and rows already stored', () => {
  it('skips a report imported again by default: the decision stays EXTEND', async () => {
    const { csv, decision, storedRows, read, confirm } = await open();
    await read(REPORT);
    expect(csv.plan?.counts).toMatchObject({ alreadyStored: 0, repeated: 0 });
    expect((await confirm()).also).toBeUndefined();
    expect(decision()).toBe('extend');

    await read(REPORT);
    expect(csv.policy).toBe('skip');
    expect(csv.plan?.counts).toMatchObject({ alreadyStored: 1, storedMatched: 1, added: 0 });
    expect(csv.toImport).toBe(0);
    expect(await confirm()).toMatchObject({ imported: 0, also: 'skipped 1 already stored' });
    expect(decision()).toBe('extend');
    expect(await storedRows()).toHaveLength(10);
  });

  it('replaces the stored value for that KPI and date when asked, in storage too', async () => {
    const { session, csv, decision, storedRows, read, confirm } = await open();
    await read(REPORT);
    await confirm();
    await read(REPORT.replace('73,1000', '83,1000'));
    csv.choosePolicy('replace');
    expect(csv.toImport).toBe(1);
    expect(await confirm()).toMatchObject({ imported: 1, also: 'replaced 1 row stored for the same KPI and date' });
    expect(decision()).toBe('go');
    const rows = await storedRows();
    expect(rows.filter((m) => m.date === '2027-01-24')).toEqual([{ kpiId: 'csat', date: '2027-01-24', value: 83, n: 1000 }]);
    expect(sorted(rows)).toEqual(sorted(session.pilot(PILOT)!.measurements));
  });

  it('keeps both when asked, as before: the report counts twice and the decision becomes NO-GO', async () => {
    const { csv, decision, storedRows, read, confirm } = await open();
    await read(REPORT);
    await confirm();
    await read(REPORT);
    csv.choosePolicy('keep');
    expect(await confirm()).toMatchObject({ imported: 1, also: 'kept 1 beside the stored value for the same KPI and date' });
    expect(decision()).toBe('no-go');
    expect(await storedRows()).toHaveLength(11);
  });

  it('stores only the new rows of a file that partly repeats what is stored, through the columns path', async () => {
    const { session, csv, storedRows, read, confirm } = await open();
    // 2027-01-10 csat and backlog are stored (SPEC §4 worked example); the 2027-01-11 rows are new,
    // and repeat a KPI and date inside the file (two sites): both are imported.
    await read('date,kpi,value,n,note\n2027-01-10,csat,90,50,\n2027-01-11,csat,86,120,Lisbon\n2027-01-11,csat,82,80,Porto\n2027-01-10,backlog,140,,\n');
    expect(csv.plan?.counts).toMatchObject({ alreadyStored: 2, repeated: 1, storedMatched: 2, added: 2, skipped: 2 });
    expect(await confirm()).toMatchObject({ imported: 2, also: 'skipped 2 already stored' });
    const rows = await storedRows();
    expect(rows).toHaveLength(11);
    expect(rows.filter((m) => m.date === '2027-01-11').map((m) => m.note)).toEqual(['Lisbon', 'Porto']);
    expect(sorted(rows)).toEqual(sorted(session.pilot(PILOT)!.measurements));
  });

  it('starts each file from the default, skipping', async () => {
    const { csv, read } = await open();
    await read(REPORT);
    csv.choosePolicy('keep');
    csv.flow.cancel();
    await read(REPORT);
    expect(csv.policy).toBe('skip');
  });
});
