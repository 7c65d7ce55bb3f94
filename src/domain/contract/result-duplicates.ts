// A contract's results that would be counted twice (SPEC §11: a month's value aggregates every row dated
// in it, so a report imported twice would weigh double and can turn a breach into a pass). The same
// rules as a pilot's measurements (measurement-duplicates.ts), on the contract's rows as objects: an
// incoming row duplicates a stored one with the same service level and date, and the person chooses
// what happens to those (skip them, the default; replace the stored ones; keep both). Rows repeating a
// service level and date inside the file are all kept, and counted so the preview can say so.
// A month's file against years of stored rows: only stored rows dated inside the file's first-to-last
// date can share a key with it, so the others are passed by a string comparison, without building a key
// (a 900-row month against a 3-year contract of 32,900 rows kept the page busy for 100 ms otherwise).
import type { DuplicatePolicy, ImportPlan } from '../measurement-duplicates';
import type { ContractMeasurement } from './contract-types';

export type ResultImportCounts = ImportPlan['counts'];

const keyOf = (row: ContractMeasurement) => `${row.serviceLevelId}\n${row.date}`;

/** The first and last date of `rows` (ISO dates compare as text); a stored row outside them matches none. */
function dateSpan(rows: readonly ContractMeasurement[]): { first: string; last: string } {
  let first = '\uffff';
  let last = '';
  for (const { date } of rows) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  return { first, last };
}

/** How many stored rows each service level and date has, among those inside `incoming`'s dates. */
function storedPerKey(stored: readonly ContractMeasurement[], incoming: readonly ContractMeasurement[]): Map<string, number> {
  const { first, last } = dateSpan(incoming);
  const perKey = new Map<string, number>();
  for (const row of stored) {
    if (row.date < first || row.date > last) continue;
    const key = keyOf(row);
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
  }
  return perKey;
}

/** What `policy` would do with `incoming` against `stored`, in counts (the preview's and the outcome's). */
export function planResultImport(stored: readonly ContractMeasurement[], incoming: readonly ContractMeasurement[], policy: DuplicatePolicy): ResultImportCounts {
  const perKey = storedPerKey(stored, incoming);
  const seen = new Set<string>();
  let alreadyStored = 0;
  let repeated = 0;
  let storedMatched = 0;
  for (const row of incoming) {
    const key = keyOf(row);
    const storedRows = perKey.get(key) ?? 0;
    if (storedRows > 0) alreadyStored++;
    if (seen.has(key)) repeated++;
    else {
      seen.add(key);
      storedMatched += storedRows;
    }
  }
  const skipped = policy === 'skip' ? alreadyStored : 0;
  const removed = policy === 'replace' ? storedMatched : 0;
  return { alreadyStored, repeated, storedMatched, added: incoming.length - skipped, skipped, removed };
}

/**
 * The contract's rows with `incoming` imported under `policy`: stored rows in place, the added ones
 * after them. Pure, so it can be applied again to the rows as stored at the moment of writing.
 */
export function importResults(stored: readonly ContractMeasurement[], incoming: readonly ContractMeasurement[], policy: DuplicatePolicy): ContractMeasurement[] {
  if (policy === 'keep') return [...stored, ...incoming];
  if (policy === 'skip') {
    const perKey = storedPerKey(stored, incoming);
    return [...stored, ...incoming.filter((row) => !perKey.has(keyOf(row)))];
  }
  const { first, last } = dateSpan(incoming);
  const incomingKeys = new Set(incoming.map(keyOf));
  const replaced = (row: ContractMeasurement) => row.date >= first && row.date <= last && incomingKeys.has(keyOf(row));
  return [...stored.filter((row) => !replaced(row)), ...incoming];
}
