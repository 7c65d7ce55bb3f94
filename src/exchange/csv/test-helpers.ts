// Shared test data for the CSV import tests: the two example files of the spec (copied byte for byte
// from shared/examples into fixtures/), a pilot-like import target, and a sniff helper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Mapping } from './columns';
import type { RowKind } from './kind';
import type { ImportTarget } from './measurement-rows';
import type { Measurement } from '../../domain/types';
import { CsvTableReader, readRecords } from './records';
import { sniffCsv, type CsvDialect } from './sniff';

export function fixture(name: 'measurements.csv' | 'measurements-excel-eu.csv'): Uint8Array {
  // From the repository root (where Vitest runs): import.meta.url is not a file URL under jsdom.
  return new Uint8Array(readFileSync(join(process.cwd(), 'src/exchange/csv/fixtures', name)));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The five seeded scorecard KPIs (kpi-library.json), as a pilot of Northwind in January 2027. */
export const TARGET: ImportTarget = {
  kpis: [
    { id: 'csat', name: 'Customer satisfaction (CSAT)', proportion: true },
    { id: 'nps', name: 'Net Promoter Score (NPS)', proportion: false },
    { id: 'ces', name: 'Customer effort score (CES)', proportion: false },
    { id: 'fcr', name: 'First contact resolution (FCR)', proportion: true },
    { id: 'aht', name: 'Average handle time (AHT)', proportion: false },
  ],
  vendor: { id: 'northwind', name: 'Northwind Contact' },
  window: { start: '2027-01-04', end: '2027-01-31' },
};

export function dialectOf(bytes: Uint8Array | string): CsvDialect {
  const result = sniffCsv(typeof bytes === 'string' ? utf8(bytes) : bytes);
  if (!result.ok) throw new Error(result.message);
  return result.dialect;
}

/** Parses `text` as the importer would (dialect sniffed, BOM dropped) and reads it as `kind`. */
export function readAs<Row, Target>(kind: RowKind<Row, Target>, target: Target, text: string, mapping?: Mapping) {
  const dialect = dialectOf(text);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
  const reader = new CsvTableReader(kind, target, dialect);
  return { reader, ...readRecords(reader, parsed.data, mapping, parsed.errors) };
}

/** Measurement rows cycling through KPIs, dates in runs, n on some, notes (repeated, one empty) on a few. */
export function sampleMeasurementRows(count: number, offset = 0): Measurement[] {
  const kpis = ['csat', 'aht', 'fcr'];
  return Array.from({ length: count }, (_, j) => {
    const i = j + offset;
    const row: Measurement = { kpiId: kpis[i % 3], date: `2027-01-${String(1 + (Math.floor(i / 50) % 28)).padStart(2, '0')}`, value: i % 7 === 0 ? -0.5 : i * 1.25 };
    if (i % 2 === 0) row.n = 1 + (i % 40);
    if (i % 97 === 0) row.note = ['Lisbon', 'a\nb', ''][i % 3];
    return row;
  });
}
