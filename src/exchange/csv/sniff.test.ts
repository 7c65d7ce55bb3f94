import { describe, expect, it } from 'vitest';
import { checkCsvSize, MAX_CSV_BYTES, sniffCsv, type SniffResult } from './sniff';
import { fixture, utf8 } from './test-helpers';

function refused(result: SniffResult): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

describe('sniffCsv: the dialect of real CSV', () => {
  it('reads the plain example as comma, LF, no BOM', () => {
    const r = sniffCsv(fixture('measurements.csv'));
    expect(r).toEqual({ ok: true, dialect: { bom: false, delimiter: ',', newline: '\n', decimalComma: false, lineEndings: 'lf', sepLine: false } });
  });

  it('reads the Excel EU example as BOM, semicolon with decimal commas, CRLF', () => {
    const r = sniffCsv(fixture('measurements-excel-eu.csv'));
    expect(r).toEqual({ ok: true, dialect: { bom: true, delimiter: ';', newline: '\n', decimalComma: true, lineEndings: 'crlf', sepLine: false } });
  });

  it('takes the delimiter from the header even when notes hold the other one', () => {
    const r = sniffCsv(utf8('date;kpi;value\n2027-01-04;csat;"a, b, c, d"\n'));
    expect(r.ok && r.dialect.delimiter).toBe(';');
    const c = sniffCsv(utf8('date,kpi,value,note\n2027-01-04,csat,1,"a;b;c;d;e"\n'));
    expect(c.ok && c.dialect.delimiter).toBe(',');
  });

  it('reports mixed line endings and still splits on LF', () => {
    const r = sniffCsv(utf8('date,kpi,value\r\n2027-01-04,csat,1\n2027-01-05,csat,2\r\n'));
    expect(r.ok && [r.dialect.lineEndings, r.dialect.newline]).toEqual(['mixed', '\n']);
  });

  it('uses CR for old Mac files with no LF at all', () => {
    const r = sniffCsv(utf8('date,kpi,value\r2027-01-04,csat,1\r'));
    expect(r.ok && [r.dialect.lineEndings, r.dialect.newline]).toEqual(['cr', '\r']);
  });

  it("honours Excel's sep= line", () => {
    const r = sniffCsv(utf8('sep=;\ndate,kpi;value\n'));
    expect(r.ok && [r.dialect.delimiter, r.dialect.sepLine, r.dialect.decimalComma]).toEqual([';', true, true]);
  });

  it('accepts a UTF-8 character cut by the end of the sample', () => {
    const bytes = utf8('date,kpi,value,note\n2027-01-04,csat,1,Müller');
    const cut = bytes.subarray(0, bytes.length - 5); // ends between the two bytes of "ü"
    expect(sniffCsv(cut, 10_000).ok).toBe(true);
  });
});

describe('sniffCsv: refusing what is not CSV text, at once', () => {
  it('refuses an empty file', () => {
    expect(refused(sniffCsv(new Uint8Array(0)))).toMatch(/empty/);
  });

  it('refuses an .xlsx (a ZIP) renamed to .csv', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...utf8('[Content_Types].xml')]);
    expect(refused(sniffCsv(xlsx))).toMatch(/ZIP archive \(an Excel \.xlsx workbook is one\), not a CSV file.*CSV UTF-8/);
  });

  it('refuses a PDF and an old .xls', () => {
    expect(refused(sniffCsv(utf8('%PDF-1.7\n%âãÏÓ\n')))).toMatch(/PDF document/);
    expect(refused(sniffCsv(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toMatch(/\.xls/);
  });

  it('refuses binary content with a NUL byte and names its line', () => {
    const bytes = new Uint8Array([...utf8('date,kpi\nabc\n'), 0x00, 0x01]);
    expect(refused(sniffCsv(bytes))).toMatch(/binary file.*NUL byte on line 3/);
  });

  it('refuses text full of control characters', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 4 === 0 ? 0x03 : 0x41));
    expect(refused(sniffCsv(bytes))).toMatch(/binary file.*100 control characters/);
  });

  it('refuses UTF-16 text', () => {
    expect(refused(sniffCsv(new Uint8Array([0xff, 0xfe, 0x64, 0x00, 0x61, 0x00])))).toMatch(/UTF-16/);
  });

  it('refuses Windows-1252 text (not UTF-8) and names the line', () => {
    const bytes = new Uint8Array([...utf8('date,kpi,value,note\n2027-01-04,csat,1,M'), 0xfc, ...utf8('ller\n')]);
    expect(refused(sniffCsv(bytes))).toBe(
      'The file is not UTF-8 text: line 2 has the byte 0xFC ("ü" in Windows-1252, Latin-1), which is not UTF-8; the file was probably saved as "CSV (comma delimited)". In Excel or Google Sheets, save or download the sheet as "CSV UTF-8" and choose that file.',
    );
  });

  it('refuses a Latin-1 byte at the very end of a file it sees whole, naming its line', () => {
    const bytes = new Uint8Array([...utf8('date,kpi,value,note\n2027-01-04,csat,1,ok\n2027-01-05,csat,1,caf'), 0xe9]);
    expect(refused(sniffCsv(bytes))).toMatch(/^The file is not UTF-8 text: line 3 has the byte 0xE9 \("é" in Windows-1252, Latin-1\)/);
    expect(refused(sniffCsv(new Uint8Array([...bytes, 0x0a])))).toMatch(/line 3 has the byte 0xE9/);
    // The same bytes as the first part of a longer file may be an "é" cut by the sample's end.
    expect(sniffCsv(bytes, 10_000).ok).toBe(true);
  });
});

describe('checkCsvSize', () => {
  it('allows up to the documented 200 MB limit', () => {
    expect(MAX_CSV_BYTES).toBe(200 * 1024 * 1024);
    expect(checkCsvSize(MAX_CSV_BYTES)).toBeNull();
    expect(checkCsvSize(MAX_CSV_BYTES + 1)).toMatch(/too large \(200 MB\).*200 MB/);
  });
});
