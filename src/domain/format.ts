// Display formatting: one number, percentage and date format for the screens, the report and the texts
// of the CSV imports, all from Intl in one locale. Numbers are computed at full precision and rounded
// only here (SPEC §3). The app sets the browser's locale once at startup (state/locale.ts); the CLI and
// the tests keep the default 'en', so their output is stable.

const DEFAULT_LOCALE = 'en';
let locale = DEFAULT_LOCALE;
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Sets the locale of every text below; a tag Intl does not know falls back to 'en'. */
export function setDisplayLocale(tag: string): void {
  let known = DEFAULT_LOCALE;
  try {
    known = Intl.NumberFormat.supportedLocalesOf(tag)[0] ?? DEFAULT_LOCALE;
  } catch {
    // not a well-formed language tag
  }
  if (known === locale) return;
  locale = known;
  numberFormats.clear();
  dateFormats.clear();
}

export function displayLocale(): string {
  return locale;
}

/** One formatter per options, kept: making one costs about 0.1 ms, and a screen may show thousands of figures. */
function numbers(minDigits?: number, maxDigits?: number, currency?: string): Intl.NumberFormat {
  const key = `${minDigits}/${maxDigits}/${currency}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { style: currency ? 'currency' : 'decimal', currency, minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits })));
  return format;
}

/** Rounds half away from zero at `digits` decimals, as the screens have always shown figures. */
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * "2,746", "86.5", "0.25": at most `maxDigits` decimals (trailing zeros dropped), thousands grouped,
 * never "-0". For figures as entered (thresholds, scale ends, measured values, sample sizes).
 */
export function formatNumber(x: number, maxDigits = 1): string {
  const r = round(x, maxDigits);
  return numbers(0, maxDigits).format(Object.is(r, -0) ? 0 : r);
}

/** A whole number of things, grouped: "100,000". */
export function formatCount(n: number): string {
  return formatNumber(n, 0);
}

/** The number a display with `digits` decimals shows, for exports beside their full-precision twin. */
export function roundedForDisplay(value: number, digits = 1): number {
  const r = Number(value.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
}

/** Exactly `digits` decimals, grouped: "72.8", "0.50", "1,234.0". For computed figures in columns. */
export function formatFixed(x: number, digits: number): string {
  return numbers(digits, digits).format(roundedForDisplay(x, digits));
}

/** A total or score out of 100 with one decimal (SPEC §3), "—" when there is none. */
export function formatScore(total: number | null | undefined, digits = 1): string {
  return total === null || total === undefined || !Number.isFinite(total) ? '—' : formatFixed(total, digits);
}

/**
 * A share as a percentage with one decimal, so that figures side by side read alike ("3.0 %" beside
 * "3.1 %"); only all and nothing are whole ("100 %", "0 %").
 */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  if (share === 0 || share === 1) return `${formatCount(share * 100)} %`;
  return `${formatFixed(share * 100, digits)} %`;
}

/**
 * "€4,200.00" (or "4.200,00 €"), or "XYZ 4,200" for a code Intl does not know. `short` drops the cents
 * that whole-number axis ticks do not need.
 */
export function formatMoney(amount: number, currency: string, short = false): string {
  try {
    // The currency's own decimals unless `short` (whole amounts without ".00").
    return (short ? numbers(0, 2, currency) : numbers(undefined, undefined, currency)).format(amount);
  } catch {
    return `${currency} ${formatNumber(amount, 2)}`;
  }
}

function dates(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/**
 * A calendar day, YYYY-MM-DD, with the month as a word ("Jan 10, 2027", "10 Jan 2027", "10. Jan. 2027"):
 * never ambiguous like 01/10/2027. Read in UTC: a day has no time zone. Text that is not a day stays as it is.
 */
export function formatDay(day: string, withWeekday = false): string {
  const at = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(at)) return day;
  const key = withWeekday ? 'day+weekday' : 'day';
  return dates(key, { ...DAY, ...(withWeekday ? { weekday: 'short' } : {}), timeZone: 'UTC' }).format(at);
}

/** A day without its year, for chart axes: "Jan 10", "10 Jan". */
export function formatShortDay(day: string): string {
  const at = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(at) ? day : dates('short-day', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at);
}

/** A moment (ISO timestamp) in the reader's time zone: the day as formatDay writes it, and the time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dates('moment', { ...DAY, hour: 'numeric', minute: '2-digit' }).format(date);
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatFixed(value, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/** "1 score", "2,746 rows", "1.5 points": the count grouped as every number is. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count, 2)} ${count === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
