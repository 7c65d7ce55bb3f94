// The scores of an assessment file (schema `$defs/score`, SPEC §5): the bulk of a large file (~50,000
// in a 10 MB one, SPEC §10). Almost all of them are fine, so each is first read by cleanScore, which
// neither builds a path nor records anything and only accepts a score that readScore would accept
// without an error. Every other score is read by readScore, which reports each problem at its place:
// the errors, their order and the scores returned are those of reading every score with readScore.
import type { Score } from '../domain/types';
import { readRef, TEXT } from './read-fields';
import { isJsonObject, type JsonObject, ownField } from './reader';
import { ScoreCells } from './score-cells';
import * as rules from './semantics';
import type { ReadContext } from './structure';

const REQUIRED = { required: true };

/** Reads `o.scores` (at `path`); needs vendors, categories and evaluators read first. */
export function readScores(ctx: ReadContext, o: JsonObject, path: string): (Score | undefined)[] | undefined {
  const list = ctx.r.array(o, 'scores', path);
  if (!list) return undefined;
  const listPath = `${path}.scores`;
  const cells = new ScoreCells(ctx.ids, listPath);
  const scores: (Score | undefined)[] = [];
  for (let i = 0; i < list.length; i++) {
    scores.push(cleanScore(ctx, cells, list[i], i) ?? readScore(ctx, cells, list[i], i, `${listPath}[${i}]`));
  }
  return scores;
}

/**
 * A score every rule accepts, read without a path; undefined for anything else (left to readScore,
 * and then nothing here has been recorded). Ids with an ordinal were registered, so they are valid and
 * resolve; a value inside the scale is a finite number; a note is text the TEXT rule accepts as it is.
 */
function cleanScore(ctx: ReadContext, cells: ScoreCells, raw: unknown, index: number): Score | undefined {
  const { ids, scale } = ctx;
  if (!scale || !isJsonObject(raw)) return undefined;
  const vendorId = ownField(raw, 'vendorId');
  const criterionId = ownField(raw, 'criterionId');
  const evaluatorId = ownField(raw, 'evaluatorId');
  if (ids.vendors.ordinal(vendorId) < 0 || ids.criteria.ordinal(criterionId) < 0 || ids.evaluators.ordinal(evaluatorId) < 0) return undefined;
  const value = ownField(raw, 'value');
  if (value !== null && !(typeof value === 'number' && value >= scale.min && value <= scale.max)) return undefined;
  const note = ownField(raw, 'note');
  if (note !== undefined && (typeof note !== 'string' || note.length > TEXT.maxLength)) return undefined;
  const updatedAt = ownField(raw, 'updatedAt');
  if (updatedAt !== undefined && (typeof updatedAt !== 'string' || !ctx.r.isValidDateTime(updatedAt))) return undefined;
  // Last: a cell already taken is a second score, for readScore to report (take changes nothing then).
  if (cells.take(vendorId as string, criterionId as string, evaluatorId as string, index) >= 0) return undefined;
  return scoreOf(vendorId as string, criterionId as string, evaluatorId as string, value as number | null, note, updatedAt);
}

/** Score `index` of the list, at `path`, with every problem reported (`cells`: a ScoreCells). */
export function readScore(ctx: ReadContext, cells: Pick<ScoreCells, 'check'>, raw: unknown, index: number, path: string): Score | undefined {
  const { r, ids } = ctx;
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const vendorId = readRef(r, o, 'vendorId', path, ids.vendors);
  const criterionId = readRef(r, o, 'criterionId', path, ids.criteria);
  const evaluatorId = readRef(r, o, 'evaluatorId', path, ids.evaluators);
  const value = r.nullableNumber(o, 'value', path, REQUIRED);
  if (value !== undefined) rules.checkScoreValue(r, value, ctx.scale, path);
  const note = r.string(o, 'note', path, TEXT);
  const updatedAt = r.dateTime(o, 'updatedAt', path);
  if (vendorId !== undefined && criterionId !== undefined && evaluatorId !== undefined) {
    cells.check(r, vendorId, criterionId, evaluatorId, index, path);
  }
  if (r.count !== before) return undefined;
  return scoreOf(vendorId!, criterionId!, evaluatorId!, value as number | null, note, updatedAt);
}

/**
 * A score with only the optional fields it has, in the schema's order. Each combination is one literal:
 * adding a field to a built object would give each of 50,000 scores a second allocation (its
 * properties outgrow the object).
 */
function scoreOf(vendorId: string, criterionId: string, evaluatorId: string, value: number | null, note?: string, updatedAt?: string): Score {
  if (note === undefined) return updatedAt === undefined ? { vendorId, criterionId, evaluatorId, value } : { vendorId, criterionId, evaluatorId, value, updatedAt };
  return updatedAt === undefined ? { vendorId, criterionId, evaluatorId, value, note } : { vendorId, criterionId, evaluatorId, value, note, updatedAt };
}
