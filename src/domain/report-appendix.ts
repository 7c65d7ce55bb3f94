// The report's appendix (SPEC §1: a steering committee can audit the decision): every score of every
// evaluator beside the consensus (SPEC §3), every evidence note, and each must-have's outcome per vendor.
// Pure rows of text in the ranking's vendor order and the checklist's criterion order.
import { cellKey } from './cell-key';
import { scalePoints } from './calibration';
import type { ConsensusCells } from './consensus';
import { formatScore } from './format';
import { formatAgainst, formatNumber } from './pilot-reasons';
import { STATUS_LABELS } from './results-text';
import type { RankedVendor } from './scoring';
import type { Assessment, Criterion } from './types';

type MatrixRow =
  | { kind: 'category'; id: string; name: string }
  | {
      kind: 'criterion';
      id: string;
      name: string;
      /** "Must-have (min 3)" or ''. */
      mustHave: string;
      /** The consensus (mean of the evaluators who scored), or "—". */
      consensus: string;
      /** One per evaluator of the assessment, in its order: the value, or "—" when not scored. */
      scores: string[];
      /** The evaluators' spread is at least 30 % of the scale (consensus.ts). */
      disagreement: boolean;
    };

interface VendorMatrix {
  vendorId: string;
  /** "Northwind Contact · rank 1 · 72.8 · Qualified". */
  title: string;
  rows: MatrixRow[];
}

const mustHaveText = (c: Criterion) => (c.mustHave ? `Must-have${c.minScore === null ? '' : ` (min ${formatNumber(c.minScore)})`}` : '');

/** One table per vendor, in ranking order: criteria grouped by category, consensus, then each evaluator. */
export function scoreMatrix(a: Assessment, ranking: readonly RankedVendor[], cells: ConsensusCells): VendorMatrix[] {
  const values = new Map(a.scores.map((s) => [`${cellKey(s.vendorId, s.criterionId)}|${s.evaluatorId}`, s.value]));
  return ranking.map((v) => {
    const rows: MatrixRow[] = [];
    for (const k of a.categories) {
      rows.push({ kind: 'category', id: k.id, name: k.name });
      for (const c of k.criteria) {
        const cell = cells.at(v.vendorId, c.id);
        rows.push({
          kind: 'criterion',
          id: c.id,
          name: c.name,
          mustHave: mustHaveText(c),
          consensus: cell ? scalePoints(cell.mean) : '—',
          scores: a.evaluators.map((e) => {
            const value = values.get(`${cellKey(v.vendorId, c.id)}|${e.id}`);
            return value === null || value === undefined ? '—' : scalePoints(value);
          }),
          disagreement: cell?.disagreement ?? false,
        });
      }
    }
    return { vendorId: v.vendorId, title: `${v.name} · rank ${v.rank} · ${formatScore(v.total)} · ${STATUS_LABELS[v.status].text}`, rows };
  });
}

interface NoteRow {
  key: string;
  vendor: string;
  criterion: string;
  evaluator: string;
  /** The score beside the note, or "not scored" (a note may come before the score). */
  score: string;
  note: string;
}

/**
 * Every evidence note of the assessment, none left out: ordered by vendor (ranking order), criterion
 * (checklist order) and evaluator; a note whose vendor, criterion or evaluator is unknown comes last
 * under its id.
 */
export function evidenceNotes(a: Assessment, ranking: readonly RankedVendor[]): NoteRow[] {
  const order = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x, i) => [x.id, i]));
  const vendorOrder = new Map(ranking.map((v, i) => [v.vendorId, i]));
  const criteria = a.categories.flatMap((k) => k.criteria);
  const criterionOrder = order(criteria);
  const evaluatorOrder = order(a.evaluators);
  const at = (map: Map<string, number>, id: string) => map.get(id) ?? Number.MAX_SAFE_INTEGER;
  return a.scores
    .filter((s) => (s.note ?? '').trim() !== '')
    .sort(
      (x, y) =>
        at(vendorOrder, x.vendorId) - at(vendorOrder, y.vendorId) ||
        at(criterionOrder, x.criterionId) - at(criterionOrder, y.criterionId) ||
        at(evaluatorOrder, x.evaluatorId) - at(evaluatorOrder, y.evaluatorId),
    )
    .map((s) => ({
      key: `${cellKey(s.vendorId, s.criterionId)}|${s.evaluatorId}`,
      vendor: a.vendors.find((v) => v.id === s.vendorId)?.name ?? s.vendorId,
      criterion: criteria.find((c) => c.id === s.criterionId)?.name ?? s.criterionId,
      evaluator: a.evaluators.find((e) => e.id === s.evaluatorId)?.name ?? s.evaluatorId,
      score: s.value === null ? 'not scored' : scalePoints(s.value),
      note: (s.note ?? '').trim(),
    }));
}

interface MustHaveRow {
  key: string;
  criterion: string;
  /** "min 3", or "no minimum". */
  minimum: string;
  vendor: string;
  consensus: string;
  outcome: 'Met' | 'Failed' | 'Not scored' | 'No minimum set';
  tone: 'ok' | 'danger' | 'warn' | 'neutral';
}

/**
 * Each must-have against each vendor (SPEC §3 status): met, failed (consensus below the minimum, shown
 * on its own side of the line as on the Results screen), or not scored yet.
 */
export function mustHaveOutcomes(a: Assessment, ranking: readonly RankedVendor[], cells: ConsensusCells): MustHaveRow[] {
  const mustHaves = a.categories.flatMap((k) => k.criteria).filter((c) => c.mustHave);
  return mustHaves.flatMap((c) =>
    ranking.map((v): MustHaveRow => {
      const mean = cells.at(v.vendorId, c.id)?.mean;
      const base = { key: cellKey(v.vendorId, c.id), criterion: c.name, vendor: v.name };
      const minimum = c.minScore === null ? 'no minimum' : `min ${formatNumber(c.minScore)}`;
      if (mean === undefined) return { ...base, minimum, consensus: '—', outcome: 'Not scored', tone: 'warn' };
      if (c.minScore === null) return { ...base, minimum, consensus: scalePoints(mean), outcome: 'No minimum set', tone: 'neutral' };
      const consensus = formatAgainst(mean, c.minScore);
      return v.failedMustHaves.includes(c.id)
        ? { ...base, minimum, consensus, outcome: 'Failed', tone: 'danger' }
        : { ...base, minimum, consensus, outcome: 'Met', tone: 'ok' };
    }),
  );
}
