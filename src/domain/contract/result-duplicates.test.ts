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

describe('on large random rows', () => {
  /** The rules written plainly, a key per row (what the date span must not change). */
  const keyOf = (r: ContractMeasurement) => `${r.serviceLevelId}\n${r.date}`;
  function plainPlan(stored: ContractMeasurement[], incoming: ContractMeasurement[]) {
    const storedKeys = stored.map(keyOf);
    const seen = new Set<string>();
    let alreadyStored = 0;
    let repeated = 0;
    let storedMatched = 0;
    for (const r of incoming) {
      const key = keyOf(r);
      if (storedKeys.includes(key)) alreadyStored++;
      if (seen.has(key)) repeated++;
      else {
        seen.add(key);
        storedMatched += storedKeys.filter((k) => k === key).length;
      }
    }
    return { alreadyStored, repeated, storedMatched };
  }
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const randomRows = (n: number, days: number, fromDay: number) =>
    Array.from({ length: n }, () => row(`sl${Math.floor(random() * 5)}`, new Date(Date.UTC(2027, 0, fromDay + Math.floor(random() * days))).toISOString().slice(0, 10), Math.round(random() * 100)));

  it('plans and imports as the plain rules do, whether the file overlaps the stored dates or not', () => {
    for (const [fromDay, days] of [[1, 60], [50, 30], [300, 20], [-40, 30]]) {
      const storedRows = randomRows(1500, 365, 1);
      const file = randomRows(300, days, fromDay);
      const plain = plainPlan(storedRows, file);
      expect(planResultImport(storedRows, file, 'skip')).toMatchObject(plain);
      const storedKeys = new Set(storedRows.map(keyOf));
      const fileKeys = new Set(file.map(keyOf));
      expect(importResults(storedRows, file, 'skip')).toEqual([...storedRows, ...file.filter((r) => !storedKeys.has(keyOf(r)))]);
      expect(importResults(storedRows, file, 'replace')).toEqual([...storedRows.filter((r) => !fileKeys.has(keyOf(r))), ...file]);
    }
  });
});
