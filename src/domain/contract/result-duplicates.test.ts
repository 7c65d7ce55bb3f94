// Importing a contract's results never counts a row twice unless the person chose to (SPEC §11: a
// month aggregates every row dated in it), on the worked example's rows.
import { describe, expect, it } from 'vitest';
import { importResults, planResultImport } from './result-duplicates';
import { workedContract } from './test-contract';
import type { ContractMeasurement } from './contract-types';

const stored: ContractMeasurement[] = workedContract().measurements;
const row = (serviceLevelId: string, date: string, value: number): ContractMeasurement => ({ serviceLevelId, date, value });
/** January's CSAT again (stored), and two rows of a new day in May (repeating each other). */
const incoming = [row('csat', '2027-01-31', 79.5), row('csat', '2027-05-31', 86), row('csat', '2027-05-31', 84)];

describe('planResultImport', () => {
  it('counts rows already stored, rows repeated inside the file, and what each policy adds and removes', () => {
    const base = { alreadyStored: 1, repeated: 1, storedMatched: 1 };
    expect(planResultImport(stored, incoming, 'skip')).toEqual({ ...base, added: 2, skipped: 1, removed: 0 });
    expect(planResultImport(stored, incoming, 'replace')).toEqual({ ...base, added: 3, skipped: 0, removed: 1 });
    expect(planResultImport(stored, incoming, 'keep')).toEqual({ ...base, added: 3, skipped: 0, removed: 0 });
  });

  it('counts a stored row once however many incoming rows share its service level and date', () => {
    const twice = [row('aht', '2027-01-31', 400), row('aht', '2027-01-31', 405)];
    expect(planResultImport([...stored, row('aht', '2027-01-31', 412)], twice, 'replace')).toMatchObject({ alreadyStored: 2, repeated: 1, storedMatched: 2, removed: 2 });
  });
});

describe('importResults', () => {
  it('skips rows already stored, keeping both rows of the new day', () => {
    expect(importResults(stored, incoming, 'skip')).toEqual([...stored, incoming[1], incoming[2]]);
  });

  it('replaces the stored rows of the same service level and date, or keeps both, when asked', () => {
    const corrected = [row('csat', '2027-01-31', 81)];
    expect(importResults(stored, corrected, 'replace')).toEqual([...stored.filter((r) => !(r.serviceLevelId === 'csat' && r.date === '2027-01-31')), corrected[0]]);
    expect(importResults(stored, corrected, 'keep')).toEqual([...stored, corrected[0]]);
  });
});
