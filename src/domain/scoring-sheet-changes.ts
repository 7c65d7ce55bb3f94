// What importing a scoring sheet changes (SPEC §6 "Scoring sheet"): for each row, whether it is a new
// score, a changed value, a changed note or no change, and the scores to write. Rows that match what
// is stored are not rewritten, so their updatedAt (which merges keep the later of, SPEC §5) stays.
import { scoreKey } from './cell-key';
import type { Assessment, Score } from './types';

/** One checked row of a scoring sheet (exchange/csv/score-rows.ts ScoreRow has this shape). */
interface SheetScore {
  vendorId: string;
  criterionId: string;
  evaluatorId: string;
  value: number;
  /** The sheet's note (empty: clear it) when the file has a note column; absent otherwise (keep the stored one). */
  note?: string;
}

interface ScoreChanges {
  /** Scores to write: new cells and cells whose value or note changed, stamped `now`. */
  scores: Score[];
  /** Rows that match what is stored: not rewritten, so their updatedAt (merges keep the later) stays. */
  unchanged: number;
  /** Rows whose vendor, criterion or evaluator was removed since the preview. */
  dropped: number;
}

type ScoreChange = { kind: 'new' } | { kind: 'same' } | { kind: 'note' } | { kind: 'value'; was: number };

/**
 * What one row does to the stored score. A row without a note (the file has no note column) keeps the
 * stored note; a row with one sets it, and an empty note removes it.
 */
export function changeOf(old: Score | undefined, row: SheetScore): { change: ScoreChange; note: string | undefined } {
  const note = row.note === undefined ? old?.note : row.note || undefined;
  if (!old || old.value === null) return { change: { kind: 'new' }, note };
  if (old.value !== row.value) return { change: { kind: 'value', was: old.value }, note };
  return { change: (old.note ?? '') === (note ?? '') ? { kind: 'same' } : { kind: 'note' }, note };
}

/** The assessment's scores by scoreKey (cell and evaluator), the lookup changeOf's callers use. */
export function storedScores(a: Pick<Assessment, 'scores'>): Map<string, Score> {
  return new Map(a.scores.map((s) => [scoreKey(s), s]));
}

/** The change a row makes to the scores looked up by storedScores. */
export function changeOfRow(stored: ReadonlyMap<string, Score>, row: SheetScore): ScoreChange {
  return changeOf(stored.get(scoreKey(row)), row).change;
}

/** The preview's "Change" badge of a row: a new score, the value it replaces, a changed note, or none. */
export function changeBadge(change: ScoreChange): { tone: 'ok' | 'neutral' | 'warn'; text: string } {
  if (change.kind === 'new') return { tone: 'ok', text: 'New score' };
  if (change.kind === 'value') return { tone: 'warn', text: `Was ${change.was}` };
  if (change.kind === 'note') return { tone: 'warn', text: 'Note changed' };
  return { tone: 'neutral', text: 'No change' };
}

interface SheetNames {
  vendor(id: string): string;
  criterion(id: string): string;
  evaluator(id: string): string;
}

/** The names a sheet's rows show for their ids; an id the assessment does not know shows as itself. */
export function sheetNames(a: Pick<Assessment, 'vendors' | 'categories' | 'evaluators'> | undefined): SheetNames {
  const vendors = new Map((a?.vendors ?? []).map((v) => [v.id, v.name]));
  const criteria = new Map((a?.categories ?? []).flatMap((k) => k.criteria.map((c) => [c.id, c.name] as const)));
  const evaluators = new Map((a?.evaluators ?? []).map((e) => [e.id, e.name]));
  return {
    vendor: (id) => vendors.get(id) ?? id,
    criterion: (id) => criteria.get(id) ?? id,
    evaluator: (id) => evaluators.get(id) ?? id,
  };
}

/** Rows of an exported scoring sheet: one per vendor × criterion. */
export function sheetRowCount(a: Pick<Assessment, 'vendors' | 'categories'>): number {
  return a.vendors.length * a.categories.reduce((n, k) => n + k.criteria.length, 0);
}

/** New, changed (value or note) and unchanged among the rows, for the preview's badges. */
export function changeTally(stored: ReadonlyMap<string, Score>, rows: readonly SheetScore[]): { new: number; changed: number; same: number } {
  const tally = { new: 0, changed: 0, same: 0 };
  for (const row of rows) {
    const kind = changeOfRow(stored, row).kind;
    if (kind === 'new') tally.new++;
    else if (kind === 'same') tally.same++;
    else tally.changed++;
  }
  return tally;
}

/** What importing the rows changes (see changeOf). */
export function scoreChanges(a: Assessment, rows: readonly SheetScore[], now: string): ScoreChanges {
  const stored = storedScores(a);
  const vendors = new Set(a.vendors.map((v) => v.id));
  const criteria = new Set(a.categories.flatMap((k) => k.criteria.map((c) => c.id)));
  const evaluators = new Set(a.evaluators.map((e) => e.id));
  const changes: ScoreChanges = { scores: [], unchanged: 0, dropped: 0 };
  for (const row of rows) {
    if (!vendors.has(row.vendorId) || !criteria.has(row.criterionId) || !evaluators.has(row.evaluatorId)) {
      changes.dropped++;
      continue;
    }
    const { change, note } = changeOf(stored.get(scoreKey(row)), row);
    if (change.kind === 'same') {
      changes.unchanged++;
      continue;
    }
    const score: Score = { vendorId: row.vendorId, criterionId: row.criterionId, evaluatorId: row.evaluatorId, value: row.value, updatedAt: now };
    if (note) score.note = note;
    changes.scores.push(score);
  }
  return changes;
}

/** "1 new or changed; 7 already matched the stored score and note and were left untouched." */
export function changesDetail(c: ScoreChanges): string {
  const parts = [`${c.scores.length} new or changed`];
  if (c.unchanged > 0) parts.push(`${c.unchanged} already matched the stored score and note and ${c.unchanged === 1 ? 'was' : 'were'} left untouched`);
  if (c.dropped > 0) parts.push(`${c.dropped} pointed at a vendor, criterion or evaluator removed meanwhile and ${c.dropped === 1 ? 'was' : 'were'} skipped`);
  return `${parts.join('; ')}.`;
}
