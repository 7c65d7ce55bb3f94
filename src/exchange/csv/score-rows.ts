// The scoring sheet CSV (SPEC §6 "Scoring sheet": `vendor`, `criterion`, `evaluator`, `score`, `note`,
// ids or exact names). Our own sheet also carries `vendorId`, `criterionId` and
// `evaluatorId` columns, which win over the names when both are given, so a vendor renamed since the
// sheet went out still matches. Rules, each with the line number when broken:
// - vendor and criterion by id or exact name (any case); the evaluator column is optional and a blank
//   cell means the evaluator chosen on import;
// - a score outside the scale is rejected; an EMPTY score skips the row: it never clears or changes a
//   stored score or note (clearing is done in the app, where it can be seen);
// - a second row for the same vendor, criterion and evaluator is rejected (the first one counts).
import { evaluatorCellKey } from '../../domain/cell-key';
import type { Scale } from '../../domain/types';
import { scaleText } from '../semantics';
import type { ColumnSpec } from './columns';
import { createLookup, defineKind, raggedReason, SKIP } from './kind';
import { parseCsvNumber, quote } from './values';

const SCORE_COLUMNS = ['vendor', 'criterion', 'evaluator', 'score', 'note', 'vendorId', 'criterionId', 'evaluatorId'] as const;
type ScoreColumn = (typeof SCORE_COLUMNS)[number];

export interface ScoreRow {
  vendorId: string;
  criterionId: string;
  evaluatorId: string;
  value: number;
  /** The sheet's note (empty: clear it) when the file has a note column; absent otherwise (keep the stored one). */
  note?: string;
}

interface Named {
  id: string;
  name: string;
}

export interface ScoreSheetTarget {
  scale: Scale;
  vendors: Named[];
  criteria: Named[];
  evaluators: Named[];
  /** Who a row with no evaluator is scored for (the evaluator chosen on the scoring screen). */
  defaultEvaluatorId: string;
}

/** Same limit as the v1 file's `$defs/text`, so an imported note always exports and imports again. */
const MAX_NOTE = 5000;

export const SCORE_SPEC: ColumnSpec<ScoreColumn> = {
  columns: SCORE_COLUMNS,
  required: [['vendor', 'vendorId'], ['criterion', 'criterionId'], 'score'],
  labels: { vendor: 'Vendor', criterion: 'Criterion', evaluator: 'Evaluator', score: 'Score', note: 'Note', vendorId: 'Vendor id', criterionId: 'Criterion id', evaluatorId: 'Evaluator id' },
  hints: {
    vendor: 'a vendor id or its exact name',
    criterion: 'a criterion id or its exact name',
    evaluator: 'optional: blank means the evaluator you choose',
    score: 'a number on the scale; empty rows are skipped',
    note: 'optional: the evidence note',
    vendorId: 'optional when the vendor column is there',
    criterionId: 'optional when the criterion column is there',
    evaluatorId: 'optional',
  },
  synonyms: {
    vendor: ['vendor name', 'partner', 'bpo', 'supplier', 'provider', 'company', 'anbieter', 'lieferant', 'dienstleister', 'fournisseur', 'proveedor', 'leverancier'],
    criterion: ['criteria', 'criterion name', 'question', 'requirement', 'item', 'kriterium', 'anforderung', 'critere', 'criterio', 'criterium'],
    evaluator: ['evaluator name', 'scorer', 'rater', 'reviewer', 'assessor', 'bewerter', 'gutachter', 'evaluateur', 'evaluador', 'beoordelaar'],
    score: ['value', 'rating', 'points', 'mark', 'grade', 'bewertung', 'punkte', 'punktzahl', 'wert', 'evaluation', 'puntuacion', 'puntos', 'cijfer'],
    note: ['notes', 'comment', 'comments', 'evidence', 'evidence note', 'remark', 'remarks', 'notiz', 'bemerkung', 'kommentar', 'begrundung', 'commentaire', 'nota', 'opmerking'],
    vendorId: ['vendor code', 'vendor key'],
    criterionId: ['criterion code', 'criterion key'],
    evaluatorId: ['evaluator code', 'evaluator key'],
  },
};

type Resolved = { item: Named } | { reason: string };

/** Finds a vendor, criterion or evaluator from its id cell and its name cell (either may be blank). */
function resolver(what: string, items: readonly Named[]): (idCell: string, nameCell: string) => Resolved {
  const byId = new Map(items.map((i) => [i.id, i]));
  const lookup = createLookup(items);
  const known = items.slice(0, 4).map((i) => quote(i.name)).join(', ') + (items.length > 4 ? '…' : '');
  return (idCell, nameCell) => {
    const fromId = idCell === '' ? undefined : byId.get(idCell);
    const fromName = nameCell === '' ? undefined : lookup(nameCell);
    if (fromId) {
      // The id wins; a name that names *another* one means the row was edited by hand: ask which.
      if (fromName && fromName !== 'ambiguous' && fromName !== fromId) {
        return { reason: `${what} ${quote(nameCell)} does not match ${what} id ${quote(idCell)} (${fromId.name}): fix one of them` };
      }
      return { item: fromId };
    }
    if (fromName === 'ambiguous') return { reason: `two ${what}s are called ${quote(nameCell)}: give the ${what} id instead` };
    if (fromName) return { item: fromName };
    if (nameCell !== '') return { reason: `unknown ${what} ${quote(nameCell)}${idCell ? ` (and unknown id ${quote(idCell)})` : ''}: this assessment has ${known}` };
    if (idCell !== '') return { reason: `unknown ${what} id ${quote(idCell)}` };
    return { reason: `the ${what} is empty` };
  };
}

export const SCORE_KIND = defineKind<ScoreRow, ScoreSheetTarget, ScoreColumn>({
  spec: SCORE_SPEC,
  rowsWord: 'scores',
  createValidator(target, mapping, columnCount, decimalComma) {
    const vendors = resolver('vendor', target.vendors);
    const criteria = resolver('criterion', target.criteria);
    const evaluators = resolver('evaluator', target.evaluators);
    const names = new Map([...target.vendors, ...target.criteria, ...target.evaluators].map((i) => [i.id, i.name]));
    const { scale } = target;
    /** Cells imported so far → their line. */
    const seen = new Map<string, number>();
    const cell = (fields: readonly string[], column: ScoreColumn) => {
      const i = mapping[column];
      return i === null ? '' : fields[i].trim();
    };

    return (fields, line) => {
      const ragged = raggedReason(fields, columnCount);
      if (ragged) return ragged;
      const scoreCell = cell(fields, 'score');
      if (scoreCell === '') return SKIP;

      const reasons: string[] = [];
      const vendor = vendors(cell(fields, 'vendorId'), cell(fields, 'vendor'));
      if ('reason' in vendor) reasons.push(vendor.reason);
      const criterion = criteria(cell(fields, 'criterionId'), cell(fields, 'criterion'));
      if ('reason' in criterion) reasons.push(criterion.reason);
      const evaluatorId = cell(fields, 'evaluatorId');
      const evaluatorName = cell(fields, 'evaluator');
      const evaluator: Resolved =
        evaluatorId === '' && evaluatorName === '' ? { item: { id: target.defaultEvaluatorId, name: '' } } : evaluators(evaluatorId, evaluatorName);
      if ('reason' in evaluator) reasons.push(evaluator.reason);

      const value = parseCsvNumber(scoreCell, decimalComma);
      if (!value.ok) reasons.push(`score: ${value.reason}`);
      else if (value.value < scale.min || value.value > scale.max) reasons.push(`score ${value.value} is outside the scale ${scaleText(scale)}`);

      const note = mapping.note === null ? undefined : cell(fields, 'note').replace(/\r\n?/g, '\n');
      if (note !== undefined && note.length > MAX_NOTE) reasons.push(`the note is longer than ${MAX_NOTE} characters`);

      if (reasons.length > 0 || 'reason' in vendor || 'reason' in criterion || 'reason' in evaluator || !value.ok) return reasons.join('; ');
      const key = evaluatorCellKey(evaluator.item.id, vendor.item.id, criterion.item.id);
      const first = seen.get(key);
      if (first !== undefined) {
        return `a second score for ${vendor.item.name} · ${criterion.item.name} by ${names.get(evaluator.item.id) ?? evaluator.item.id} (first on line ${first}); only the first is imported`;
      }
      seen.set(key, line);
      const row: ScoreRow = { vendorId: vendor.item.id, criterionId: criterion.item.id, evaluatorId: evaluator.item.id, value: value.value };
      if (note !== undefined) row.note = note;
      return row;
    };
  },
});
