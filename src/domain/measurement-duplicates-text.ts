// The words about duplicate measurements (measurement-duplicates.ts): the CSV preview's counts, the
// import's outcome, and the entry forms' warning that a KPI already has a value that day. A contract's
// results (contract/result-duplicates.ts) use the same words with "service level" for "KPI".
import { formatCount, formatDay, joinNames, plural } from './format';
import type { DuplicateCounts, DuplicatePolicy, ImportPlan } from './measurement-duplicates';
import { formatMeasure } from './measurement-format';
import type { Kpi, Measurement } from './types';

/** "30 rows duplicate measurements already stored (same KPI and date)"; '' when none do. */
export function alreadyStoredText(counts: DuplicateCounts, thing = 'KPI'): string {
  const n = counts.alreadyStored;
  if (n === 0) return '';
  return `${plural(n, 'row')} ${n === 1 ? 'duplicates a measurement' : 'duplicate measurements'} already stored (same ${thing} and date)`;
}

/** "12 rows repeat a KPI and date inside the file", and what happens to them; '' when none do. */
export function repeatedText(counts: DuplicateCounts, thing = 'KPI'): string {
  const n = counts.repeated;
  if (n === 0) return '';
  return `${plural(n, 'row')} ${n === 1 ? 'repeats' : 'repeat'} a ${thing} and date inside the file: all of them are imported, and a day's rows count together (weighted by n where they have it), as one report per site or shift would.`;
}

/** What each choice does, for the choice's labels. */
export const POLICY_LABELS: Readonly<Record<DuplicatePolicy, string>> = {
  skip: 'Skip them',
  replace: 'Replace the stored values for those dates',
  keep: 'Keep both',
};

/** The part of the outcome line about duplicates: "skipped 30 already stored"; '' when there were none. */
export function duplicatesOutcomeText(plan: Pick<ImportPlan, 'counts'>, policy: DuplicatePolicy, thing = 'KPI'): string {
  const { alreadyStored, skipped, removed } = plan.counts;
  if (alreadyStored === 0) return '';
  if (policy === 'skip') return `skipped ${formatCount(skipped)} already stored`;
  if (policy === 'replace') return `replaced ${plural(removed, 'row')} stored for the same ${thing} and date`;
  return `kept ${formatCount(alreadyStored)} beside the stored ${alreadyStored === 1 ? 'value' : 'values'} for the same ${thing} and date`;
}

/** "CSAT already has 81.2 % on 24 Jan 2027" (or "81.2 % and 80 %" when it has several). */
export function sameDayText(existing: readonly Measurement[], kpi: Pick<Kpi, 'name' | 'unit'> | undefined): string {
  const first = existing[0];
  const values = joinNames(existing.map((m) => formatMeasure(m.value, kpi?.unit ?? '')));
  return `${kpi?.name ?? first.kpiId} already has ${values} on ${formatDay(first.date)}`;
}

/** What quick entry says after replacing a day's value: "Replaced CSAT on 24 Jan 2027 with 82 % (n = 300)." */
export function replacedText(m: Measurement, kpi: Pick<Kpi, 'name' | 'unit'> | undefined): string {
  return `Replaced ${kpi?.name ?? m.kpiId} on ${formatDay(m.date)} with ${formatMeasure(m.value, kpi?.unit ?? '')}${m.n ? ` (n = ${formatCount(m.n)})` : ''}.`;
}
