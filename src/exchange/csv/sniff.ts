// First look at a file chosen for a CSV import (SPEC §6, §1 journey 6): refuse what is not CSV text at
// once, from its first bytes, with a message that says what the file is and what to do instead; for
// real CSV text, find the dialect (BOM, comma or semicolon, line ending) PapaParse should read it with.
// Pure: bytes in, a plain object out (TextDecoder is a language-level API, also in Node and workers).

import { firstInvalidUtf8, isUtf8, lineOfByte, notUtf8Message, SAVE_AS_CSV_UTF8 as SAVE_AS_CSV } from './utf8-errors';

/** How many leading bytes the sniffer looks at: enough for the header and dozens of rows. */
export const SNIFF_BYTES = 64 * 1024;

/** Largest CSV the importer opens (checked before reading a byte): ~5 million daily rows. */
export const MAX_CSV_BYTES = 200 * 1024 * 1024;

export type Delimiter = ',' | ';';

export interface CsvDialect {
  /** The file starts with a UTF-8 byte order mark (Excel's "CSV UTF-8"); the decoder drops it. */
  bom: boolean;
  delimiter: Delimiter;
  /**
   * What PapaParse splits rows on. '\n' also reads CRLF and mixed files: the '\r' left at the end of a
   * row is removed afterwards (see csv-table-reader.ts), which Papa's single guessed line ending cannot do.
   */
  newline: '\n' | '\r';
  /** Decimal commas are accepted (SPEC §6: "when the delimiter is a semicolon"). */
  decimalComma: boolean;
  /** Line endings seen in the sample, for the summary ("Windows line endings"). */
  lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  /** Excel's optional first line `sep=;` names the delimiter; that line is not the header. */
  sepLine: boolean;
}

export type SniffResult = { ok: true; dialect: CsvDialect } | { ok: false; message: string };


function refuse(message: string): SniffResult {
  return { ok: false, message };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Known binary formats people pick by mistake, by their magic numbers. */
const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (an Excel .xlsx workbook is one)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Excel .xls (or other Office) file' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
];

/**
 * Counts each candidate delimiter outside quotes, line by line, in the first lines of `text`.
 * The delimiter is the one the header uses; on a tie (or none) the next lines decide.
 */
function detectDelimiter(lines: string[]): Delimiter {
  const count = (line: string, d: string) => {
    let n = 0;
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) n++;
    }
    return n;
  };
  for (const line of lines) {
    const commas = count(line, ',');
    const semicolons = count(line, ';');
    if (commas !== semicolons) return semicolons > commas ? ';' : ',';
  }
  return ',';
}

/** Control characters other than tab, LF and CR (NUL is refused before). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) count++;
  return count;
}

function lineEndingsOf(crlf: number, lf: number, cr: number): CsvDialect['lineEndings'] {
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}

/**
 * Looks at the first bytes of a file (pass at most SNIFF_BYTES; `totalBytes` is the file's size).
 * Refuses empty files, known binary formats, UTF-16, text with NUL bytes or many control characters,
 * and text that is not UTF-8, each with a message naming what was found.
 */
export function sniffCsv(bytes: Uint8Array, totalBytes = bytes.length): SniffResult {
  if (totalBytes === 0 || bytes.length === 0) return refuse('The file is empty: there is no header line and no rows.');
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) return refuse(`This is ${m.what}, not a CSV file. ${SAVE_AS_CSV}`);
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return refuse(`This file is UTF-16 text (Excel's "Unicode text"), not UTF-8 CSV. ${SAVE_AS_CSV}`);
  }
  // Native searches rather than a loop over 64 KB in not-yet-optimised code: this runs at the start of
  // every import (scripts/bench/csv-import.ts). Control characters are ASCII, the same in the text as in the bytes.
  const nul = bytes.indexOf(0);
  if (nul >= 0) return refuse(`This is a binary file, not CSV text (a NUL byte on line ${lineOfByte(bytes, nul)}). ${SAVE_AS_CSV}`);
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes, { stream: true });
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  // Text has almost none; 1 % is generous for a stray form feed or escape code.
  if (controls > Math.max(2, bytes.length * 0.01)) return refuse(`This looks like a binary file, not CSV text (${controls} control characters in the first ${bytes.length} bytes). ${SAVE_AS_CSV}`);
  // One native pass; the byte-by-byte search runs only for a refusal. A character cut by the sample's
  // end is an error only when the sample is the whole file (a Latin-1 "é" as the file's last byte).
  const wholeFile = totalBytes <= bytes.length;
  if (!isUtf8(bytes, wholeFile)) {
    const bad = Math.max(0, firstInvalidUtf8(bytes, 0, wholeFile));
    return refuse(notUtf8Message(bytes[bad], lineOfByte(bytes, bad)));
  }

  const crlf = occurrences(text, '\r\n');
  const lineEndings = lineEndingsOf(crlf, occurrences(text, '\n') - crlf, occurrences(text, '\r') - crlf);
  const newline = lineEndings === 'cr' ? '\r' : '\n';
  const lines = text.split(/\r\n|\n|\r/, 20);
  const sep = /^sep=([,;])$/i.exec(lines[0] ?? '');
  const delimiter = sep ? (sep[1] as Delimiter) : detectDelimiter(lines.filter((l) => l.trim() !== ''));
  return { ok: true, dialect: { bom, delimiter, newline, decimalComma: delimiter === ';', lineEndings, sepLine: sep !== null } };
}

/** Checked before reading anything: the size limit, in words a person can act on. */
export function checkCsvSize(bytes: number): string | null {
  if (bytes <= MAX_CSV_BYTES) return null;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(0);
  return `The file is too large (${mb(bytes)} MB); the largest CSV this app imports is ${mb(MAX_CSV_BYTES)} MB. Split it by month and import the parts.`;
}
