// Reading one cell of a measurements CSV (SPEC §6). Each reader returns the value or a reason a
// person can act on; nothing is guessed when a cell could mean two different things.
import { isCalendarDate } from '../../domain/dates';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** A cell quoted in a reason, shortened so one huge cell cannot flood the preview. */
export function quote(cell: string): string {
  return `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** DD.MM.YYYY (also D.M.YYYY): German, Austrian, Swiss, Nordic, Polish… Excel's default export there. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * SPEC §6 says YYYY-MM-DD. We also accept DD.MM.YYYY because it is unambiguous: every locale that
 * writes dates with dots puts the day first, and it is what German Excel writes. Slashed dates
 * (01/02/2027) are refused: the US reads them month first, the UK day first.
 */
export function parseCsvDate(cell: string): Parsed<string> {
  const text = cell.trim();
  if (text === '') return fail('the date is empty');
  if (ISO.test(text)) return isCalendarDate(text) ? ok(text) : fail(`${quote(text)} is not a real calendar date`);
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const iso = `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`;
    return isCalendarDate(iso) ? ok(iso) : fail(`${quote(text)} is not a real calendar date`);
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text)) return fail(`${quote(text)} is ambiguous (day or month first?); write dates as YYYY-MM-DD`);
  return fail(`${quote(text)} is not a date in the form YYYY-MM-DD`);
}

const POINT_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// An exponent too: our own decimal-comma export writes 0.00000015 as "1,5e-7" (String(number) with a comma).
const COMMA_DECIMAL = /^[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+),\d+(?:[eE][+-]?\d+)?$/;
const DOT_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+$/;

/**
 * A number as written in the file. A trailing "%" is allowed (values of percentage KPIs are in
 * percent already). With `decimalComma` (semicolon files, SPEC §6) "83,6" and "1.234,5" are read
 * the European way and a plain "83.6" still reads as 83.6; "1.234" alone is refused, since it means
 * 1234 in Germany and 1.234 elsewhere.
 */
export function parseCsvNumber(cell: string, decimalComma: boolean): Parsed<number> {
  const text = cell.trim().replace(/\s*%$/, '');
  if (text === '') return fail('empty');
  let value: number;
  if (POINT_DECIMAL.test(text) && !(decimalComma && DOT_THOUSANDS.test(text))) {
    value = Number(text);
  } else if (decimalComma && COMMA_DECIMAL.test(text)) {
    value = Number(text.replace(/\./g, '').replace(',', '.'));
  } else if (decimalComma && DOT_THOUSANDS.test(text)) {
    return fail(`${quote(cell.trim())} is ambiguous (thousands separator or decimal point?); write it without the dot`);
  } else {
    return fail(`${quote(cell.trim())} is not a number`);
  }
  return Number.isFinite(value) ? ok(value) : fail(`${quote(cell.trim())} is not a finite number`);
}
