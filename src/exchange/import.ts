// Reading a file (SPEC §5, §1 journey 6): text → JSON → recognise → refuse newer → migrate → validate.
// Every failure is a list of ImportError that says what and where; nothing here throws or writes.
// The caller writes the returned assessment once, in one transaction, only when ok is true.
import type { Assessment } from '../domain/types';
import { type ImportError, type ImportResult, MAX_FILE_BYTES } from './envelope';
import { upgradeDocument } from './migrate';
import { validateEnvelope } from './validate';

interface ImportOptions {
  /** Time given to createdAt/updatedAt when the file has neither them nor an exportedAt. */
  now?: string;
}

type ImportAssessmentResult = ImportResult<Assessment>;

type Parsed = { ok: true; value: unknown } | { ok: false; errors: ImportError[] };

const TRUNCATED =
  'This file is cut short (truncated): the JSON ends before it is complete. Export or download it again.';

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** Checked before reading a file at all: a 50 MB limit keeps the page responsive (SPEC §5 import). */
export function checkFileSize(bytes: number): ImportError | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return {
    path: '',
    message: `The file is too large (${megabytes(bytes)} MB); the largest assessment file this app opens is ${megabytes(MAX_FILE_BYTES)} MB.`,
  };
}

/** "line 3 column 5" of a 0-based character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * V8 (Chrome, Node) words an unexpected character without a position: `Unexpected token 'N',
 * ..."weight": NaN, "b""... is not valid JSON` quotes up to 10 characters either side of it, with "..."
 * where it cut the text. Finds that excerpt in the text to give the place (SPEC §5: every error names the place).
 */
function v8ContextPosition(text: string, message: string): { offset: number; what: string } | null {
  const match = /^(?:Unexpected token '([\s\S])', )?(\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!match) return null;
  const [, token, cutBefore, excerpt, cutAfter] = match;
  const start = text.indexOf(excerpt);
  if (start < 0) return null;
  // The excerpt starts 10 characters before the error when cut there, ends 10 after it when cut there.
  const within = cutBefore ? 10 : cutAfter ? excerpt.length - 10 : Math.max(0, token ? excerpt.indexOf(token) : 0);
  const offset = start + within;
  const char = token ?? text.charAt(offset);
  return { offset, what: char.trim() ? `character ${JSON.stringify(char)}` : 'character' };
}

/**
 * Turns a JSON.parse error into a sentence with a line and column. Engines word it differently:
 * V8 says "… in JSON at position 42" (newer ones add "(line 3 column 5)"), Firefox "… at line 3
 * column 5 of the JSON data"; a file that stops early ends in "Unexpected end of JSON input" or fails
 * at its very last character.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end of (JSON input|data)/i.test(message)) return TRUNCATED;
  const position = /at position (\d+)/.exec(message);
  const context = position ? null : v8ContextPosition(text, message);
  if (context) {
    const { line, column } = lineAndColumn(text, context.offset);
    return `This is not a JSON file: unexpected ${context.what} at line ${line} column ${column}`;
  }
  if (position) {
    const offset = Number(position[1]);
    if (offset >= text.trimEnd().length) return TRUNCATED;
    const { line, column } = lineAndColumn(text, offset);
    const what = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*at position \d+.*$/, '');
    return `This is not a JSON file: ${what} at line ${line} column ${column}`;
  }
  return `This is not a JSON file: ${message.replace(/^JSON\.parse: /, '').replace(/ of the JSON data$/, '')}`;
}

export function parseJsonText(text: string): Parsed {
  // A UTF-8 BOM (Excel, Notepad) is not JSON, but it is not the user's mistake either.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ path: '', message: 'The file is empty.' }] };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: describeJsonError(body, error) }] };
  }
}

/** From an already parsed value: recognise, refuse newer, migrate, validate and fill defaults. */
export function importAssessmentDocument(raw: unknown, options: ImportOptions = {}): ImportAssessmentResult {
  const upgraded = upgradeDocument(raw);
  if (!upgraded.ok) return upgraded;
  return validateEnvelope(upgraded.doc, options);
}

/** The whole import of a file's text; never throws. */
export function importAssessmentText(text: string, options: ImportOptions = {}): ImportAssessmentResult {
  // Characters ≤ UTF-8 bytes, so this only refuses text that is surely over the limit.
  const tooLarge = checkFileSize(text.length);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  return importAssessmentDocument(parsed.value, options);
}
