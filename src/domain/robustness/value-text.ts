// The value-for-money view (SPEC §9) in plain words, shared by the results screen and the
// printed report. Prices are compared only inside one currency and unit, so every text names the group.
import type { RobustnessModel } from './model';
import type { PriceGroup, PricedContender, QualityPriceRow, ValueForMoney } from './value-for-money';
import { formatMoney, joinNames } from '../format';
import { PRICE_UNIT_LABELS } from '../vendor-display';

/** "EUR per FTE-month". */
export function groupLabel(group: Pick<PriceGroup, 'currency' | 'per'>): string {
  return `${group.currency} ${PRICE_UNIT_LABELS[group.per]}`;
}

/** The price axis title: "Price, EUR per FTE-month". */
export function priceAxisTitle(group: Pick<PriceGroup, 'currency' | 'per'>): string {
  return `Price, ${groupLabel(group)}`;
}

// Prices read as everywhere else (format.ts).
export { formatMoney };

/** The names of the vendors of the group that beat `vendor` on both total and price. */
export function beatenByNames(group: PriceGroup, vendor: PricedContender): string[] {
  return vendor.dominatedBy.map((id) => group.vendors.find((other) => other.vendorId === id)?.name ?? id);
}

/** The table cell: "On the frontier" or "Beaten by Alpha and Bravo". */
export function frontierStatus(group: PriceGroup, vendor: PricedContender): string {
  return vendor.efficient ? 'On the frontier' : `Beaten by ${joinNames(beatenByNames(group, vendor))}`;
}

/**
 * Who is on the frontier and who is beaten, in words (the chart's colours and shapes say the same):
 * "On the efficiency frontier: Bravo and Alpha. Beaten on both total and price: Charlie (by Alpha and Bravo)."
 */
export function frontierSentence(group: PriceGroup): string {
  if (group.vendors.length === 1) {
    return `${group.vendors[0].name} is the only vendor priced in ${groupLabel(group)}, so there is no other vendor to compare it with.`;
  }
  const efficient = group.vendors.filter((vendor) => vendor.efficient);
  const beaten = group.vendors.filter((vendor) => !vendor.efficient);
  const lead = `On the efficiency frontier: ${joinNames(efficient.map((vendor) => vendor.name))}.`;
  if (beaten.length === 0) return `${lead} No vendor is beaten on both total and price.`;
  const rest = beaten.map((vendor) => `${vendor.name} (by ${joinNames(beatenByNames(group, vendor))})`);
  return `${lead} Beaten on both total and price: ${joinNames(rest)}.`;
}

interface LeftOut {
  name: string;
  /** "disqualified (Independent audits: 2.5 < 3)", "no price entered", … */
  reason: string;
}

/**
 * Every vendor that is not on the chart, and why (SPEC §9 compares only qualified vendors, and prices only
 * in one currency and unit): priced otherwise, no price, then provisional and disqualified, each in
 * ranking order.
 */
export function leftOutOfValue(model: RobustnessModel, value: ValueForMoney): LeftOut[] {
  const out: LeftOut[] = [];
  const otherGroup = new Map(value.groups.slice(1).flatMap((group) => group.vendors.map((vendor) => [vendor.vendorId, group] as const)));
  const unpriced = new Set(value.unpriced);
  for (const contender of model.contenders) {
    const group = otherGroup.get(contender.vendorId);
    if (group) out.push({ name: contender.name, reason: `priced in ${groupLabel(group)}, so compared only in its own table` });
    else if (unpriced.has(contender.vendorId)) out.push({ name: contender.name, reason: 'no price entered' });
  }
  for (const vendor of model.setAside) {
    const why = vendor.why.length > 0 ? ` (${vendor.why.join('; ')})` : '';
    out.push({ name: vendor.name, reason: vendor.status === 'disqualified' ? `disqualified${why}` : `provisional, not fully scored${why}` });
  }
  return out;
}

/** The main ranking's rank of a contender (the quality rank of the quality–price view). */
export function qualityRank(model: RobustnessModel, vendorId: string): number | null {
  return model.contenders.find((contender) => contender.vendorId === vendorId)?.rank ?? null;
}

/**
 * "With price at 30 % and the total score at 70 %, Alpha comes first (1st in the main ranking)."
 * `percent` is the slider's whole-number price weight.
 */
export function qualityPriceSentence(model: RobustnessModel, rows: QualityPriceRow[], percent: number): string {
  const first = rows.filter((row) => row.rank === 1);
  if (first.length === 0) return 'No vendor to rank.';
  const weights = `With price at ${percent} % and the total score at ${100 - percent} %`;
  if (first.length > 1) return `${weights}, ${joinNames(first.map((row) => row.name))} share first place.`;
  const rank = qualityRank(model, first[0].vendorId);
  return `${weights}, ${first[0].name} comes first${rank === null ? '' : ` (${ordinal(rank)} in the main ranking)`}.`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
