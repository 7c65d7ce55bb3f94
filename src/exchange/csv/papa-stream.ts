// Streaming a CSV through PapaParse (SPEC §6 "Read with PapaParse (streaming, in a worker for large
// files)"), for every kind of import (the reader decides what a row is). Runs in the app's own module
// worker, and in Node for tests (Blob, TextDecoder).
//
// Why not `Papa.parse(file, { chunkSize })`: Papa decodes each 1 MB slice on its own, so a UTF-8
// character cut by a slice boundary ("ä" is 2 bytes) turns into two "�", and bad UTF-8 later in the
// file goes unnoticed. Here the bytes are read slice by slice and decoded by one streaming, fatal
// TextDecoder, and the text is handed to Papa.parse through the tiny readable-stream interface Papa
// accepts (`on('data')` / `on('end')`), so Papa still does all the CSV work, chunk by chunk, with
// its `chunk` callback and `parser.abort()`.
import Papa from 'papaparse';
import type { Measurement } from '../../domain/types';
import type { ColumnMapping, Mapping } from './columns';
import type { HeaderInfo, PageBatch, PreviewRow, ReadCounts, StreamTimings } from './csv-read-results';
import type { CsvTableReader } from './csv-table-reader';
import type { CsvDialect } from './sniff';
import { describeInvalidUtf8 } from './utf8-errors';

/**
 * Bytes read and parsed per step: big enough to keep Papa fast, small enough for a smooth progress bar,
 * and for little garbage-collector work: Papa keeps a whole step's records alive until it hands them
 * over, and every young-generation collection copies them (1 MB steps made the worker's collections
 * costlier than our row checks; scripts/bench/csv-import.ts).
 */
export const CHUNK_BYTES = 256 * 1024;
/**
 * Chunks without one complete record before reading stops (1 MB): no row of ours is that long (a note
 * holds at most 5,000 characters), and Papa would rescan the growing row with every chunk (quadratic time).
 */
const STUCK_CHUNKS = 4;

/**
 * Why reading stopped at a row over 1 MB long that starts on `line`. Only a quoted field holds a line
 * break, so one in that megabyte means a quote is open; without one the line itself is that long.
 */
function stuckMessage(line: number, lineBreak: boolean, delimiter: boolean): string {
  if (lineBreak) return `A quoted field that starts on line ${line} is not closed within 1 MB (a stray " character?), so the rest of the file cannot be read. Fix that line and import again.`;
  const what = delimiter ? `Line ${line} is over 1 MB long` : `Line ${line} has a field over 1 MB long`;
  return `${what}, so the file cannot be read (no row needs nearly that much: a note holds at most 5,000 characters). Shorten that line, or check that this is the right file, and import again.`;
}

export interface StreamEvents<M extends Mapping = ColumnMapping> {
  /** Called once when the header is read; return the mapping to use (info.suggested when info.exact), or null to stop. */
  chooseMapping(info: HeaderInfo<M>): M | null | Promise<M | null>;
  /**
   * After each chunk: the rows (in the form they cross to the page) and rejections found since the
   * last call, the counts so far, and the bytes read of the file's total (the progress bar).
   */
  batch(batch: PageBatch, counts: ReadCounts, bytes: number, total: number): void;
}

type StreamOutcome<Row = Measurement> =
  | { status: 'done'; counts: ReadCounts; preview: PreviewRow<Row>[]; timings: StreamTimings; headerLine: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

type Listener = (chunk?: string) => void;

/** The subset of a Node readable stream that Papa.parse drives (see ReadableStreamStreamer in papaparse). */
class TextSource {
  readonly readable = true;
  readonly #listeners = new Map<string, Listener[]>();
  read(): void {}
  pause(): void {}
  resume(): void {}
  on(event: string, listener: Listener): this {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
    return this;
  }
  removeListener(event: string, listener: Listener): this {
    this.#listeners.set(event, (this.#listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  /** Papa parses synchronously inside this call. */
  emit(event: 'data' | 'end', chunk?: string): void {
    for (const l of this.#listeners.get(event) ?? []) l(chunk);
  }
}

class Stop extends Error {}

/** The file's first chunk, read already (to sniff it, worker-host.ts), and how long reading it took. */
export interface FirstChunk {
  bytes: Uint8Array;
  readMs: number;
}

/** Reads the bytes of the file's first chunk. */
export async function readFirstChunk(file: Blob): Promise<FirstChunk> {
  const t = performance.now();
  const bytes = new Uint8Array(await file.slice(0, CHUNK_BYTES).arrayBuffer());
  return { bytes, readMs: performance.now() - t };
}

/** Streams `file` into `reader` (a fresh one, made for the file's kind and dialect). */
export async function streamCsv<Row, Target, M extends Mapping = Mapping>(
  file: Blob,
  reader: CsvTableReader<Row, Target>,
  dialect: CsvDialect,
  events: StreamEvents<M>,
  signal?: AbortSignal,
  first?: FirstChunk,
): Promise<StreamOutcome<Row>> {
  const started = performance.now();
  const source = new TextSource();
  const timings: StreamTimings = { parseMs: 0, validateMs: 0, waitMs: 0, totalMs: 0 };
  let parser: Papa.Parser | null = null;
  let papaError: string | null = null;
  let recordsInChunk = 0;
  let sawQuote = false;

  Papa.parse(source as unknown as NodeJS.ReadableStream, {
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    quoteChar: '"',
    skipEmptyLines: false,
    chunk: (results: Papa.ParseResult<string[]>, p: Papa.Parser) => {
      parser = p;
      const t = performance.now();
      recordsInChunk += results.data.length;
      reader.push(results.data, results.errors, sawQuote);
      timings.validateMs += performance.now() - t;
    },
    complete: () => {},
    error: (e: Error) => {
      papaError = e.message;
    },
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let mapped = false;
  let stuck = 0;
  let stuckBreak = false;
  let stuckDelimiter = false;

  const feed = (event: 'data' | 'end', text?: string) => {
    const validateBefore = timings.validateMs;
    const t = performance.now();
    source.emit(event, text);
    timings.parseMs += performance.now() - t - (timings.validateMs - validateBefore);
    if (papaError) throw new Error(`The CSV could not be read: ${papaError}`);
  };

  const askMapping = async () => {
    if (mapped || !reader.headers) return;
    mapped = true;
    const info: HeaderInfo<M> = { headers: reader.headers, headerLine: reader.headerLine, sample: reader.sample.slice(0, reader.headers.length + 2), suggested: reader.suggested! as M, exact: reader.exact };
    const t = performance.now();
    const mapping = await events.chooseMapping(info);
    timings.waitMs += performance.now() - t;
    if (mapping === null || signal?.aborted) throw new Stop();
    const v = performance.now();
    reader.setMapping(mapping);
    timings.validateMs += performance.now() - v;
  };

  // The next slice is read while this one is parsed: each read is a round trip to the browser, which
  // would otherwise sit between every two chunks (160 of them for a million rows).
  const readSlice = (start: number) => {
    const reading = file.slice(start, Math.min(start + CHUNK_BYTES, file.size)).arrayBuffer();
    reading.catch(() => undefined); // a failure is reported where it is awaited, not as unhandled
    return reading;
  };
  let nextRead: Promise<ArrayBuffer> | null = null;
  try {
    for (let start = 0; start < file.size || start === 0; start += CHUNK_BYTES) {
      if (signal?.aborted) throw new Stop();
      const end = Math.min(start + CHUNK_BYTES, file.size);
      const t = performance.now();
      // Reading counts as parsing (the "raw parse" of the file), also for a first chunk read before.
      if (start === 0 && first) timings.parseMs += first.readMs;
      const bytes = start === 0 && first ? first.bytes : new Uint8Array(await (nextRead ?? readSlice(start)));
      nextRead = end < file.size ? readSlice(end) : null;
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: end < file.size });
      } catch {
        throw new Error(await describeInvalidUtf8(file, start, end));
      }
      timings.parseMs += performance.now() - t;
      if (signal?.aborted) throw new Stop();
      recordsInChunk = 0;
      // Set before Papa parses this text; a row left over from the previous chunk was seen with it.
      sawQuote ||= text.includes('"');
      feed('data', text);
      // A row still unfinished after a few chunks is no row of ours: stop (see STUCK_CHUNKS).
      if (recordsInChunk === 0 && text.length > 0) {
        stuck++;
        stuckBreak ||= text.includes(dialect.newline);
        stuckDelimiter ||= text.includes(dialect.delimiter);
      } else {
        stuck = 0;
        stuckBreak = stuckDelimiter = false;
      }
      if (stuck >= STUCK_CHUNKS) throw new Error(stuckMessage(reader.line, stuckBreak, stuckDelimiter));
      await askMapping();
      events.batch(reader.take(), { ...reader.counts }, end, file.size);
      if (end >= file.size) break;
    }
    feed('end');
    if (!reader.mapped && reader.headers && reader.pending === 0) {
      return { status: 'failed', message: reader.finalProblem() ?? 'The file has a header line but no rows.' };
    }
    await askMapping();
    events.batch(reader.take(true), { ...reader.counts }, file.size, file.size);
    const problem = reader.finalProblem();
    if (problem) return { status: 'failed', message: problem };
    timings.totalMs = performance.now() - started;
    return { status: 'done', counts: { ...reader.counts }, preview: reader.preview, timings, headerLine: reader.headerLine };
  } catch (error) {
    (parser as Papa.Parser | null)?.abort();
    if (error instanceof Stop) return { status: 'cancelled' };
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
