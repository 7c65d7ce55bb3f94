// Measurements that would be counted twice. A pilot holds at most what the person chose for a KPI on a
// day: SPEC §4 aggregates every counted row, so a report imported twice (or a figure typed twice) would
// weigh that day double and can flip the decision. A row duplicates a stored one when it has the same
// KPI and date in the same pilot (a CSV's `vendor` column only routes rows to the pilot of that vendor,
// SPEC §6, so within one pilot the key is KPI and date).
//
// Policies for incoming rows whose KPI and date are already stored:
// - `skip` (the default): those incoming rows are dropped; the stored ones stay;
// - `replace`: the stored rows of those KPIs and dates are removed, and the incoming ones added;
// - `keep`: both are kept (several readings of one day, combined as SPEC §4 aggregates).
// Rows that repeat a KPI and date inside the incoming rows themselves are all kept, whatever the policy:
// a partner's daily report often has one row per site or shift, and those are real, separate samples
// (SPEC §4 combines them, weighted by n). They are counted so the preview can say so.
import type { Measurement, Pilot } from './types';

export type DuplicatePolicy = 'skip' | 'replace' | 'keep';

export interface DuplicateCounts {
  /** Incoming rows whose KPI and date are already stored. */
  alreadyStored: number;
  /** Incoming rows that repeat a KPI and date of an earlier incoming row. */
  repeated: number;
  /** Stored rows that share a KPI and date with an incoming row (what `replace` removes). */
  storedMatched: number;
}

export interface ImportPlan {
  /** The rows to add, in their incoming order. */
  add: Measurement[];
  /** Per incoming row, 1 where it is dropped (skipped); null when every incoming row is added. */
  dropped: Uint8Array | null;
  /** Indexes into the stored rows to remove, ascending. */
  remove: number[];
  counts: DuplicateCounts & { added: number; skipped: number; removed: number };
}

/**
 * Rows counted per (date, KPI). Keyed by date first: rows come in runs of one date (a CSV is by date,
 * a week is one date), so a run costs one outer lookup; 100,000 rows take a few milliseconds.
 */
class DayKpiCounts {
  readonly #byDate = new Map<string, Map<string, { count: number }>>();
  #lastDate: string | undefined;
  #last: Map<string, { count: number }> | undefined;

  /** The date's counts (cached for the run of that date, found or not). */
  #day(date: string): Map<string, { count: number }> | undefined {
    if (date !== this.#lastDate) {
      this.#lastDate = date;
      this.#last = this.#byDate.get(date);
    }
    return this.#last;
  }

  /** Counts the row and returns how many rows of its KPI and date came before it. */
  add(row: Measurement): number {
    let day = this.#day(row.date);
    if (!day) this.#byDate.set(row.date, (day = this.#last = new Map()));
    const entry = day.get(row.kpiId);
    if (entry) return entry.count++;
    day.set(row.kpiId, { count: 1 });
    return 0;
  }

  has(row: Measurement): boolean {
    return this.#day(row.date)?.has(row.kpiId) ?? false;
  }
}

interface Scan {
  counts: DuplicateCounts;
  dropped: Uint8Array | null;
  remove: number[];
}

/** One pass over each list: what is duplicated, and what `policy` drops and removes. */
function scan(stored: readonly Measurement[], incoming: readonly Measurement[], policy: DuplicatePolicy): Scan {
  const storedKeys = new DayKpiCounts();
  for (const row of stored) storedKeys.add(row);
  const seen = new DayKpiCounts();
  let alreadyStored = 0;
  let repeated = 0;
  let dropped: Uint8Array | null = null;
  for (let i = 0; i < incoming.length; i++) {
    const row = incoming[i];
    if (seen.add(row) > 0) repeated++;
    if (!storedKeys.has(row)) continue;
    alreadyStored++;
    if (policy === 'skip') (dropped ??= new Uint8Array(incoming.length))[i] = 1;
  }
  const remove: number[] = [];
  let storedMatched = 0;
  if (alreadyStored > 0) {
    for (let i = 0; i < stored.length; i++) {
      if (!seen.has(stored[i])) continue;
      storedMatched++;
      if (policy === 'replace') remove.push(i);
    }
  }
  return { counts: { alreadyStored, repeated, storedMatched }, dropped, remove };
}

/** What the preview says about the incoming rows, whatever the policy. */
export function findDuplicates(stored: readonly Measurement[], incoming: readonly Measurement[]): DuplicateCounts {
  return scan(stored, incoming, 'keep').counts;
}

/** The rows not marked in `dropped` (a loop: a filter callback is slow before the engine optimises it). */
function kept(rows: readonly Measurement[], dropped: Uint8Array): Measurement[] {
  const out: Measurement[] = [];
  for (let i = 0; i < rows.length; i++) if (dropped[i] === 0) out.push(rows[i]);
  return out;
}

/** What applying `policy` to the incoming rows adds and removes. */
export function planImport(stored: readonly Measurement[], incoming: readonly Measurement[], policy: DuplicatePolicy): ImportPlan {
  const { counts, dropped, remove } = scan(stored, incoming, policy);
  const add = dropped ? kept(incoming, dropped) : incoming.slice();
  return { add, dropped, remove, counts: { ...counts, added: add.length, skipped: incoming.length - add.length, removed: remove.length } };
}

/** The measurements after applying the plan: stored rows kept in place, the added ones after them. */
export function applyPlan(stored: readonly Measurement[], plan: Pick<ImportPlan, 'add' | 'remove'>): Measurement[] {
  if (plan.remove.length === 0) return [...stored, ...plan.add];
  const removed = new Set(plan.remove);
  return [...stored.filter((_, i) => !removed.has(i)), ...plan.add];
}

/**
 * The pilot with `incoming` imported under `policy`: a pure function of the pilot, so it can be applied
 * again to the pilot as stored at the moment of writing.
 */
export function importMeasurements(pilot: Pilot, incoming: readonly Measurement[], policy: DuplicatePolicy): Pilot {
  const plan = planImport(pilot.measurements, incoming, policy);
  if (plan.add.length === 0 && plan.remove.length === 0) return pilot;
  return { ...pilot, measurements: applyPlan(pilot.measurements, plan) };
}

/** The stored rows of one KPI on one date, in stored order (what an entry form warns about). */
export function storedOnDay(stored: readonly Measurement[], kpiId: string, date: string): Measurement[] {
  return stored.filter((m) => m.kpiId === kpiId && m.date === date);
}
