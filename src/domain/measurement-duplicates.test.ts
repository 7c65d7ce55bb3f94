import { describe, expect, it } from 'vitest';
import { readFixture } from '../../tests/fixtures/paths';
import { applyPlan, findDuplicates, importMeasurements, planImport, storedOnDay, type DuplicatePolicy } from './measurement-duplicates';
import { alreadyStoredText, duplicatesOutcomeText, repeatedText, replacedText, sameDayText } from './measurement-duplicates-text';
import { evaluatePilot } from './pilot';
import { m } from './pilot-fixtures';
import { measurementsOf } from './pilot-rows';
import { rowsFromMeasurements } from './pilot-rows-build';
import type { Measurement, Pilot } from './types';

/** The worked example's pilot "Q1 pilot" (SPEC §4: GO with CSAT 86.5 %, n = 800), rows as columns. */
function q1(): Pilot {
  const file = JSON.parse(readFixture('examples/small-assessment.json')) as { assessment: { pilots: (Omit<Pilot, 'measurements'> & { measurements: Measurement[] })[] } };
  const p = file.assessment.pilots.find((x) => x.id === 'northwind-q1')!;
  return { ...p, measurements: rowsFromMeasurements(p.measurements, p.kpis.map((k) => k.id)) };
}

const rows = (list: Measurement[]) => rowsFromMeasurements(list, ['csat', 'fcr', 'aht']);
/** Rows as objects, grouped by KPI as a pilot holds them. */
const grouped = (list: Measurement[]) => ['csat', 'fcr', 'aht'].flatMap((k) => list.filter((r) => r.kpiId === k));

// A late-January CSAT report: 73 % of 1,000 surveys. Once, it pulls CSAT to 79.0 % (n = 1,800), below
// the 80 % gate but inside the interval: EXTEND. Counted twice, 76.9 % (n = 2,800) is a conclusive fail.
const REPORT = rows([m('csat', '2027-01-24', 73, 1000)]);

describe('duplicate measurements in the worked example', () => {
  it('imported once, the late CSAT report turns GO into EXTEND', () => {
    expect(evaluatePilot(q1()).decision).toBe('go');
    expect(evaluatePilot(importMeasurements(q1(), REPORT, 'skip')).decision).toBe('extend');
  });

  it.each<[DuplicatePolicy, string, number]>([
    ['skip', 'extend', 10],
    ['replace', 'extend', 10],
    ['keep', 'no-go', 11],
  ])('imported again with %s, the decision is %s', (policy, decision, count) => {
    const once = importMeasurements(q1(), REPORT, 'skip');
    const twice = importMeasurements(once, REPORT, policy);
    expect(twice.measurements.count).toBe(count);
    expect(evaluatePilot(twice).decision).toBe(decision);
    const csat = evaluatePilot(twice).kpis.find((k) => k.kpiId === 'csat')!;
    expect(csat.n).toBe(policy === 'keep' ? 2800 : 1800);
  });

  it('replace swaps a corrected figure for the stored one', () => {
    const once = importMeasurements(q1(), REPORT, 'skip');
    const corrected = importMeasurements(once, rows([m('csat', '2027-01-24', 83, 1000)]), 'replace');
    expect(storedOnDay(corrected.measurements, 'csat', '2027-01-24')).toEqual([m('csat', '2027-01-24', 83, 1000)]);
    expect(evaluatePilot(corrected).decision).toBe('go');
  });
});

describe('findDuplicates and planImport', () => {
  const storedList = [m('csat', '2027-01-10', 84, 300), m('fcr', '2027-01-10', 72, 400), m('csat', '2027-01-17', 88, 500), m('csat', '2027-01-10', 80, 100)];
  const stored = rows(storedList);
  const incomingList = [
    m('csat', '2027-01-10', 85, 200), // stored twice already
    m('csat', '2027-01-11', 86, 100),
    m('csat', '2027-01-11', 87, 100), // repeats the row above
    m('fcr', '2027-01-17', 70), // csat is stored that day, fcr is not
    m('csat', '2027-01-10', 83, 50), // stored, and repeats the first row
  ];
  const incoming = rows(incomingList);

  it('counts rows already stored, rows repeated inside the file, and the stored rows they match', () => {
    expect(findDuplicates(stored, incoming)).toEqual({ alreadyStored: 2, repeated: 2, storedMatched: 2 });
    expect(findDuplicates(rows([]), incoming)).toEqual({ alreadyStored: 0, repeated: 2, storedMatched: 0 });
    expect(findDuplicates(stored, rows([]))).toEqual({ alreadyStored: 0, repeated: 0, storedMatched: 0 });
  });

  it('skip drops the incoming rows of stored KPIs and dates, and keeps repeats inside the file', () => {
    const plan = planImport(stored, incoming, 'skip');
    const added = [incomingList[1], incomingList[2], incomingList[3]];
    // CSAT's 2027-01-10 rows are skipped; FCR has nothing stored on its date.
    expect([...plan.skip]).toEqual([['csat', Uint8Array.from([1, 0])]]);
    expect(plan.remove.size).toBe(0);
    expect(plan.counts).toEqual({ alreadyStored: 2, repeated: 2, storedMatched: 2, added: 3, skipped: 2, removed: 0 });
    // Each KPI's new rows after its stored ones.
    expect(measurementsOf(applyPlan(stored, incoming, plan))).toEqual(grouped([...storedList, ...added]));
  });

  it('replace removes every stored row of those KPIs and dates and adds every incoming row', () => {
    const plan = planImport(stored, incoming, 'replace');
    expect(plan.skip.size).toBe(0);
    // The first and third stored CSAT rows (2027-01-10).
    expect([...plan.remove]).toEqual([['csat', Uint8Array.from([1, 0, 1])]]);
    expect(plan.counts).toMatchObject({ added: 5, skipped: 0, removed: 2 });
    expect(measurementsOf(applyPlan(stored, incoming, plan))).toEqual(grouped([storedList[1], storedList[2], ...incomingList]));
  });

  it('keep adds every row, as before', () => {
    const plan = planImport(stored, incoming, 'keep');
    expect(plan).toMatchObject({ counts: { added: 5, skipped: 0, removed: 0 } });
    expect([plan.skip.size, plan.remove.size]).toEqual([0, 0]);
    expect(measurementsOf(applyPlan(stored, incoming, plan))).toEqual(grouped([...storedList, ...incomingList]));
  });

  it('with no duplicate, every policy adds the rows and leaves the stored ones alone', () => {
    const fresh = rows([m('aht', '2027-01-12', 430)]);
    for (const policy of ['skip', 'replace', 'keep'] as const) {
      const plan = planImport(stored, fresh, policy);
      expect([plan.counts.added, plan.skip.size, plan.remove.size]).toEqual([1, 0, 0]);
    }
  });

  it('leaves the pilot object as it is when nothing changes', () => {
    const pilot = { ...q1(), measurements: stored };
    expect(importMeasurements(pilot, rows([storedList[0]]), 'skip')).toBe(pilot);
  });
});

describe('duplicate words', () => {
  const counts = { alreadyStored: 30, repeated: 1, storedMatched: 30 };
  it('says what the preview found', () => {
    expect(alreadyStoredText(counts)).toBe('30 rows duplicate measurements already stored (same KPI and date)');
    expect(alreadyStoredText({ ...counts, alreadyStored: 1 })).toBe('1 row duplicates a measurement already stored (same KPI and date)');
    expect(alreadyStoredText({ ...counts, alreadyStored: 0 })).toBe('');
    expect(repeatedText(counts)).toMatch(/^1 row repeats a KPI and date inside the file: all of them are imported/);
    expect(repeatedText({ ...counts, repeated: 1200 })).toMatch(/^1,200 rows repeat a KPI and date inside the file/);
    expect(repeatedText({ ...counts, repeated: 0 })).toBe('');
  });

  it('says what the import did with them', () => {
    const plan = (skipped: number, removed: number) => ({ counts: { ...counts, added: 120, skipped, removed } });
    expect(duplicatesOutcomeText(plan(30, 0), 'skip')).toBe('skipped 30 already stored');
    expect(duplicatesOutcomeText(plan(0, 31), 'replace')).toBe('replaced 31 rows stored for the same KPI and date');
    expect(duplicatesOutcomeText(plan(0, 0), 'keep')).toBe('kept 30 beside the stored values for the same KPI and date');
    expect(duplicatesOutcomeText({ counts: { ...plan(0, 0).counts, alreadyStored: 0 } }, 'skip')).toBe('');
  });

  it('names the value a KPI already has that day', () => {
    const csat = { name: 'CSAT', unit: '%' };
    expect(sameDayText([m('csat', '2027-01-24', 81.2)], csat)).toBe('CSAT already has 81.2 % on Jan 24, 2027');
    expect(sameDayText([m('csat', '2027-01-24', 81.2), m('csat', '2027-01-24', 80)], csat)).toBe('CSAT already has 81.2 % and 80 % on Jan 24, 2027');
    expect(replacedText(m('csat', '2027-01-24', 82, 300), csat)).toBe('Replaced CSAT on Jan 24, 2027 with 82 % (n = 300).');
  });
});
