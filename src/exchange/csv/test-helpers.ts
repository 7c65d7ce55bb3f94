// Shared test data for the CSV import tests: the two example files of the spec (copied byte for byte
// from shared/examples into tests/fixtures/examples/), a pilot-like import target, a sniff helper, and
// readers run on already-parsed records in one go (the pure core of any import).
import Papa from 'papaparse';
import type { ColumnMapping, Mapping } from './columns';
import { decodeRows, type RejectedRow } from './csv-read-results';
import { CsvTableReader, type ParseErrorLike } from './csv-table-reader';
import type { RowKind } from './kind';
import { RowBatchBuilder, type RowBatch } from './measurement-batch';
import { MeasurementCsvReader } from './measurement-csv-reader';
import type { ImportTarget } from './measurement-rows';
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

/** Rows (as objects) and rejections the reader found since the last call. */
export function drain<Row, Target>(reader: CsvTableReader<Row, Target>): { rows: Row[]; rejected: RejectedRow[] } {
  const { rows, rejected } = reader.take();
  const out: Row[] = [];
  decodeRows(rows, out);
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
  const reader = new MeasurementCsvReader(target, dialect);
  return { reader, ...readRecords(reader, records, mapping, errors) };
}

/** `rows` as one column batch, as the worker sends them (KPIs numbered in order of first appearance). */
export function encodeRows(rows: readonly Measurement[]): RowBatch {
  const kpiIds = [...new Set(rows.map((r) => r.kpiId))];
  const kpiOf = new Map(kpiIds.map((id, i) => [id, i]));
  const builder = new RowBatchBuilder(kpiIds);
  for (const r of rows) builder.add(kpiOf.get(r.kpiId)!, r.date, r.value, r.n ?? NaN, r.note);
  return builder.take();
}
