// Where a CSV file stops being UTF-8 text, for the message that refuses it (SPEC §6 "Report bad rows
// by line number and reason"): the sniffer looks at the first bytes (sniff.ts), the streaming reader at
// the rest (papa-stream.ts). Both name the line of the bad byte, counted from the start of the file.
// Only the refusal runs this code: a good file is decoded by TextDecoder alone.

/** What to do about a file that is not UTF-8 CSV text (also sniff.ts's other refusals). */
export const SAVE_AS_CSV_UTF8 = 'In Excel or Google Sheets, save or download the sheet as "CSV UTF-8" and choose that file.';

/** Bytes in the UTF-8 sequence a lead byte starts; 0 for a byte no sequence starts with. */
function sequenceLength(b: number): number {
  return b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
}

/** Whether `bytes` are UTF-8 (one native pass); a character cut by the end is allowed unless `atEnd`. */
export function isUtf8(bytes: Uint8Array, atEnd: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !atEnd });
    return true;
  } catch {
    return false;
  }
}

/**
 * Offset of the first byte that breaks UTF-8 in `bytes`, starting at `from` (the start of a character),
 * or -1. A character cut by the end of `bytes` is an error only when `atEnd` (the file ends there).
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0, atEnd = false): number {
  for (let i = from; i < bytes.length; ) {
    const len = sequenceLength(bytes[i]);
    if (len === 0) return i;
    if (i + len > bytes.length) {
      // A cut character is bad at once if what is there already cannot start one (a Latin-1 "é" then "\n").
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i), { stream: true });
      } catch {
        return i;
      }
      return atEnd ? i : -1;
    }
    // The decoder knows the finer rules (overlong forms, surrogates, the range after E0, ED, F0, F4).
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return -1;
}

/** Line breaks in bytes[from, to): LF, and CR not followed by LF (an editor's line numbers). */
function lineBreaks(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) count++;
  }
  return count;
}

/** 1-based line of a byte offset in `bytes`. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  return 1 + lineBreaks(bytes, 0, offset);
}

/** The refusal for a byte that is not UTF-8, with the character it is in Windows-1252 when that is a letter or sign. */
export function notUtf8Message(byte: number, line: number): string {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  const latin = new TextDecoder('windows-1252').decode(Uint8Array.of(byte));
  const guess = /^[\p{L}\p{N}\p{S}\p{P}]$/u.test(latin) ? ` ("${latin}" in Windows-1252, Latin-1)` : '';
  return `The file is not UTF-8 text: line ${line} has the byte 0x${hex}${guess}, which is not UTF-8; the file was probably saved as "CSV (comma delimited)". ${SAVE_AS_CSV_UTF8}`;
}

/** Bytes per read while counting lines in a large file. */
const COUNT_BYTES = 4 * 1024 * 1024;

/**
 * The refusal for a file whose bytes from `chunkStart` to `chunkEnd` did not decode, after everything
 * before them did (a character cut by `chunkStart` may begin up to 3 bytes earlier). Reads the file
 * again to find the bad byte and count the lines before it.
 */
export async function describeInvalidUtf8(file: Blob, chunkStart: number, chunkEnd: number): Promise<string> {
  const windowStart = Math.max(0, chunkStart - 3);
  const window = new Uint8Array(await file.slice(windowStart, chunkEnd).arrayBuffer());
  // Continuation bytes before the chunk end a character that decoded already: start after them.
  let from = 0;
  while (from < chunkStart - windowStart && window[from] >= 0x80 && window[from] < 0xc0) from++;
  const found = firstInvalidUtf8(window, from, chunkEnd >= file.size);
  const offset = found < 0 ? chunkStart : windowStart + found;
  let line = 1;
  for (let start = 0; start < offset; start += COUNT_BYTES) {
    const end = Math.min(start + COUNT_BYTES, offset);
    // One byte more, so a CR at the end of a read sees what follows it.
    const bytes = new Uint8Array(await file.slice(start, end + 1).arrayBuffer());
    line += lineBreaks(bytes, 0, end - start);
  }
  const byte = new Uint8Array(await file.slice(offset, offset + 1).arrayBuffer())[0];
  return notUtf8Message(byte, line);
}
