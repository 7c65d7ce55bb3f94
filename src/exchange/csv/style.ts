// The two CSV dialects spreadsheets open by double-click: comma-separated with a decimal point (English
// locales) and semicolon-separated with a decimal comma (most of continental Europe, where the comma is
// the decimal mark). Our importers read both (SPEC §6), so every export can be written in either.

export type CsvStyleId = 'comma' | 'semicolon';

export interface CsvStyle {
  id: CsvStyleId;
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

export const CSV_STYLES: Record<CsvStyleId, CsvStyle> = {
  comma: { id: 'comma', delimiter: ',', decimal: '.' },
  semicolon: { id: 'semicolon', delimiter: ';', decimal: ',' },
};

export function isCsvStyleId(value: unknown): value is CsvStyleId {
  return value === 'comma' || value === 'semicolon';
}

/** The style a spreadsheet in `locale` expects: semicolons where the decimal mark is a comma. */
export function csvStyleForLocale(locale: string): CsvStyleId {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
    return decimal === ',' ? 'semicolon' : 'comma';
  } catch {
    return 'comma';
  }
}
