// Limits that the importer (exchange/structure.ts, validate.ts), the CSV readers and the app's forms
// share, so that what one accepts the others accept too. SPEC §5 asks for "all numbers finite", but finite
// is not enough: the formulas of SPEC §3, §4 and §9 multiply, add and divide these numbers, and a finite
// value near 1e308 overflows there to Infinity or NaN (a scale of ±1e308 makes hi − lo Infinity, so every
// total becomes "—"). Each bound is far beyond any real assessment and keeps every intermediate finite.

/** SPEC §2: a name identifies a thing on every screen and in every CSV, so one of only spaces names nothing. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * |scale.min| and |scale.max| (SPEC §3 divides by hi − lo). With both within ±1,000,000 the range is
 * at most 2,000,000 and (s − lo)/(hi − lo) always finite.
 */
export const SCALE_LIMIT = 1_000_000;

/**
 * A price amount (SPEC §9 price points are 100 × lowest price / price: above about 1.8e306 the product
 * overflows). One billion per hour, FTE-month or contact is beyond any real offer.
 */
export const MAX_PRICE = 1_000_000_000;

/**
 * |measurement value| (SPEC §4 sums values and n-weighted values over every measurement of a KPI). With
 * values within ±10^12 and n a safe integer, Σ value × n stays far below the largest double.
 */
export const MEASUREMENT_LIMIT = 1_000_000_000_000;

/** A measurement's sample size n: a whole number the arithmetic holds exactly (2^53 − 1). */
export const MAX_SAMPLE_SIZE = Number.MAX_SAFE_INTEGER;

/** "1,000,000": how a bound reads in a form's message. */
export function boundText(bound: number): string {
  return bound.toLocaleString('en');
}

/** The format's `$defs/name` length, in characters. */
const NAME_MAX = 200;

/** Why `text` cannot name a `what` ("category", "criterion"), in words for the form, or null. */
export function nameError(text: string, what: string): string | null {
  const name = text.trim();
  if (name === '') return `Enter a name for the ${what}; it cannot be blank.`;
  if ([...name].length > NAME_MAX) return `Use at most ${NAME_MAX} characters for the ${what}'s name.`;
  return null;
}
