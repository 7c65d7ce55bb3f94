// The interchange envelope (SPEC §5; version 2 adds contracts, SPEC §11): the constants every reader and writer of the file agrees on,
// kept in one place so a new version is one edit here plus a named migration in migrate.ts.

/** Value of the envelope's `format` field; anything else is not our file. */
export const FORMAT = 'bpo-workbench/assessment';

/** The format version this app writes, and the newest it can read. */
export const CURRENT_VERSION = 2;

/** Largest file the importer accepts (50 MB): beyond it JSON.parse alone would freeze the page. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The answer to a JSON that is not our envelope (another program's file, a list, a bare value). */
export const NOT_AN_ASSESSMENT_FILE = `This is not a BPO workbench assessment file (no "format": ${JSON.stringify(FORMAT)})`;

/** How many errors a person is shown before "… and N more" (a long list helps nobody). */
const MAX_LISTED_ERRORS = 20;

/**
 * One problem found in a file. `path` names the place in the file's terms
 * (`assessment.scores[12].value`); it is '' when the problem is the file as a whole.
 */
export interface ImportError {
  path: string;
  message: string;
}

/** The outcome of reading a file: the value, or every problem found (never a thrown exception). */
export type ImportResult<T> = { ok: true; assessment: T } | { ok: false; errors: ImportError[] };

/** `assessment.scores[12].value: 7 is outside the scale 0–5`, or just the message for the whole file. */
export function formatError(error: ImportError): string {
  return error.path === '' ? error.message : `${error.path}: ${error.message}`;
}

/** The first `limit` errors as lines, then "… and N more" when some were left out (for a UI list). */
export function errorLines(errors: readonly ImportError[], limit = MAX_LISTED_ERRORS): string[] {
  const lines = errors.slice(0, limit).map(formatError);
  const rest = errors.length - lines.length;
  if (rest > 0) lines.push(`… and ${rest} more`);
  return lines;
}

/** The same, one error per line, for a message box or a terminal. */
export function formatImportErrors(errors: readonly ImportError[], limit = MAX_LISTED_ERRORS): string {
  return errorLines(errors, limit).join('\n');
}
