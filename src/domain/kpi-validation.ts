// Validation of a pilot KPI as the CX leader edits it. The rules are the importer's (SPEC §5: "a KPI's
// target is on the better side of its threshold (≥ for higher, ≤ for lower); a weighted higher KPI has
// target > 0; all numbers finite") plus the schema's limits, so an edit the UI accepts always survives
// export → import. Messages are in plain words and name the numbers involved.
import type { Kpi } from './types';
import { formatCount } from './format';
import { MAX_WEIGHT } from './number-fields';
import { formatNumber, withUnit } from './pilot-reasons';

export type KpiField = 'name' | 'unit' | 'direction' | 'threshold' | 'target' | 'weight';
export type KpiErrors = Partial<Record<KpiField, string>>;

/** Schema limits (assessment-v1.schema.json `$defs/kpi`). */
export const KPI_LIMITS = { name: 200, unit: 20 } as const;

const shown = (x: number, unit: string) => withUnit(formatNumber(x), unit);

/** SPEC §5: the target lies on the better side of the threshold. Null when it does. */
export function targetSideError(kpi: Pick<Kpi, 'direction' | 'threshold' | 'target' | 'unit'>): string | null {
  const { direction, threshold, target, unit } = kpi;
  if (direction === 'higher' && target < threshold) {
    return `For a higher-is-better KPI the target (${shown(target, unit)}) must be at or above the threshold (${shown(threshold, unit)}).`;
  }
  if (direction === 'lower' && target > threshold) {
    return `For a lower-is-better KPI the target (${shown(target, unit)}) must be at or below the threshold (${shown(threshold, unit)}).`;
  }
  return null;
}

/**
 * Every problem of a KPI, each on the field its message is about. `others` are the pilot's other KPIs:
 * names must differ because the measurements CSV may name a KPI instead of giving its id (SPEC §6).
 */
export function kpiErrors(kpi: Kpi, others: readonly Kpi[] = []): KpiErrors {
  const errors: KpiErrors = {};
  const name = kpi.name.trim();
  if (name === '') errors.name = 'Enter a name.';
  else if ([...name].length > KPI_LIMITS.name) errors.name = `Use at most ${KPI_LIMITS.name} characters.`;
  else if (others.some((o) => o.id !== kpi.id && o.name.trim().toLowerCase() === name.toLowerCase())) {
    errors.name = `Another KPI of this pilot is already called “${name}”.`;
  }
  if ([...kpi.unit].length > KPI_LIMITS.unit) errors.unit = `Use at most ${KPI_LIMITS.unit} characters, e.g. %, s or tickets.`;
  if (!Number.isFinite(kpi.threshold)) errors.threshold = 'Enter a number.';
  if (!Number.isFinite(kpi.weight)) errors.weight = 'Enter a weight of 0 or more.';
  else if (kpi.weight < 0) errors.weight = 'A weight cannot be negative.';
  else if (kpi.weight > MAX_WEIGHT) errors.weight = `Use a weight of at most ${formatCount(MAX_WEIGHT)}.`;

  if (!Number.isFinite(kpi.target)) errors.target = 'Enter a number.';
  else if (Number.isFinite(kpi.threshold)) {
    const side = targetSideError(kpi);
    // SPEC §4: attainment is value ÷ target, which needs a positive target once the KPI is weighted.
    const positive =
      kpi.direction === 'higher' && kpi.weight > 0 && kpi.target <= 0
        ? `A weighted higher-is-better KPI needs a target above 0 (attainment is value ÷ target); got ${formatNumber(kpi.target)}.`
        : null;
    if (side ?? positive) errors.target = (side ?? positive) as string;
  }
  return errors;
}

export function isValidKpi(kpi: Kpi, others: readonly Kpi[] = []): boolean {
  return Object.keys(kpiErrors(kpi, others)).length === 0;
}

type KpiEdit = { ok: true; kpi: Kpi } | { ok: false; error: string };

/**
 * Applies an inline edit to one KPI. Refused, with one message for the edited control, when the result
 * would be invalid: a cross-field rule (target vs threshold) is reported on whichever field was edited,
 * so the message always sits next to what the user just changed. Text fields are trimmed.
 */
export function editKpi(kpi: Kpi, patch: Partial<Omit<Kpi, 'id'>>, others: readonly Kpi[] = []): KpiEdit {
  const next: Kpi = { ...kpi, ...patch };
  if (patch.name !== undefined) next.name = patch.name.trim();
  if (patch.unit !== undefined) next.unit = patch.unit.trim();
  const errors = kpiErrors(next, others);
  const edited = Object.keys(patch) as KpiField[];
  const message = edited.map((f) => errors[f]).find(Boolean) ?? Object.values(errors).find(Boolean);
  return message ? { ok: false, error: message } : { ok: true, kpi: next };
}

/**
 * Reads a number typed into a KPI field. `badInput` is the browser's validity.badInput (a number input
 * reports "" for text it cannot parse, which must not read as "empty").
 */
export function parseKpiNumber(text: string, badInput = false): { value: number } | { error: string } {
  if (badInput || text.trim() === '') return { error: 'Enter a number.' };
  const value = Number(text.trim());
  return Number.isFinite(value) ? { value } : { error: 'Enter a number.' };
}

export type KpiNumberField = 'threshold' | 'target' | 'weight';

/** Why a number typed into one KPI field cannot be saved, or null (the message sits beside the field). */
export function kpiNumberError(kpi: Kpi, field: KpiNumberField, text: string, badInput: boolean, others: readonly Kpi[] = []): string | null {
  const parsed = parseKpiNumber(text, badInput);
  if ('error' in parsed) return field === 'weight' ? 'Enter a weight of 0 or more.' : parsed.error;
  const edit = editKpi(kpi, { [field]: parsed.value }, others);
  return edit.ok ? null : edit.error;
}
