// Words and numbers of the champion vs challenger screen. Status is always a word as well as a colour
// (SPEC §8); numbers are rounded only here, never in the comparison (SPEC §3, §4).
import type { KpiComparisonRow, DefinitionField } from './pilot-comparison';
import type { KpiResult, KpiStatus } from './pilot-evaluation';
import { formatCount, formatDay, formatNumber, plural } from './format';
import { DECISION_WORDS, intervalText, withUnit } from './pilot-reasons';
import { DECISION_TONES, type Tone } from './pilot-format';
import { daysBetween } from './dates';
import type { Kpi, Pilot } from './types';

export { DECISION_TONES, DECISION_WORDS };

export const STATUS_TEXT: Record<KpiStatus, { text: string; tone: Tone; icon: string }> = {
  exceeds: { text: 'Meets target', tone: 'ok', icon: '✓' },
  pass: { text: 'Pass', tone: 'ok', icon: '✓' },
  fail: { text: 'Fail', tone: 'danger', icon: '✕' },
  'no-data': { text: 'No data', tone: 'neutral', icon: '–' },
};

const FIELD_LABELS: Record<DefinitionField, string> = {
  threshold: 'threshold',
  target: 'target',
  direction: 'direction',
  aggregate: 'aggregate',
  unit: 'unit',
  proportion: 'proportion',
};

export const directionText = (d: Kpi['direction']) => (d === 'higher' ? 'higher is better' : 'lower is better');

/**
 * Decimals to show for one KPI row: one, or more when two values that are not tied would otherwise read
 * the same (86.54 and 86.51 both "86.5" beside a single "Best" badge would look like an error).
 */
export function rowDigits(values: readonly (number | null)[]): number {
  const vs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  for (let digits = 1; digits < 4; digits++) {
    const shown = new Map<string, number>();
    let clash = false;
    for (const v of vs) {
      const key = v.toFixed(digits);
      const other = shown.get(key);
      if (other !== undefined && Math.abs(other - v) > 1e-9 * Math.max(1, Math.abs(v))) clash = true;
      shown.set(key, v);
    }
    if (!clash) return digits;
  }
  return 4;
}

/** A value at the row's precision, trailing zeros dropped ("440 s", "86.5 %", "86.54 %"). */
export function formatValue(value: number, unit: string, digits = 1): string {
  const text = formatNumber(value, Math.max(1, digits));
  return withUnit(text, unit);
}

/** "n = 800 · 95 % CI 84.0–88.7 %" for a proportion KPI; says so when no sample size is known. */
export function sampleText(kpi: Kpi, r: KpiResult): string | null {
  if (!kpi.proportion || r.value === null) return null;
  if (r.n === null) return 'n unknown: a row has no sample size, so no interval';
  const n = `n = ${formatCount(r.n)}`;
  return r.ci ? `${n} · 95 % CI ${intervalText(r.ci, kpi.unit, kpi.threshold)}` : n;
}

/** The pass line and target of one pilot's definition: "pass 80 % · target 85 %". */
export function linesText(kpi: Kpi): string {
  return `pass ${withUnit(formatNumber(kpi.threshold), kpi.unit)} · target ${withUnit(formatNumber(kpi.target), kpi.unit)}`;
}

function fieldValue(kpi: Kpi, field: DefinitionField): string {
  switch (field) {
    case 'threshold':
    case 'target':
      return withUnit(formatNumber(kpi[field]), kpi.unit);
    case 'direction':
      return directionText(kpi.direction);
    case 'proportion':
      return kpi.proportion ? 'a proportion' : 'not a proportion';
    case 'unit':
      return kpi.unit.trim() ? `“${kpi.unit}”` : 'no unit';
    default:
      return kpi[field];
  }
}

/**
 * Why one KPI row is not like for like, naming each pilot's value:
 * "threshold 80 % in Q1 pilot, 82 % in Q1 pilot – Contoso CX".
 */
export function mismatchDetails(row: KpiComparisonRow, pilots: readonly Pick<Pilot, 'name'>[]): string[] {
  return row.mismatch.map((field) => {
    const parts = row.cells.flatMap((c, i) => (c ? [`${fieldValue(c.kpi, field)} in ${pilots[i].name}`] : []));
    return `${FIELD_LABELS[field]} ${parts.join(', ')}`;
  });
}

/** "Jan 4, 2027 – Jan 31, 2027 · 4 weeks" (inclusive window, SPEC §4). */
export function windowText(p: Pick<Pilot, 'start' | 'end'>): string {
  let days: number | null;
  try {
    days = daysBetween(p.start, p.end) + 1;
  } catch {
    days = null; // a malformed date is shown as typed, without a length
  }
  const length = days === null ? '' : days % 7 === 0 ? ` · ${plural(days / 7, 'week')}` : ` · ${plural(days, 'day')}`;
  return `${formatDay(p.start)} – ${formatDay(p.end)}${length}`;
}

/** The decisive reason without its leading decision word (the badge already says it). */
export function decisiveReason(reasons: readonly string[]): string {
  return (reasons[0] ?? '').replace(/^(GO|NO-GO|EXTEND):\s*/, '');
}
