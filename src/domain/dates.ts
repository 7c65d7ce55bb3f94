// Pure helpers on calendar dates written as YYYY-MM-DD (SPEC §2: pilot start/end and measurement dates;
// SPEC §5: "dates are real calendar dates"). All arithmetic is done in UTC so the result never depends
// on the user's time zone or a daylight-saving change.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The milliseconds of a UTC day: the one day length of every date computation. */
export const DAY_MS = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date in the exact form YYYY-MM-DD (so "2027-02-29" and "2027-1-4" are false). */
export function isCalendarDate(s: string): boolean {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function toUtcMs(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` days after (or before, when negative) `date`. Throws on a non-date or a non-integer. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/**
 * The first Monday strictly after the given day, as YYYY-MM-DD: the default start of a new pilot
 * (a pilot created on a Monday starts the following week, giving the partner time to prepare).
 * Accepts a plain date or a full ISO timestamp (e.g. `new Date().toISOString()`); a timestamp with
 * an offset is read as its UTC calendar day.
 */
export function nextMonday(fromIso: string): string {
  let day = fromIso;
  if (typeof fromIso === 'string' && fromIso.length > 10 && /^\d{4}-\d{2}-\d{2}T/.test(fromIso)) {
    // With an offset (Z, +02:00) the instant decides the UTC day; without one the written day stands.
    const ms = Date.parse(fromIso);
    if (Number.isNaN(ms)) throw new RangeError(`"${fromIso}" is not an ISO date or timestamp`);
    day = /(Z|[+-]\d{2}:?\d{2})$/.test(fromIso) ? fromUtcMs(ms) : fromIso.slice(0, 10);
  }
  const weekday = new Date(toUtcMs(day)).getUTCDay(); // 0 = Sunday, 1 = Monday
  const ahead = ((8 - weekday) % 7) || 7;
  return addDays(day, ahead);
}

/**
 * Today in the user's own calendar, as YYYY-MM-DD: a measurement is dated by the day people worked and
 * "next Monday" is the user's Monday, not UTC's. The one place the local time zone is read.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
