// The scoring sheet kind of the shared CSV import (components/csv; SPEC §6 "Scoring sheet", issue 4
// item 4). Rows are checked in the worker (exchange/csv/score-rows.ts); here they become scores and
// are written with saveScores in one transaction. The live view reloads from that write (it bumps the
// assessment's updatedAt), so the grid and the ranking update without an optimistic copy.
import type { AssessmentSession } from '../../../state/assessment-session.svelte';
import { persist } from '../../../state/notices.svelte';
import { saveScores } from '../../../db/scores-repo';
import type { Assessment, Score } from '../../../domain/types';
import { SCORE_SPEC, type ScoreRow } from '../../../exchange/csv/score-rows';
import type { CsvImportKind } from '../../csv/csv-import.svelte';

export interface ScoreChanges {
  /** Scores to write: new cells and cells whose value or note changed, stamped `now`. */
  scores: Score[];
  /** Rows that match what is stored: not rewritten, so their updatedAt (merges keep the later) stays. */
  unchanged: number;
  /** Rows whose vendor, criterion or evaluator was removed since the preview. */
  dropped: number;
}

const cell = (s: Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>) => `${s.vendorId}\u0000${s.criterionId}\u0000${s.evaluatorId}`;

export type ScoreChange = { kind: 'new' } | { kind: 'same' } | { kind: 'note' } | { kind: 'value'; was: number };

/**
 * What one row does to the stored score. A row without a note (the file has no note column) keeps the
 * stored note; a row with one sets it, and an empty note removes it.
 */
export function changeOf(old: Score | undefined, row: ScoreRow): { change: ScoreChange; note: string | undefined } {
  const note = row.note === undefined ? old?.note : row.note || undefined;
  if (!old || old.value === null) return { change: { kind: 'new' }, note };
  if (old.value !== row.value) return { change: { kind: 'value', was: old.value }, note };
  return { change: (old.note ?? '') === (note ?? '') ? { kind: 'same' } : { kind: 'note' }, note };
}

/** What importing the rows changes (see changeOf). */
export function scoreChanges(a: Assessment, rows: readonly ScoreRow[], now: string): ScoreChanges {
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
    const { change, note } = changeOf(stored.get(cell(row)), row);
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

/** The assessment's scores by cell and evaluator (the key changeOf's callers look rows up with). */
export function storedScores(a: Pick<Assessment, 'scores'>): Map<string, Score> {
  return new Map(a.scores.map((s) => [cell(s), s]));
}

export { cell as scoreCellKey };

/** "1 new or changed; 7 already matched the stored score and note and were left untouched." */
export function changesDetail(c: ScoreChanges): string {
  const parts = [`${c.scores.length} new or changed`];
  if (c.unchanged > 0) parts.push(`${c.unchanged} already matched the stored score and note and ${c.unchanged === 1 ? 'was' : 'were'} left untouched`);
  if (c.dropped > 0) parts.push(`${c.dropped} pointed at a vendor, criterion or evaluator removed meanwhile and ${c.dropped === 1 ? 'was' : 'were'} skipped`);
  return `${parts.join('; ')}.`;
}

/** Writes the rows' scores for the session's assessment in one transaction; resolves what happened. */
export async function applyScoreRows(session: AssessmentSession, rows: readonly ScoreRow[], now = new Date().toISOString()): Promise<{ saved: boolean; changes: ScoreChanges }> {
  const a = session.assessment;
  if (!a) return { saved: false, changes: { scores: [], unchanged: 0, dropped: rows.length } };
  const changes = scoreChanges(a, rows, now);
  if (changes.scores.length === 0) return { saved: true, changes };
  const saved = await persist('the imported scores', () => saveScores(a.id, changes.scores, now));
  return { saved, changes };
}

export function scoresKind(session: () => AssessmentSession): CsvImportKind<ScoreRow> {
  return {
    spec: SCORE_SPEC,
    job() {
      const s = session();
      const a = s.assessment;
      return {
        kind: 'scores',
        target: {
          scale: a?.scale ?? { min: 0, max: 5 },
          vendors: (a?.vendors ?? []).map((v) => ({ id: v.id, name: v.name })),
          criteria: (a?.categories ?? []).flatMap((k) => k.criteria.map((c) => ({ id: c.id, name: c.name }))),
          evaluators: (a?.evaluators ?? []).map((e) => ({ id: e.id, name: e.name })),
          defaultEvaluatorId: s.currentEvaluatorId ?? '',
        },
      };
    },
    async commit(rows) {
      const { saved, changes } = await applyScoreRows(session(), rows);
      return saved ? { saved: true, imported: changes.scores.length + changes.unchanged, detail: changesDetail(changes) } : { saved: false };
    },
  };
}
