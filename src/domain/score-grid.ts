// Pure logic of the scoring grid: its layout, keyboard movement, score typing and the texts a cell
// announces. The .svelte files only wire these to the DOM, so the behaviour is tested here.
import { formatNumber } from './format';
import { rubricLevel } from './rubric';
import type { ScoreMatrix } from './score-matrix';
import type { Category, Criterion, Scale, Score } from './types';

/** A category with its criteria and their navigation rows (category header rows are not navigable). */
export interface GridGroup {
  category: Category;
  criteria: { criterion: Criterion; row: number }[];
}

export interface GridLayout {
  groups: GridGroup[];
  /** Criteria in display order: index = navigation row. */
  criteria: { criterion: Criterion; category: Category }[];
}

/** Only criteria get a navigation row, so moving up or down skips the category headers. */
export function buildGridLayout(categories: readonly Category[]): GridLayout {
  const groups: GridGroup[] = [];
  const criteria: GridLayout['criteria'] = [];
  for (const category of categories) {
    const group: GridGroup = { category, criteria: [] };
    for (const criterion of category.criteria) {
      group.criteria.push({ criterion, row: criteria.length });
      criteria.push({ criterion, category });
    }
    groups.push(group);
  }
  return { groups, criteria };
}

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

interface MoveKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** Rows moved by PageUp / PageDown. */
const PAGE_ROWS = 10;

/**
 * The cell a navigation key leads to (WAI-ARIA grid pattern): arrows move one cell without wrapping,
 * Home/End go to the row's ends, Ctrl+Home/End to the first/last cell, PageUp/PageDown move 10 rows.
 * Returns null for keys that do not navigate.
 */
export function moveInGrid(pos: GridPosition, event: MoveKey, size: GridSize): GridPosition | null {
  if (size.rows <= 0 || size.cols <= 0) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const clampRow = (r: number) => Math.min(lastRow, Math.max(0, r));
  const clampCol = (c: number) => Math.min(lastCol, Math.max(0, c));
  const { row, col } = { row: clampRow(pos.row), col: clampCol(pos.col) };
  const ctrl = Boolean(event.ctrlKey || event.metaKey);
  switch (event.key) {
    case 'ArrowUp':
      return { row: clampRow(row - 1), col };
    case 'ArrowDown':
      return { row: clampRow(row + 1), col };
    case 'ArrowLeft':
      return { row, col: clampCol(col - 1) };
    case 'ArrowRight':
      return { row, col: clampCol(col + 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageUp':
      return { row: clampRow(row - PAGE_ROWS), col };
    case 'PageDown':
      return { row: clampRow(row + PAGE_ROWS), col };
    default:
      return null;
  }
}

/** Digits typed into one cell within this many ms form one number ("1", "0" → 10 on 1..10). */
export const MULTI_DIGIT_WINDOW_MS = 800;

export interface TypingBuffer {
  /** The digits typed so far. */
  text: string;
  /** When the last digit was typed (ms, any monotonic clock). */
  at: number;
  /** The cell being typed into: moving to another cell starts a new number. */
  cell: string;
}

type TypingResult =
  | { ok: true; value: number; buffer: TypingBuffer | null }
  | { ok: false; message: string; buffer: null };

export function formatScaleRange(scale: Scale): string {
  return `${formatValue(scale.min)}–${formatValue(scale.max)}`;
}

/**
 * A digit typed on a cell. It extends the previous digits when typed on the same cell within
 * MULTI_DIGIT_WINDOW_MS and the previous number could still grow inside the scale; otherwise it starts
 * a new number. Values outside the scale are refused with a message.
 */
export function typeDigit(digit: string, previous: TypingBuffer | null, cell: string, now: number, scale: Scale): TypingResult {
  if (!/^[0-9]$/.test(digit)) return { ok: false, message: `${digit} is not a digit.`, buffer: null };
  const continuing = previous !== null && previous.cell === cell && now - previous.at <= MULTI_DIGIT_WINDOW_MS;
  const text = continuing ? previous.text + digit : digit;
  const value = Number(text);
  if (value < scale.min || value > scale.max) {
    return { ok: false, message: `${text} is outside the scale ${formatScaleRange(scale)}.`, buffer: null };
  }
  // Keep listening only while another digit could still give a value inside the scale.
  const canGrow = text !== '0' && value * 10 <= scale.max;
  return { ok: true, value, buffer: canGrow ? { text, at: now, cell } : null };
}

/** A score value for display: integers as they are, fractions (from imports or merges) with up to 2 decimals. */
export function formatValue(value: number): string {
  return formatNumber(value, 2);
}

/** A value in words: "4, Exceeds expectations", or "not scored". */
function valueWords(value: number | null | undefined, scale: Scale): string {
  return value === null || value === undefined ? 'not scored' : `${formatValue(value)}, ${rubricLevel(value, scale).label}`;
}

/** valueWords with a cache per value, for labelling thousands of cells with a handful of distinct values. */
export function valueWordsCached(scale: Scale): (value: number | null) => string {
  const cache = new Map<number | null, string>();
  return (value) => {
    let words = cache.get(value);
    if (words === undefined) cache.set(value, (words = valueWords(value, scale)));
    return words;
  };
}

/** What a cell says to a screen reader: "Northwind Contact, Independent audits: 4, Exceeds expectations". */
export function cellLabel(vendorName: string, criterionName: string, value: number | null | undefined, scale: Scale): string {
  return `${vendorName}, ${criterionName}: ${valueWords(value, scale)}`;
}

/** For each vendor, how many criteria of the checklist the evaluator has given a value (score-matrix.ts). */
export function scoredCountByVendor(m: ScoreMatrix, evaluatorId: string | undefined): Map<string, number> {
  const e = evaluatorId === undefined ? -1 : m.evaluatorOf(evaluatorId);
  return new Map(
    m.vendorIds.map((vendorId, v) => {
      let n = 0;
      if (e >= 0) for (let c = 0; c < m.criterionCount; c++) if (!Number.isNaN(m.value[(v * m.criterionCount + c) * m.evaluatorCount + e])) n++;
      return [vendorId, n];
    }),
  );
}

/** Cells of the checklist each evaluator has given a value, by evaluator id (score-matrix.ts keeps the counts). */
export function scoreCountByEvaluator(m: ScoreMatrix): Map<string, number> {
  return new Map(m.evaluatorIds.map((id, e) => [id, m.valueCount[e]]));
}

/** What removing an evaluator deletes: their scores (with a value) and their evidence notes. */
export function evaluatorFootprint(scores: readonly Score[], evaluatorId: string): { scores: number; notes: number } {
  let scored = 0;
  let notes = 0;
  for (const s of scores) {
    if (s.evaluatorId !== evaluatorId) continue;
    if (s.value !== null) scored++;
    if (s.note?.trim()) notes++;
  }
  return { scores: scored, notes };
}
