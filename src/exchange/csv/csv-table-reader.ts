// From the records PapaParse yields (arrays of fields, batch by batch) to clean rows and rejected rows
// with their physical line numbers (SPEC §6 "Report bad rows by line number and reason"), for any kind
// of CSV import (kind.ts); MeasurementCsvReader (measurement-csv-reader.ts) adds the pilot window
// counts of SPEC §4. Pure and incremental: the worker feeds it one parsed chunk at a time, tests feed
// it plain arrays.
import { autoMap, isExact, problemOf, type Mapping } from './columns';
import type { EncodedRows, PageBatch, PreviewRow, ReadCounts, RejectedRow } from './csv-read-results';
import { SKIP, type RowKind, type RowValidator } from './kind';
import { rawRow } from './measurement-rows';
import type { CsvDialect } from './sniff';
import { unneutralise } from './write';

/** The part of a PapaParse error the reader uses; `row` indexes the batch it came with. */
export interface ParseErrorLike {
  row?: number;
  code: string;
  message: string;
}

const PREVIEW_ROWS = 10;

/** A validator's answer for a clean row it has stored itself (as columns), so no row object is made. */
export const KEPT = Object.freeze({ kept: true as const });
type Kept = typeof KEPT;

export class CsvTableReader<Row, Target = unknown> {
  readonly #kind: RowKind<Row, Target>;
  readonly #target: Target;
  readonly #dialect: CsvDialect;
  /** Next physical line number to hand out. */
  #line = 1;
  #skipSepLine: boolean;
  #blankRun = 0;
  /** Whether any '"' has been seen (see push). */
  #quotes = false;
  #headers: string[] | null = null;
  #headerLine = 0;
  #columnCount = 0;
  #suggested: Mapping | null = null;
  #validate: RowValidator<Row | Kept> | null = null;
  /** Records that arrived before the mapping was chosen (at most the first chunk). */
  #waiting: { fields: string[]; line: number; problem?: string }[] = [];
  #rows: Row[] = [];
  #rejected: RejectedRow[] = [];
  readonly preview: PreviewRow<Row>[] = [];
  readonly counts: ReadCounts = { rows: 0, rejected: 0, blank: 0, baseline: 0, after: 0 };

  constructor(kind: RowKind<Row, Target>, target: Target, dialect: CsvDialect) {
    this.#kind = kind;
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
  get suggested(): Mapping | null {
    return this.#suggested;
  }
  /** True when the header names are the expected ones: no mapping step is needed. */
  get exact(): boolean {
    return this.#headers !== null && this.#suggested !== null && isExact(this.#kind.spec, this.#headers, this.#suggested);
  }
  /** The first row under the header, as examples for the mapping step. */
  get sample(): string[] {
    return this.#waiting[0]?.fields ?? [];
  }
  /** Rows read but waiting for the column mapping. */
  get pending(): number {
    return this.#waiting.length;
  }
  /** Why the automatic guess cannot be used as it is; null when it can. */
  suggestedProblem(): string | null {
    return this.#headers && this.#suggested ? problemOf(this.#kind.spec, this.#headers, this.#suggested) : 'The header has not been read yet.';
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
    // Per-row parse errors are rare: most batches have none, and then no lookup is made per row.
    let problems: Map<number, string> | null = null;
    for (const e of errors) {
      // An error whose row is past the batch belongs to a partial row the parser reads again later.
      // An unclosed quote explains more than the "malformed" warnings Papa gives on the same row.
      if (e.row === undefined || e.row >= records.length) continue;
      problems ??= new Map();
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
      this.#record(fields, line, problems?.get(r));
    }
  }

  #record(fields: string[], line: number, problem: string | undefined): void {
    if (this.#skipSepLine) {
      this.#skipSepLine = false;
      return;
    }
    if (isBlank(fields[0]) && fields.every(isBlank)) {
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
      this.#suggested = autoMap(this.#kind.spec, this.#headers);
      return;
    }
    if (this.#validate === null) this.#waiting.push({ fields, line, problem });
    else this.#check(fields, line, problem);
  }

  /** Sets the column mapping (the guess or the user's choice) and checks the rows waiting for it. */
  setMapping(mapping: Mapping): void {
    if (!this.#headers) throw new Error('The header has not been read yet.');
    const problem = problemOf(this.#kind.spec, this.#headers, mapping);
    if (problem) throw new Error(problem);
    const used = Object.values(mapping).filter((i): i is number => i !== null);
    this.#columnCount = Math.max(this.#columnCount, ...used.map((i) => i + 1));
    this.#validate = this.createValidator(this.#target, mapping, this.#columnCount, this.#dialect.decimalComma);
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const w of waiting) this.#check(w.fields, w.line, w.problem);
  }

  #check(fields: string[], line: number, problem: string | undefined): void {
    // Cells our own export neutralised against formula injection ("'=…", write.ts) read back as they
    // were; a copy is made only for the rare row that has one, and the raw row stays as in the file.
    let input = fields;
    for (let i = 0; i < fields.length; i++) {
      if (fields[i].charCodeAt(0) !== 39) continue;
      const cell = unneutralise(fields[i]);
      if (cell === fields[i]) continue;
      if (input === fields) input = fields.slice();
      input[i] = cell;
    }
    const result = problem ?? this.#validate!(input, line);
    if (typeof result === 'string') {
      this.counts.rejected++;
      this.#rejected.push({ line, reason: result, raw: rawRow(fields, this.#dialect.delimiter) });
      return;
    }
    if (result === SKIP) {
      this.counts.skipped = (this.counts.skipped ?? 0) + 1;
      return;
    }
    this.counts.rows++;
    if (result === KEPT) {
      if (this.preview.length < PREVIEW_ROWS) this.preview.push({ line, row: this.lastKept() });
      return;
    }
    const row = result as Row;
    if (this.preview.length < PREVIEW_ROWS) this.preview.push({ line, row });
    this.#rows.push(row);
  }

  /** The row check for a mapping: the kind's, unless the reader keeps rows itself (MeasurementCsvReader). */
  protected createValidator(target: Target, mapping: Mapping, columnCount: number, decimalComma: boolean): RowValidator<Row | Kept> {
    return this.#kind.createValidator(target, mapping, columnCount, decimalComma);
  }

  /** The row a validator returned KEPT for last, as an object (for the preview). */
  protected lastKept(): Row {
    throw new Error('This reader does not keep rows itself.');
  }

  /** The clean rows kept since the last call, in the form they travel to the page (`final`: the file is read to the end). */
  protected takeRows(_final: boolean): EncodedRows | null {
    const rows = this.#rows;
    this.#rows = [];
    return { plain: rows };
  }

  /** Rows and rejections found since the last call, as the worker posts them to the page; `final` after the last record. */
  take(final = false): PageBatch {
    const rejected = this.#rejected;
    this.#rejected = [];
    return { rows: this.takeRows(final), rejected };
  }

  /** Why the file as a whole cannot be imported once it has been read to the end; null when it can. */
  finalProblem(): string | null {
    if (this.#headers === null) return 'The file has no header line and no rows.';
    if (this.counts.rows + this.counts.rejected + (this.counts.skipped ?? 0) === 0) return `The file has a header line but no rows of ${this.#kind.rowsWord}.`;
    return null;
  }
}

/** Empty or white space only; a cell starting with a visible ASCII character is answered without trimming. */
function isBlank(cell: string): boolean {
  const c = cell.charCodeAt(0);
  return cell.length === 0 || ((c <= 32 || c > 126) && cell.trim() === '');
}

function describeParseError(e: ParseErrorLike): string {
  if (e.code === 'MissingQuotes') return 'a quoted field is never closed (a stray " character): the lines from here to the end of the field were read as one cell';
  if (e.code === 'InvalidQuotes') return 'a quoted field is malformed (text after its closing " character)';
  return e.message;
}
