// Calendar months of a contract (SPEC §11) as whole numbers (year × 12 + month − 1), so that "the E
// months after M" and "within the term" are plain arithmetic.

/** "2027-03-14" or "2027-03" → its month number. */
export function monthNumber(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** A month number → "YYYY-MM". */
export function monthKey(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The contract's first and last month (last = Infinity when open-ended). */
export function termMonths(contract: { start: string; months?: number }): { first: number; last: number } {
  const first = monthNumber(contract.start);
  return { first, last: contract.months === undefined ? Infinity : first + contract.months - 1 };
}

/**
 * The months reported as of `asOf` (YYYY-MM-DD): from the start month on, those whose following month
 * has begun on or before `asOf` (so the month in progress is not one), within the term.
 */
export function reportedMonths(contract: { start: string; months?: number }, asOf: string): number[] {
  const { first, last } = termMonths(contract);
  const end = Math.min(last, monthNumber(asOf) - 1);
  const months: number[] = [];
  for (let m = first; m <= end; m++) months.push(m);
  return months;
}

/** The month in progress as of `asOf` when it is within the term, else null. */
export function monthInProgress(contract: { start: string; months?: number }, asOf: string): number | null {
  const { first, last } = termMonths(contract);
  const now = monthNumber(asOf);
  return now >= first && now <= last ? now : null;
}
