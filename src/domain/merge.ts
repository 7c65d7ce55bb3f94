// Merging an evaluator's file into the stored assessment of the same id (SPEC §5):
// add the file's evaluators and their scores; for the same evaluator, vendor and criterion keep the
// score with the later updatedAt. Only evaluators and scores travel: the file's checklist, vendors,
// pilots and descriptive fields never overwrite what is stored, and the vendors or criteria the file
// has but this assessment lacks are reported with the scores skipped because of them.
import { scoreKey } from './cell-key';
import type { Assessment, Evaluator, Score } from './types';

export interface MergeSummary {
  /** Evaluators of the file that were not stored, in the file's order. */
  evaluatorsAdded: Evaluator[];
  /** Cells the stored assessment had no score for. */
  scoresAdded: number;
  /** Cells where the file's score was more recent and differed: the file's score replaced the stored one. */
  scoresUpdated: number;
  /** Cells where the stored score differed and was as recent or more recent: the stored one stays. */
  scoresKeptNewer: number;
  /** Cells where the file and the store say the same (value and note): nothing to do. */
  scoresUnchanged: number;
  /** Scores of the file about a vendor or criterion this assessment does not have: not merged. */
  scoresSkipped: number;
  /** Names of the file's vendors and criteria that are not in this assessment (never added by a merge). */
  unknownVendors: string[];
  unknownCriteria: string[];
}

export type MergeResult =
  | { ok: true; assessment: Assessment; summary: MergeSummary; changed: boolean }
  | { ok: false; reason: string };

/** Milliseconds of an updatedAt; a missing or unreadable one counts as the oldest of all (SPEC §5). */
function stamp(score: Score): number {
  if (score.updatedAt === undefined) return -Infinity;
  const ms = Date.parse(score.updatedAt);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/** A cleared score (null) without a note is the same as no score at all. */
function hasContent(score: Score | undefined): boolean {
  return score !== undefined && (score.value !== null || (score.note ?? '') !== '');
}

function sameContent(a: Score | undefined, b: Score | undefined): boolean {
  if (!hasContent(a) || !hasContent(b)) return hasContent(a) === hasContent(b);
  return a!.value === b!.value && (a!.note ?? '') === (b!.note ?? '');
}

/**
 * The stored assessment with the file's evaluators and scores merged in, and exactly what changed.
 * Both inputs are already validated. Refused (ok: false) when the scales differ, because a 4 on 0–5
 * is not a 4 on 1–10; a file of another assessment (another id) is the caller's to refuse.
 * `now` becomes the merged assessment's updatedAt when anything changed.
 */
export function mergeEvaluators(stored: Assessment, file: Assessment, now: string): MergeResult {
  if (stored.scale.min !== file.scale.min || stored.scale.max !== file.scale.max) {
    return {
      ok: false,
      reason: `The file scores on the scale ${file.scale.min}–${file.scale.max} but this assessment uses ${stored.scale.min}–${stored.scale.max}; scores on different scales cannot be merged.`,
    };
  }
  const vendorIds = new Set(stored.vendors.map((v) => v.id));
  const criterionIds = new Set(stored.categories.flatMap((k) => k.criteria.map((c) => c.id)));
  const evaluatorIds = new Set(stored.evaluators.map((e) => e.id));

  const summary: MergeSummary = {
    evaluatorsAdded: file.evaluators.filter((e) => !evaluatorIds.has(e.id)).map((e) => ({ ...e })),
    scoresAdded: 0,
    scoresUpdated: 0,
    scoresKeptNewer: 0,
    scoresUnchanged: 0,
    scoresSkipped: 0,
    unknownVendors: file.vendors.filter((v) => !vendorIds.has(v.id)).map((v) => v.name),
    unknownCriteria: file.categories.flatMap((k) => k.criteria).filter((c) => !criterionIds.has(c.id)).map((c) => c.name),
  };

  const scores = [...stored.scores];
  const position = new Map(scores.map((s, i) => [scoreKey(s), i]));
  const removed = new Set<number>();
  for (const incoming of file.scores) {
    if (!vendorIds.has(incoming.vendorId) || !criterionIds.has(incoming.criterionId)) {
      if (hasContent(incoming)) summary.scoresSkipped++;
      continue;
    }
    const at = position.get(scoreKey(incoming));
    const current = at === undefined ? undefined : scores[at];
    if (!hasContent(current)) {
      // Nothing stored for this cell (or only a cleared score): the file's score is simply added.
      if (!hasContent(incoming)) continue;
      summary.scoresAdded++;
      if (at === undefined) {
        position.set(scoreKey(incoming), scores.length);
        scores.push({ ...incoming });
      } else scores[at] = { ...incoming };
      continue;
    }
    if (sameContent(current, incoming)) summary.scoresUnchanged++;
    else if (stamp(incoming) > stamp(current!)) {
      // The later edit wins (SPEC §5); a later clearing (null, no note) removes the stored score.
      summary.scoresUpdated++;
      scores[at!] = { ...incoming };
      if (!hasContent(incoming)) removed.add(at!);
    } else summary.scoresKeptNewer++;
  }

  const changed = summary.evaluatorsAdded.length > 0 || summary.scoresAdded > 0 || summary.scoresUpdated > 0;
  if (!changed) return { ok: true, assessment: stored, summary, changed };
  return {
    ok: true,
    changed,
    summary,
    assessment: {
      ...stored,
      evaluators: [...stored.evaluators, ...summary.evaluatorsAdded],
      scores: removed.size === 0 ? scores : scores.filter((_, i) => !removed.has(i)),
      updatedAt: now,
    },
  };
}
