// The measurements import's reader (SPEC §6 "Measurements"): the shared CSV reader (csv-table-reader.ts)
// with each row checked straight into columns and the rows dated outside the pilot window counted
// (SPEC §4).
import type { Measurement } from '../../domain/types';
import type { ColumnMapping, Mapping } from './columns';
import { CsvTableReader, KEPT } from './csv-table-reader';
import type { EncodedRows } from './csv-read-results';
import type { RowValidator } from './kind';
import { RowBatchBuilder } from './measurement-batch';
import { createRowChecker, MEASUREMENT_KIND, windowPlace, type ImportTarget, type MeasurementSink } from './measurement-rows';
import type { CsvDialect } from './sniff';

/**
 * The measurements import's reader: checks each row straight into columns (measurement-batch.ts: no
 * row object is made, nothing is encoded afterwards), and counts rows dated outside the pilot window
 * (SPEC §4).
 */
export class MeasurementCsvReader extends CsvTableReader<Measurement, ImportTarget> implements MeasurementSink {
  readonly #window: ImportTarget['window'];
  readonly #columns: RowBatchBuilder;
  #lastDate = '';
  #lastPlace: 'baseline' | 'pilot' | 'after' = 'pilot';

  constructor(target: ImportTarget, dialect: CsvDialect) {
    super(MEASUREMENT_KIND, target, dialect);
    this.#window = target.window;
    this.#columns = new RowBatchBuilder(target.kpis.map((k) => k.id));
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
      this.#lastPlace = windowPlace(date, this.#window);
    }
    const place = this.#lastPlace;
    if (place === 'baseline') this.counts.baseline++;
    else if (place === 'after') this.counts.after++;
  }

  protected override lastKept(): Measurement {
    return this.#columns.lastRow();
  }

  protected override takeRows(): EncodedRows {
    return this.#columns.take();
  }
}

