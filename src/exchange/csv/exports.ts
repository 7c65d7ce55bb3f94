// The CSV exports of SPEC §6: the ranking, the full score matrix (every evaluator), a
// pilot's measurements, and a scoring sheet for one evaluator to fill in a spreadsheet. All are written
// by write.ts (Excel-safe) in the chosen style (comma and decimal point, or semicolon and decimal comma)
// at full precision (SPEC §3 "compute and export at full precision"); the ranking also has the figures
// as the screen rounds them. The score matrix, the scoring sheet and the measurements use the column
// names their importers expect, so each imports back to the same data in either style.
import { cellKey } from '../../domain/cell-key';
import { shownCoverage } from '../../domain/coverage-display';
import { roundedForDisplay } from '../../domain/format';
import type { RankedVendor } from '../../domain/scoring';
import type { Assessment, Criterion, Pilot } from '../../domain/types';
import { CSV_STYLES, type CsvStyle } from './style';
import { toCsv, type CsvValue } from './write';

/** Lower-case ASCII words joined by "-", cut between words at `max` characters. */
function fileSlug(text: string, max: number, fallback: string): string {
  const words = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || fallback;
}

/** "tier-1-support-outsourcing-ranking-2026-11-22.csv". */
export function csvFileName(a: Pick<Assessment, 'name'>, what: string, at: string = new Date().toISOString()): string {
  return `${fileSlug(a.name, 60, 'assessment')}-${fileSlug(what, 60, 'export')}-${at.slice(0, 10)}.csv`;
}

function checklist(a: Pick<Assessment, 'categories'>): { criterion: Criterion; category: string }[] {
  return a.categories.flatMap((k) => k.criteria.map((criterion) => ({ criterion, category: k.name })));
}

const shown = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : roundedForDisplay(value, 1));

/**
 * One row per vendor in ranking order: rank, vendor, total (0–100) and coverage (%) rounded to one
 * decimal as the screen shows them, status, the must-haves that failed (by name), each category's score
 * as shown, then the same figures at full precision under names that say so, and the vendor id. Empty
 * cells where there is no figure ("—" on screen).
 */
export function rankingCsv(a: Pick<Assessment, 'categories'>, ranking: readonly RankedVendor[], style: CsvStyle = CSV_STYLES.comma): string {
  const names = new Map(checklist(a).map(({ criterion }) => [criterion.id, criterion.name]));
  const categories = a.categories.map((k) => k.name);
  const header = [
    'rank', 'vendor', 'total', 'coverage (%)', 'status', 'failed must-haves', ...categories,
    'total (full precision)', 'coverage (%, full precision)', ...categories.map((name) => `${name} (full precision)`), 'vendorId',
  ];
  const rows = ranking.map((r): CsvValue[] => [
    r.rank,
    r.name,
    shown(r.total),
    roundedForDisplay(100 * shownCoverage(r.coverage), 1),
    r.status,
    r.failedMustHaves.map((id) => names.get(id) ?? id).join('; '),
    ...a.categories.map((k) => shown(r.categories[k.id])),
    r.total,
    // 15 significant digits drop the binary noise of × 100 (0.9996 × 100 = 99.96000000000001), nothing more.
    Number((100 * r.coverage).toPrecision(15)),
    ...a.categories.map((k) => r.categories[k.id] ?? null),
    r.vendorId,
  ]);
  return toCsv(header, rows, style);
}

/**
 * Every stored score of every evaluator, in vendor, checklist and evaluator order: vendor, criterion,
 * evaluator, score, note, updatedAt, then the ids. It has the scoring sheet's columns, so importing
 * it as a scoring sheet gives back the same values and notes.
 */
export function scoreMatrixCsv(a: Assessment, style: CsvStyle = CSV_STYLES.comma): string {
  const order = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));
  const vendorAt = order(a.vendors.map((v) => v.id));
  const criterionAt = order(checklist(a).map((c) => c.criterion.id));
  const evaluatorAt = order(a.evaluators.map((e) => e.id));
  const name = {
    vendor: new Map(a.vendors.map((v) => [v.id, v.name])),
    criterion: new Map(checklist(a).map(({ criterion }) => [criterion.id, criterion.name])),
    evaluator: new Map(a.evaluators.map((e) => [e.id, e.name])),
  };
  const at = (m: Map<string, number>, id: string) => m.get(id) ?? Number.MAX_SAFE_INTEGER;
  const scores = a.scores
    .filter((s) => s.value !== null || s.note)
    .sort(
      (x, y) =>
        at(vendorAt, x.vendorId) - at(vendorAt, y.vendorId) ||
        at(criterionAt, x.criterionId) - at(criterionAt, y.criterionId) ||
        at(evaluatorAt, x.evaluatorId) - at(evaluatorAt, y.evaluatorId),
    );
  const header = ['vendor', 'criterion', 'evaluator', 'score', 'note', 'updatedAt', 'vendorId', 'criterionId', 'evaluatorId'];
  return toCsv(
    header,
    scores.map((s) => [
      name.vendor.get(s.vendorId) ?? s.vendorId,
      name.criterion.get(s.criterionId) ?? s.criterionId,
      name.evaluator.get(s.evaluatorId) ?? s.evaluatorId,
      s.value,
      s.note,
      s.updatedAt,
      s.vendorId,
      s.criterionId,
      s.evaluatorId,
    ]),
    style,
  );
}

/**
 * A sheet for one evaluator: one row per vendor × criterion (vendor by vendor, in checklist order) with
 * the criterion's category, guidance and must-have line, and the evaluator's current score and note.
 * The header "score (0–5)" tells the scale and still maps to `score` (units in brackets are ignored).
 * Ids come last, where a spreadsheet user can hide them; they keep rows matched after a rename.
 */
export function scoringSheetCsv(a: Assessment, evaluatorId: string, style: CsvStyle = CSV_STYLES.comma): string {
  const evaluator = a.evaluators.find((e) => e.id === evaluatorId);
  if (!evaluator) throw new Error(`There is no evaluator "${evaluatorId}" in this assessment.`);
  const mine = new Map(a.scores.filter((s) => s.evaluatorId === evaluatorId).map((s) => [cellKey(s.vendorId, s.criterionId), s]));
  const items = checklist(a);
  const header = ['vendor', 'criterion', 'evaluator', 'category', 'guidance', 'must-have', `score (${a.scale.min}–${a.scale.max})`, 'note', 'vendorId', 'criterionId', 'evaluatorId'];
  const rows: CsvValue[][] = [];
  for (const v of a.vendors) {
    for (const { criterion: c, category } of items) {
      const score = mine.get(cellKey(v.id, c.id));
      const mustHave = c.mustHave ? (c.minScore === null ? 'yes' : `yes (at least ${c.minScore})`) : '';
      rows.push([v.name, c.name, evaluator.name, category, c.guidance, mustHave, score?.value ?? null, score?.note, v.id, c.id, evaluator.id]);
    }
  }
  return toCsv(header, rows, style);
}

/** A pilot's measurements in the import's columns (date, kpi id, value, n, note), in stored order (by KPI). */
export function measurementsCsv(pilot: Pick<Pilot, 'measurements'>, style: CsvStyle = CSV_STYLES.comma): string {
  // 100,000 rows: one small array per row is cheap next to the string work; see scripts/bench/csv-export.ts.
  const lines = new Array<CsvValue[]>(pilot.measurements.count);
  let i = 0;
  for (const { kpiId, dates, date, value, n, notes, note } of pilot.measurements.blocks) {
    for (let k = 0; k < value.length; k++) {
      lines[i++] = [dates[date[k]], kpiId, value[k], n[k] === n[k] ? n[k] : undefined, note[k] === 0 ? undefined : notes[note[k] - 1]];
    }
  }
  return toCsv(['date', 'kpi', 'value', 'n', 'note'], lines, style);
}
