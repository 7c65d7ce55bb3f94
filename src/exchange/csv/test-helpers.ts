// Shared test data for the CSV import tests: the two example files of the spec (byte-for-byte copies in
// tests/fixtures/examples/, kept in step by scripts/sync-fixtures.sh), a pilot-like import target, a
// sniff helper, and readers run on already-parsed records in one go (the pure core of any import).
import Papa from 'papaparse';
import type { ColumnMapping, Mapping } from './columns';
import { decodeRows, type RejectedRow } from './csv-read-results';
import { CsvTableReader, type ParseErrorLike } from './csv-table-reader';
import type { RowKind } from './kind';
import { MeasurementCsvReader, type MeasurementCollector, type MeasurementCollectors } from './measurement-csv-reader';
import type { ImportTarget } from './measurement-rows';
import { measurementsOf } from '../../domain/pilot-rows';
import { rowsFromMeasurements } from '../../domain/pilot-rows-build';
import type { Measurement } from '../../domain/types';
import { sniffCsv, type CsvDialect } from './sniff';
import { readFixtureBytes } from '../../../tests/fixtures/paths';

export function fixture(name: 'measurements.csv' | 'measurements-excel-eu.csv'): Uint8Array {
  return readFixtureBytes(`examples/${name}`);
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

/**
 * Where a measurements reader writes its rows in these tests: kept as objects, in file order, and
 * handed over as blocks (the app's worker uses the storage format's builder, db/format).
 */
export const testCollectors: MeasurementCollectors = (kpiIds): MeasurementCollector & { rows: Measurement[] } => {
  const rows: Measurement[] = [];
  return {
    rows,
    add(kpi, date, value, n, note) {
      const row: Measurement = { kpiId: kpiIds[kpi], date, value };
      if (n === n) row.n = n;
      if (note !== undefined) row.note = note;
      rows.push(row);
    },
    lastRow: () => rows[rows.length - 1],
    finish: () => [...rowsFromMeasurements(rows, kpiIds).blocks],
  };
};

/** Rows (as objects; measurements grouped by KPI, as a pilot holds them) and rejections the reader found since the last call. */
export function drain<Row, Target>(reader: CsvTableReader<Row, Target>, final = true): { rows: Row[]; rejected: RejectedRow[] } {
  const { rows, rejected } = reader.take(final);
  const out: Row[] = [];
  decodeRows(rows, out);
  if (rows && 'kpiRows' in rows) out.push(...(measurementsOf({ blocks: rows.kpiRows, count: 0 }) as Row[]));
  return { rows: out, rejected };
}

/** Reads already-parsed records in one go, with the suggested mapping unless `mapping` is given. */
function readRecords<Row, Target>(
  reader: CsvTableReader<Row, Target>,
  records: string[][],
  mapping?: Mapping,
  errors: readonly ParseErrorLike[] = [],
): { rows: Row[]; rejected: RejectedRow[] } {
  reader.push(records, errors);
  if (reader.headers && (mapping || !reader.suggestedProblem())) reader.setMapping(mapping ?? reader.suggested!);
  return drain(reader);
}

export function readMeasurementRecords(
  records: string[][],
  target: ImportTarget,
  dialect: CsvDialect,
  mapping?: ColumnMapping,
  errors: readonly ParseErrorLike[] = [],
): { reader: MeasurementCsvReader; rows: Measurement[]; rejected: RejectedRow[] } {
  let collected: Measurement[] = [];
  const reader = new MeasurementCsvReader(target, dialect, (kpiIds) => {
    const collector = testCollectors(kpiIds);
    collected = (collector as unknown as { rows: Measurement[] }).rows;
    return collector;
  });
  const { rejected } = readRecords(reader, records, mapping, errors);
  // In file order, as the rows were checked.
  return { reader, rows: collected, rejected };
}
