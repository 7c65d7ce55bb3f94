// From the records PapaParse yields (arrays of fields, batch by batch) to measurements and rejected
// rows with their physical line numbers (SPEC §6 "Report bad rows by line number and reason").
// Pure and incremental: the worker feeds it one parsed chunk at a time, tests feed it plain arrays.
import type { Measurement } from '../../domain/types';
import { autoMapColumns, isExactMapping, mappingProblem, type ColumnMapping } from './columns';
import { createRowValidator, rawRow, windowPlace, type ImportTarget, type RowValidator } from './measurement-rows';
import type { CsvDialect } from './sniff';

export interface RejectedRow {
  /** Physical line in the file, 1-based; the header is line 1 (or 2 after a `sep=` line). */
  line: number;
  reason: string;
  raw: string;
}

export interface PreviewRow {
  line: number;
  row: Measurement;
}

/** The part of a PapaParse error the reader uses; `row` indexes the batch it came with. */
export interface ParseErrorLike {
  row?: number;
  code: string;
  message: string;
}

export interface ReadCounts {
  rows: number;
  rejected: number;
  /** Empty lines and rows of empty cells (spreadsheets leave them): skipped, not reported. */
  blank: number;
  /** Rows dated before the pilot's start / after its end: imported, shown, not judged (SPEC §4). */
  baseline: number;
  after: number;
}

export interface Drained {
  rows: Measurement[];
  rejected: RejectedRow[];
}

const PREVIEW_ROWS = 10;

export class MeasurementCsvReader {
  readonly #target: ImportTarget;
  readonly #dialect: CsvDialect;
  /** Next physical line number to hand out. */
  #line = 1;
  #skipSepLine: boolean;
  #blankRun = 0;
  /** Whether any '"' has been seen (see push). */
  #quotes = false;
  #lastDate = '';
  #lastPlace: 'baseline' | 'pilot' | 'after' = 'pilot';
  #headers: string[] | null = null;
  #headerLine = 0;
  #columnCount = 0;
  #suggested: ColumnMapping | null = null;
  #validate: RowValidator | null = null;
  /** Records that arrived before the mapping was chosen (at most the first chunk). */
  #waiting: { fields: string[]; line: number; problem?: string }[] = [];
  #rows: Measurement[] = [];
  #rejected: RejectedRow[] = [];
  readonly preview: PreviewRow[] = [];
  readonly counts: ReadCounts = { rows: 0, rejected: 0, blank: 0, baseline: 0, after: 0 };

  constructor(target: ImportTarget, dialect: CsvDialect) {
    this.#target = target;
    this.#dialect = dialect;
    this.#skipSepLine = dialect.sepLine;
  }

  get headers(): string[] | null {
    return this.#headers;
  }
  get headerLine(): number {
    return this.#headerLine;
  }
  /** The automatic guess, once the header has been read. */
  get suggested(): ColumnMapping | null {
    return this.#suggested;
  }
  /** True when the header names are the expected ones: no mapping step is needed. */
  get exact(): boolean {
    return this.#headers !== null && this.#suggested !== null && isExactMapping(this.#headers, this.#suggested);
  }
  /** The first row under the header, as examples for the mapping step. */
  get sample(): string[] {
    return this.#waiting[0]?.fields ?? [];
  }
  /** Rows read but waiting for the column mapping. */
  get pending(): number {
    return this.#waiting.length;
  }
  get mapped(): boolean {
    return this.#validate !== null;
  }
  /** The physical line the next record would start on (for messages about where reading stopped). */
  get line(): number {
    return this.#line;
  }

  /**
   * Feeds one batch of parsed records (and the parser's errors for that batch). `quotes: false` says
   * the text so far had no '"' at all, so no field can span lines (a fast path for large plain files).
   */
  push(records: readonly string[][], errors: readonly ParseErrorLike[] = [], quotes = true): void {
    this.#quotes ||= quotes;
    const problems = new Map<number, string>();
    for (const e of errors) {
      // An error whose row is past the batch belongs to a partial row the parser reads again later.
      // An unclosed quote explains more than the "malformed" warnings Papa gives on the same row.
      if (e.row === undefined || e.row >= records.length) continue;
      if (!problems.has(e.row) || e.code === 'MissingQuotes') problems.set(e.row, describeParseError(e));
    }
    const lineBreak = this.#dialect.newline;
    const cr = lineBreak === '\n';
    for (let r = 0; r < records.length; r++) {
      const fields = records[r];
      const line = this.#line;
      // Reading '\n'-separated rows leaves CRLF's '\r' on the last field (see CsvDialect.newline).
      const last = fields.length - 1;
      const tail = fields[last];
      if (cr && tail.charCodeAt(tail.length - 1) === 13) fields[last] = tail.slice(0, -1);
      let span = 1;
      // Only a quoted field can hold a line break; files without quotes skip the scan.
      if (this.#quotes) for (let i = 0; i <= last; i++) if (fields[i].includes(lineBreak)) span += fields[i].split(lineBreak).length - 1;
      this.#line += span;
      this.#record(fields, line, problems.get(r));
    }
  }

  #record(fields: string[], line: number, problem: string | undefined): void {
    if (this.#skipSepLine) {
      this.#skipSepLine = false;
      return;
    }
    if (fields[0].trim() === '' && fields.every((f) => f.trim() === '')) {
      // Counted once a row follows: the empty "line" after the file's final newline is no line.
      if (this.#headers !== null) this.#blankRun++;
      return;
    }
    this.counts.blank += this.#blankRun;
    this.#blankRun = 0;
    if (this.#headers === null) {
      this.#headers = fields.map((h) => h.trim());
      this.#headerLine = line;
      // Trailing unnamed columns (a spreadsheet's padding) are not part of the layout.
      let count = fields.length;
      while (count > 1 && this.#headers[count - 1] === '') count--;
      this.#columnCount = count;
      this.#suggested = autoMapColumns(this.#headers);
      return;
    }
    if (this.#validate === null) this.#waiting.push({ fields, line, problem });
    else this.#check(fields, line, problem);
  }

  /** Sets the column mapping (the guess or the user's choice) and checks the rows waiting for it. */
  setMapping(mapping: ColumnMapping): void {
    if (!this.#headers) throw new Error('The header has not been read yet.');
    const problem = mappingProblem(this.#headers, mapping);
    if (problem) throw new Error(problem);
    const used = Object.values(mapping).filter((i): i is number => i !== null);
    this.#columnCount = Math.max(this.#columnCount, ...used.map((i) => i + 1));
    this.#validate = createRowValidator(this.#target, mapping, this.#columnCount, this.#dialect.decimalComma);
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const w of waiting) this.#check(w.fields, w.line, w.problem);
  }

  #check(fields: string[], line: number, problem: string | undefined): void {
    const result = problem ?? this.#validate!(fields);
    if (typeof result === 'string') {
      this.counts.rejected++;
      this.#rejected.push({ line, reason: result, raw: rawRow(fields, this.#dialect.delimiter) });
      return;
    }
    this.counts.rows++;
    this.#rows.push(result);
    if (this.preview.length < PREVIEW_ROWS) this.preview.push({ line, row: result });
    // Rows mostly come in date order: the place of the previous row's date is usually the answer.
    if (result.date !== this.#lastDate) {
      this.#lastDate = result.date;
      this.#lastPlace = windowPlace(result.date, this.#target.window);
    }
    const place = this.#lastPlace;
    if (place === 'baseline') this.counts.baseline++;
    else if (place === 'after') this.counts.after++;
  }

  /** Rows and rejections found since the last call (the worker posts them in batches). */
  drain(): Drained {
    const out = { rows: this.#rows, rejected: this.#rejected };
    this.#rows = [];
    this.#rejected = [];
    return out;
  }

  /** Why the file as a whole cannot be imported once it has been read to the end; null when it can. */
  finalProblem(): string | null {
    if (this.#headers === null) return 'The file has no header line and no rows.';
    if (this.counts.rows + this.counts.rejected === 0) return 'The file has a header line but no rows of measurements.';
    return null;
  }
}

function describeParseError(e: ParseErrorLike): string {
  if (e.code === 'MissingQuotes') return 'a quoted field is never closed (a stray " character): the lines from here to the end of the field were read as one cell';
  if (e.code === 'InvalidQuotes') return 'a quoted field is malformed (text after its closing " character)';
  return e.message;
}

/** Reads already-parsed records in one go (tests, small files): the pure core of the import. */
export function readMeasurementRecords(
  records: string[][],
  target: ImportTarget,
  dialect: CsvDialect,
  mapping?: ColumnMapping,
  errors: readonly ParseErrorLike[] = [],
): { reader: MeasurementCsvReader; rows: Measurement[]; rejected: RejectedRow[] } {
  const reader = new MeasurementCsvReader(target, dialect);
  reader.push(records, errors);
  if (reader.headers && (mapping || !mappingProblem(reader.headers, reader.suggested!))) reader.setMapping(mapping ?? reader.suggested!);
  const { rows, rejected } = reader.drain();
  return { reader, rows, rejected };
}
