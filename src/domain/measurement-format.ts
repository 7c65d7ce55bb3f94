// How a measurement reads on screen: its date and its value with the unit. Full precision stays in
// storage; only the text is rounded.
import { dayNumber } from './pilot-series-passes';

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });

/** "10 Jan 2027": unambiguous in every locale, unlike 01/10/2027. */
export function formatDate(date: string, withWeekday = false): string {
  const day = dayNumber(date);
  if (!Number.isFinite(day)) return date;
  const at = new Date(day * 86_400_000);
  return withWeekday ? `${WEEKDAY_FORMAT.format(at)} ${DATE_FORMAT.format(at)}` : DATE_FORMAT.format(at);
}

const NUMBER_FORMAT = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

/** A measured value with its unit: "84.5 %", "440 s", "1,250 tickets". Full precision is kept in storage. */
export function formatMeasure(value: number, unit: string): string {
  const text = NUMBER_FORMAT.format(value);
  return unit ? `${text} ${unit}` : text;
}
