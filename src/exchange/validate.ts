// Validation of a v2 document (SPEC §5, §11): the schema's structure plus every semantic rule, with the
// place of each problem in the file's own terms. It takes what JSON.parse returned (or anything else)
// and either returns a fresh, fully defaulted Assessment or every error found; it never throws.
// Reading order matters: the scale comes before the criteria and scores that are checked against it,
// vendors, criteria and evaluators come before the scores and pilots that refer to them, and vendors and
// pilots before the contracts that refer to them.
// Depth is bounded by the format itself (envelope → assessment → contracts[i] → reviews[j] → actions[k]
// is the deepest): readers only descend into the fields they know, so a file nested 100,000 levels deep in
// some other place is never walked, and nothing here recurses on the input.
import { SCALE_LIMIT } from '../domain/bounds';
import type { Assessment, Scale } from '../domain/types';
import { CURRENT_VERSION, FORMAT, type ImportResult, NOT_AN_ASSESSMENT_FILE } from './envelope';
import { newAssessmentIds } from './id-index';
import { isJsonObject, type JsonObject, ownField, Reader } from './reader';
import { checkScale } from './semantics';
import { readScores } from './score-list';
import { readContract } from './contract-structure';
import { compact, NAME, readList, TEXT } from './read-fields';
import { readCategory, readEvaluator, readPilot, readVendor, type ReadContext } from './structure';

interface ValidateOptions {
  /** Time given to createdAt/updatedAt when the file has none and no exportedAt either. */
  now?: string;
}

type ValidationResult = ImportResult<Assessment>;

function result(r: Reader, assessment: Assessment | undefined): ValidationResult {
  if (r.count > 0 || !assessment) return { ok: false, errors: r.errors };
  return { ok: true, assessment };
}

/** Validates a whole current-version envelope `{ format, version, exportedAt, assessment }`. */
export function validateEnvelope(doc: unknown, options: ValidateOptions = {}): ValidationResult {
  if (!isJsonObject(doc)) return { ok: false, errors: [{ path: '', message: NOT_AN_ASSESSMENT_FILE }] };
  const r = new Reader();
  if (ownField(doc, 'format') !== FORMAT) r.fail('format', `must be ${JSON.stringify(FORMAT)}`);
  if (ownField(doc, 'version') !== CURRENT_VERSION) r.fail('version', `must be ${CURRENT_VERSION}`);
  const exportedAt = r.dateTime(doc, 'exportedAt', '');
  const fallbackTime = exportedAt ?? options.now ?? new Date().toISOString();
  return result(r, readAssessment(r, ownField(doc, 'assessment'), 'assessment', fallbackTime));
}

/** Validates a bare assessment object (no envelope), reporting paths under `path`. */
export function validateAssessment(raw: unknown, options: ValidateOptions = {}, path = 'assessment'): ValidationResult {
  const r = new Reader();
  return result(r, readAssessment(r, raw, path, options.now ?? new Date().toISOString()));
}

/** Whole numbers within ±SCALE_LIMIT (domain/bounds.ts: SPEC §3 divides by hi − lo, which must stay finite). */
const SCALE_END = { required: true, integer: true, min: -SCALE_LIMIT, max: SCALE_LIMIT };

function readScale(r: Reader, o: JsonObject, path: string): Scale | undefined {
  const scale = r.object(ownField(o, 'scale'), path);
  if (!scale) return undefined;
  const min = r.number(scale, 'min', path, SCALE_END);
  const max = r.number(scale, 'max', path, SCALE_END);
  if (min === undefined || max === undefined) return undefined;
  return checkScale(r, { min, max }, path) ? { min, max } : undefined;
}

function readAssessment(r: Reader, raw: unknown, path: string, fallbackTime: string): Assessment | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = r.id(o, 'id', path);
  const name = r.string(o, 'name', path, NAME);
  const description = r.string(o, 'description', path, TEXT);
  const sector = r.string(o, 'sector', path, { maxLength: 100 });
  const createdAt = r.dateTime(o, 'createdAt', path);
  const updatedAt = r.dateTime(o, 'updatedAt', path);
  const scale = readScale(r, o, `${path}.scale`);
  const ctx: ReadContext = { r, ids: newAssessmentIds(), scale };
  const { ids } = ctx;
  const categories = readList(r, o, 'categories', path, 100, (v, p) => readCategory(ctx, v, p), [ids.categories, ids.criteria]);
  const vendors = readList(r, o, 'vendors', path, 10_000, (v, p) => readVendor(ctx, v, p), [ids.vendors]);
  const evaluators = readList(r, o, 'evaluators', path, 1000, (v, p) => readEvaluator(ctx, v, p), [ids.evaluators]);
  // SPEC §2 "At least one evaluator exists": with none, the scoring grid has nobody to score as.
  if (evaluators?.length === 0) r.fail(`${path}.evaluators`, 'must list at least one evaluator');
  const scores = readScores(ctx, o, path);
  const pilots = readList(r, o, 'pilots', path, 1000, (v, p) => readPilot(ctx, v, p), [ids.pilots]);
  // Optional in the schema: an assessment without contracts may leave the list out.
  const contracts =
    ownField(o, 'contracts') === undefined ? [] : readList(r, o, 'contracts', path, 100, (v, p) => readContract(ctx, v, p), [ids.contracts]);
  if (r.count !== before || !id || !name || !scale || !categories || !vendors || !evaluators || !scores || !pilots || !contracts) {
    return undefined;
  }
  // Every item read cleanly (no new error), so the lists hold no undefined.
  return compact({
    id,
    name,
    description,
    sector,
    createdAt: createdAt ?? fallbackTime,
    updatedAt: updatedAt ?? fallbackTime,
    scale,
    categories,
    vendors,
    evaluators,
    scores,
    pilots,
    contracts,
  }) as Assessment;
}
