// The scoring sheet kind of the shared CSV import (csv-import-flow.svelte.ts; SPEC §6 "Scoring sheet").
// Rows are checked in the worker (exchange/csv/score-rows.ts); what they change is decided in
// domain/scoring-sheet-changes.ts, and the session applies the changed scores at once (grid and
// ranking follow without waiting for storage) and stores them in one transaction.
import { changesDetail, scoreChanges } from '../domain/scoring-sheet-changes';
import { SCORE_SPEC, type ScoreRow } from '../exchange/csv/score-rows';
import type { AssessmentSession } from './assessment-session.svelte';
import { CsvImportFlow } from './csv-import-flow.svelte';
import type { CsvImportKind } from './csv-import-kind';

export type { ScoreRow };

export function scoresKind(session: AssessmentSession): CsvImportKind<ScoreRow> {
  return {
    spec: SCORE_SPEC,
    job() {
      const a = session.assessment;
      return {
        kind: 'scores',
        target: {
          scale: a?.scale ?? { min: 0, max: 5 },
          vendors: (a?.vendors ?? []).map((v) => ({ id: v.id, name: v.name })),
          criteria: (a?.categories ?? []).flatMap((k) => k.criteria.map((c) => ({ id: c.id, name: c.name }))),
          evaluators: (a?.evaluators ?? []).map((e) => ({ id: e.id, name: e.name })),
          defaultEvaluatorId: session.currentEvaluatorId ?? '',
        },
      };
    },
    async commit(rows) {
      const a = session.assessment;
      if (!a) return { saved: false };
      // Compared with what the session holds now: a cell scored or removed since the preview counts.
      const now = new Date().toISOString();
      const changes = scoreChanges(a, rows, now);
      const saved = await session.setScores(changes.scores, now);
      return saved ? { saved: true, imported: changes.scores.length + changes.unchanged, detail: changesDetail(changes) } : { saved: false };
    },
  };
}

/** The import of a scoring sheet CSV into the session's assessment. */
export function scoringSheetCsvImport(session: AssessmentSession): CsvImportFlow<ScoreRow> {
  return new CsvImportFlow(scoresKind(session));
}
