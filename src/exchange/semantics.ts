// The semantic rules of SPEC §5, which the JSON schema cannot express. Each check runs only on values
// that already passed their structural check, so a single mistake yields a single message.
import type { Criterion, Kpi, Scale } from '../domain/types';
import type { IdIndex } from './id-index';
import { fieldPath, type Reader } from './reader';

/** "0–5": how the scale reads in a message. */
export function scaleText(scale: Scale): string {
  return `${scale.min}–${scale.max}`;
}

function inScale(value: number, scale: Scale): boolean {
  return value >= scale.min && value <= scale.max;
}

/** SPEC §5 "max > min"; returns whether the scale can be used to check scores. */
export function checkScale(r: Reader, scale: Scale, path: string): boolean {
  if (scale.max > scale.min) return true;
  r.fail(`${path}.max`, `must be greater than the scale's min ${scale.min} (got ${scale.max})`);
  return false;
}

/** SPEC §5 "score values within the scale" (`path` is the score's). */
export function checkScoreValue(r: Reader, value: number | null, scale: Scale | undefined, path: string): void {
  if (value !== null && scale && !inScale(value, scale)) {
    r.fail(`${path}.value`, `${value} is outside the scale ${scaleText(scale)}`);
  }
}

/** SPEC §5 "a must-have criterion has a numeric minScore inside the scale". */
export function checkMustHave(r: Reader, criterion: Criterion, scale: Scale | undefined, path: string): void {
  if (!criterion.mustHave) return;
  const where = `${path}.minScore`;
  const range = scale ? ` inside the scale ${scaleText(scale)}` : '';
  if (criterion.minScore === null) {
    r.fail(where, `a must-have criterion needs a minimum score (a number${range})`);
  } else if (scale && !inScale(criterion.minScore, scale)) {
    r.fail(where, `${criterion.minScore} is outside the scale ${scaleText(scale)}`);
  }
}

/**
 * SPEC §5 "a KPI's target is on the better side of its threshold; a weighted higher KPI has
 * target > 0" (SPEC §4: attainment of a higher-is-better KPI is value ÷ target).
 */
export function checkKpiTarget(r: Reader, kpi: Kpi, path: string): void {
  const where = `${path}.target`;
  if (kpi.direction === 'higher' && kpi.target < kpi.threshold) {
    r.fail(where, `must be ≥ threshold ${kpi.threshold} for a higher-is-better KPI (got ${kpi.target})`);
  }
  if (kpi.direction === 'lower' && kpi.target > kpi.threshold) {
    r.fail(where, `must be ≤ threshold ${kpi.threshold} for a lower-is-better KPI (got ${kpi.target})`);
  }
  if (kpi.direction === 'higher' && kpi.weight > 0 && kpi.target <= 0) {
    r.fail(where, `must be greater than 0 for a weighted higher-is-better KPI (got ${kpi.target})`);
  }
}

/** SPEC §5 "start ≤ end" (both already real YYYY-MM-DD dates, which compare as text). */
export function checkPilotDates(r: Reader, start: string, end: string, path: string): void {
  if (end < start) r.fail(`${path}.end`, `${end} is before the start ${start}`);
}

/** SPEC §5 "every vendorId, criterionId, evaluatorId, kpiId resolves" (field `key` of the item at `at`). */
export function checkReference(r: Reader, index: IdIndex, id: string, at: string, key: string, scope = 'the file'): void {
  if (!index.resolves(id)) {
    r.fail(fieldPath(at, key), `refers to ${index.kind} ${JSON.stringify(id)}, which is not in ${scope}`);
  }
}
