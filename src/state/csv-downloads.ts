// The CSV exports of the screens (SPEC §6 the ranking, the score matrix, measurements and scoring
// sheets; SPEC §11 a contract's results and credits): each file is written by its exchange writer in the CSV style this browser
// chose, named after the assessment and what it holds, handed to the browser's download, and confirmed
// in a notice that says what is in it.
import type { Contract } from '../domain/contract/contract-types';
import type { ContractEvaluation } from '../domain/contract/evaluate';
import { plural } from '../domain/format';
import { sheetRowCount } from '../domain/scoring-sheet-changes';
import type { RankedVendor } from '../domain/scoring';
import { hasScoreContent } from '../domain/score-edits';
import type { Assessment, Evaluator, Pilot } from '../domain/types';
import { contractCreditsCsv, contractResultsCsv } from '../exchange/csv/contract-exports';
import { csvFileName, measurementsCsv, rankingCsv, scoreMatrixCsv, scoringSheetCsv } from '../exchange/csv/exports';
import { CSV_MIME } from '../exchange/csv/write';
import type { SaveFile } from './backup-export';
import { csvStyle } from './csv-style.svelte';
import { notices } from './notices.svelte';

/** Saves a CSV file; `what` says what is in it ("84 rows"), for the confirmation. */
function saveCsv(save: SaveFile, fileName: string, text: string, what?: string): void {
  save(fileName, text, CSV_MIME);
  notices.info(`Exported ${fileName}${what ? ` (${what})` : ''}.`);
}

/** The ranking as shown: full-precision totals, coverage, status, failed must-haves, category scores. */
export function saveRankingCsv(a: Assessment, ranking: readonly RankedVendor[], save: SaveFile): void {
  saveCsv(save, csvFileName(a, 'ranking'), rankingCsv(a, ranking, csvStyle.style), plural(ranking.length, 'vendor'));
}

/** Every evaluator's stored scores, one row per vendor, criterion and evaluator. */
export function saveScoreMatrixCsv(a: Assessment, save: SaveFile): void {
  saveCsv(save, csvFileName(a, 'score-matrix'), scoreMatrixCsv(a, csvStyle.style), plural(a.scores.filter(hasScoreContent).length, 'score'));
}

/** A pilot's measurements, in the columns the measurements import reads back. */
export function saveMeasurementsCsv(a: Assessment, pilot: Pilot, save: SaveFile): void {
  saveCsv(save, csvFileName(a, `${pilot.name}-measurements`), measurementsCsv(pilot, csvStyle.style), plural(pilot.measurements.count, 'row'));
}

/** One evaluator's scoring sheet: a row per vendor and criterion, to fill in a spreadsheet. */
export function saveScoringSheetCsv(a: Assessment, evaluator: Evaluator, save: SaveFile): void {
  saveCsv(save, csvFileName(a, `scoring-sheet-${evaluator.name}`), scoringSheetCsv(a, evaluator.id, csvStyle.style), plural(sheetRowCount(a), 'row'));
}

/** A contract's results per month and service level, or its credits per month, as judged on screen. */
export function saveContractCsv(a: Assessment, contract: Contract, evaluation: ContractEvaluation, kind: 'results' | 'credits', save: SaveFile): void {
  const text = kind === 'results' ? contractResultsCsv(contract, evaluation, csvStyle.style) : contractCreditsCsv(contract, evaluation, csvStyle.style);
  saveCsv(save, csvFileName(a, `${contract.name}-${kind}`), text, plural(evaluation.months.length, 'month'));
}
