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
//
// Everything here works on the rows' columns (pilot-rows.ts), KPI by KPI: incoming rows are added after
// the stored rows of their KPI.
import { appendPilotRows, dropKpiRows, type SkippedDates } from './pilot-rows-build';
import { kpiRowAt, kpiRowsOf, pilotRows } from './pilot-rows';
import type { KpiRows, Measurement, Pilot, PilotRows } from './types';

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
  /**
   * Per KPI, the incoming dates whose rows are skipped (already stored, under `skip`): the rows to add
   * are the incoming ones less those, in their incoming order (left out as they are appended, with no
   * copy of their own).
   */
  skip: SkippedDates;
  /** Per KPI, the stored rows to remove (1 at a row's place in the KPI's block); empty when none. */
  remove: ReadonlyMap<string, Uint8Array>;
  counts: DuplicateCounts & { added: number; skipped: number; removed: number };
}

/** Per distinct date of a block, how many of its rows have that date (a pass over the date column). */
function rowsPerDate(block: KpiRows): Uint32Array {
  const perDate = new Uint32Array(block.dates.length);
  const { date } = block;
  for (let k = 0; k < date.length; k++) perDate[date[k]]++;
  return perDate;
}

/**
 * What `policy` does with the incoming rows, KPI by KPI, from the columns: each distinct date is
 * looked up once among the stored dates of its KPI, after one pass counting each KPI's rows per date
 * (a million incoming rows take a few milliseconds; SPEC §10 performance targets). No row is copied.
 */
export function planImport(stored: PilotRows, incoming: PilotRows, policy: DuplicatePolicy): ImportPlan {
  let alreadyStored = 0;
  let repeated = 0;
  let storedMatched = 0;
  let skipped = 0;
  const skip = new Map<string, Uint8Array>();
  const remove = new Map<string, Uint8Array>();
  for (const block of incoming.blocks) {
    const storedBlock = kpiRowsOf(stored, block.kpiId);
    const storedDates = new Set<string>();
    if (storedBlock) rowsPerDate(storedBlock).forEach((rows, i) => rows > 0 && storedDates.add(storedBlock.dates[i]));
    // Per incoming date: stored already (1) or not (0); and the incoming rows per date.
    const isStored = new Uint8Array(block.dates.length);
    block.dates.forEach((d, i) => (isStored[i] = storedDates.has(d) ? 1 : 0));
    const perDate = rowsPerDate(block);
    let onStoredDates = 0;
    perDate.forEach((rows, i) => {
      if (rows > 1) repeated += rows - 1;
      if (isStored[i] === 1) onStoredDates += rows;
    });
    alreadyStored += onStoredDates;
    if (policy === 'skip' && onStoredDates > 0) {
      skip.set(block.kpiId, isStored);
      skipped += onStoredDates;
    }
    if (!storedBlock || storedDates.size === 0) continue;
    // Stored rows on a date the incoming rows of this KPI have.
    const incomingDates = new Set(block.dates);
    const matched = new Uint8Array(storedBlock.dates.length);
    storedBlock.dates.forEach((d, i) => (matched[i] = incomingDates.has(d) ? 1 : 0));
    const { date } = storedBlock;
    let removeRows: Uint8Array | null = null;
    for (let k = 0; k < date.length; k++) {
      if (matched[date[k]] === 0) continue;
      storedMatched++;
      if (policy === 'replace') (removeRows ??= new Uint8Array(date.length))[k] = 1;
    }
    if (removeRows) remove.set(block.kpiId, removeRows);
  }
  let removed = 0;
  for (const rows of remove.values()) for (let k = 0; k < rows.length; k++) removed += rows[k];
  return { skip, remove, counts: { alreadyStored, repeated, storedMatched, added: incoming.count - skipped, skipped, removed } };
}

/** What the preview says about the incoming rows, whatever the policy. */
export function findDuplicates(stored: PilotRows, incoming: PilotRows): DuplicateCounts {
  const { alreadyStored, repeated, storedMatched } = planImport(stored, incoming, 'keep').counts;
  return { alreadyStored, repeated, storedMatched };
}

/** The rows after applying the plan: stored rows kept in place, the added ones after those of their KPI. */
export function applyPlan(stored: PilotRows, incoming: PilotRows, plan: Pick<ImportPlan, 'skip' | 'remove'>, kpiOrder?: readonly string[]): PilotRows {
  const kept = plan.remove.size === 0 ? stored : pilotRows(stored.blocks.map((b) => (plan.remove.has(b.kpiId) ? dropKpiRows(b, plan.remove.get(b.kpiId)!) : b)), kpiOrder);
  return appendPilotRows(kept, incoming, kpiOrder, plan.skip);
}

/**
 * The pilot with `incoming` imported under `policy`: a pure function of the pilot, so it can be applied
 * again to the pilot as stored at the moment of writing.
 */
export function importMeasurements(pilot: Pilot, incoming: PilotRows, policy: DuplicatePolicy): Pilot {
  const plan = planImport(pilot.measurements, incoming, policy);
  if (plan.counts.added === 0 && plan.remove.size === 0) return pilot;
  return { ...pilot, measurements: applyPlan(pilot.measurements, incoming, plan, pilot.kpis.map((k) => k.id)) };
}

/** The stored rows of one KPI on one date, in stored order (what an entry form warns about). */
export function storedOnDay(stored: PilotRows, kpiId: string, date: string): Measurement[] {
  const block = kpiRowsOf(stored, kpiId);
  const at = block ? block.dates.indexOf(date) : -1;
  if (!block || at < 0) return [];
  const rows: Measurement[] = [];
  for (let k = 0; k < block.date.length; k++) if (block.date[k] === at) rows.push(kpiRowAt(block, k));
  return rows;
}
