// The measurements import's reader (SPEC §6 "Measurements"): the shared CSV reader (csv-table-reader.ts)
// with each row checked straight into columns and the rows dated outside the pilot window counted
// (SPEC §4).
import type { KpiRows, Measurement } from '../../domain/types';
import type { ColumnMapping, Mapping } from './columns';
import { CsvTableReader, KEPT } from './csv-table-reader';
import type { EncodedRows } from './csv-read-results';
import type { RowValidator } from './kind';
import { windowPlace, type WindowPlace } from '../../domain/pilot-window';
import { createRowChecker, MEASUREMENT_KIND, type ImportTarget, type MeasurementSink } from './measurement-rows';
import type { CsvDialect } from './sniff';

/** Where the good rows go: one block of columns per KPI (the CSV worker's is the storage format's own builder, db/format). */
export interface MeasurementCollector extends MeasurementSink {
  /** The row added last, as an object (the preview shows the first few). */
  lastRow(): Measurement;
  /** Every row added, one block per KPI that has rows. */
  finish(): KpiRows[];
}

/** Makes the collector of one file, for the target's KPIs (numbered by their place in `kpiIds`). */
export type MeasurementCollectors = (kpiIds: readonly string[]) => MeasurementCollector;

/**
 * The measurements import's reader: checks each row straight into columns (no row object is made,
 * nothing is encoded afterwards), and counts rows dated outside the pilot window (SPEC §4). The rows
 * go to the page once, when the file has been read to the end: as one block per KPI, whose buffers
 * are moved, not copied, and are stored as they are.
 */
export class MeasurementCsvReader extends CsvTableReader<Measurement, ImportTarget> implements MeasurementSink {
  readonly #window: ImportTarget['window'];
  readonly #columns: MeasurementCollector;
  #lastDate = '';
  #lastPlace: WindowPlace = 'in';

  constructor(target: ImportTarget, dialect: CsvDialect, collectors: MeasurementCollectors) {
    super(MEASUREMENT_KIND, target, dialect);
    this.#window = target.window;
    this.#columns = collectors(target.kpis.map((k) => k.id));
  }

  protected override createValidator(target: ImportTarget, mapping: Mapping, columnCount: number, decimalComma: boolean): RowValidator<Measurement | typeof KEPT> {
    const check = createRowChecker(target, mapping as ColumnMapping, columnCount, decimalComma);
    return (fields) => check(fields, this) ?? KEPT;
  }

  /** A clean row, from the checker. */
  add(kpi: number, date: string, value: number, n: number, note: string | undefined): void {
    this.#columns.add(kpi, date, value, n, note);
    // Rows mostly come in date order: the place of the previous row's date is usually the answer.
    if (date !== this.#lastDate) {
      this.#lastDate = date;
      // Outside rows are kept but not judged (SPEC §4); without a window every row is in.
      this.#lastPlace = this.#window ? windowPlace(date, this.#window) : 'in';
    }
    const place = this.#lastPlace;
    if (place === 'baseline') this.counts.baseline++;
    else if (place === 'after') this.counts.after++;
  }

  protected override lastKept(): Measurement {
    return this.#columns.lastRow();
  }

  protected override takeRows(final: boolean): EncodedRows | null {
    return final ? { kpiRows: this.#columns.finish() } : null;
  }
}
