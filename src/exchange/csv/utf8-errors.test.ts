// Finding the byte that breaks UTF-8, for the refusal's line number (papa-stream.ts and sniff.ts use it).
import { describe, expect, it } from 'vitest';
import { describeInvalidUtf8, firstInvalidUtf8 } from './utf8-errors';

const bytesOf = (...parts: (string | number)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...new TextEncoder().encode(p)])));

describe('firstInvalidUtf8', () => {
  it('finds a Latin-1 byte, and a cut character only at the end of the file', () => {
    expect(firstInvalidUtf8(bytesOf('Müller'))).toBe(-1);
    expect(firstInvalidUtf8(bytesOf('M', 0xfc, 'ller'))).toBe(1);
    expect(firstInvalidUtf8(bytesOf('caf', 0xe9, '\n'))).toBe(3);
    expect(firstInvalidUtf8(bytesOf('caf', 0xe9))).toBe(-1);
    expect(firstInvalidUtf8(bytesOf('caf', 0xe9), 0, true)).toBe(3);
    expect(firstInvalidUtf8(bytesOf('a', 0xed, 0xa0, 0x80))).toBe(1); // a UTF-16 surrogate, not UTF-8
  });
});

describe('describeInvalidUtf8', () => {
  it('starts after a character that ended just before the chunk, and counts LF, CRLF and CR lines', async () => {
    // "😀" is 4 bytes: the chunk starts right after it, with the 3 bytes before it all continuation bytes.
    const file = new Blob([bytesOf('a😀', '\n', 'b\r\nc\rd', 0xe9, 'e\n')]);
    expect(await describeInvalidUtf8(file, 5, file.size)).toMatch(/^The file is not UTF-8 text: line 4 has the byte 0xE9 \("é" in Windows-1252, Latin-1\)/);
  });

  it('says nothing it cannot tell about a byte that is no character in Windows-1252 either', async () => {
    const file = new Blob([bytesOf('date\n', 0x81, '\n')]);
    expect(await describeInvalidUtf8(file, 0, file.size)).toMatch(/^The file is not UTF-8 text: line 2 has the byte 0x81, which is not UTF-8;/);
  });
});
