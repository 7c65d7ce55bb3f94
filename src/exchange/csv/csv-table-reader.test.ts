// The pure core on plain arrays of fields (what PapaParse yields): mapping, validation, line numbers.
// Papa is used here only to turn the example files into those arrays.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './columns';
import { MeasurementCsvReader } from './measurement-csv-reader';
import { dialectOf, drain, fixture, readMeasurementRecords, TARGET, testCollectors } from './test-helpers';
import type { ImportTarget } from './measurement-rows';

function read(text: string, mapping?: ColumnMapping, target: ImportTarget = TARGET) {
  const dialect = dialectOf(text);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
  return readMeasurementRecords(parsed.data, target, dialect, mapping, parsed.errors);
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes); // drops the BOM
const HEADER = 'date,kpi,value,n,note\n';

describe('the example files', () => {
  it('reads all 140 rows of the plain example', () => {
    const { rows, rejected, reader } = read(decode(fixture('measurements.csv')));
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(140);
    expect(rows[0]).toEqual({ kpiId: 'csat', date: '2027-01-04', value: 83.6, n: 127 });
    expect(rows[2]).toEqual({ kpiId: 'ces', date: '2027-01-04', value: 5.79 });
    expect(rows[139]).toEqual({ kpiId: 'aht', date: '2027-01-31', value: 404, note: 'Sunday skeleton crew' });
    expect(reader.exact).toBe(true);
    expect(reader.counts).toEqual({ rows: 140, rejected: 0, blank: 0, baseline: 0, after: 0 });
  });

  it('reads the Excel EU example (BOM, semicolons, decimal commas, CRLF) to the same values', () => {
    const plain = read(decode(fixture('measurements.csv'))).rows;
    const eu = read(decode(fixture('measurements-excel-eu.csv')));
    expect(eu.reader.exact).toBe(false);
    expect(eu.reader.suggested).toEqual({ date: 0, kpi: 1, value: 2, n: 3, note: 4, vendor: null });
    expect(eu.rejected).toEqual([]);
    expect(eu.rows).toHaveLength(140);
    const strip = (r: (typeof plain)[number]) => ({ ...r, note: undefined });
    expect(eu.rows.map(strip)).toEqual(plain.map(strip));
    // Only the note text differs between the two files; the EU one is quoted because of its ";".
    expect(eu.rows[34].note).toBe('Sunday skeleton crew; see report');
    expect(plain[34].note).toBe('Sunday skeleton crew');
  });
});

describe('line numbers', () => {
  it('count the lines of quoted fields with embedded newlines (LF and CRLF)', () => {
    const text = `${HEADER}2027-01-04,csat,80,10,"two\nlines"\n2027-01-04,bogus,1,,\n2027-01-05,aht,400,,"three\r\nline\r\nnote; with, delimiters"\r\n2027-01-06,bogus,1,,\r\n`;
    const { rows, rejected } = read(text);
    expect(rows.map((r) => r.note)).toEqual(['two\nlines', 'three\nline\nnote; with, delimiters']);
    expect(rejected.map((r) => r.line)).toEqual([4, 8]);
  });

  it('count blank lines, which are skipped without a report', () => {
    const { rows, rejected, reader } = read(`${HEADER}\n2027-01-04,csat,80,,\n,,,,\n\n2027-02-30,csat,80,,\n`);
    expect(rows).toHaveLength(1);
    expect(rejected).toEqual([{ line: 6, reason: 'date: "2027-02-30" is not a real calendar date', raw: '2027-02-30,csat,80,,' }]);
    expect(reader.counts.blank).toBe(3);
  });

  it('start after a sep= line, with the header on line 2', () => {
    const { rows, rejected, reader } = read('sep=;\ndate;kpi;value\n2027-01-04;csat;80,5\n2027-01-04;x;1\n');
    expect(reader.headerLine).toBe(2);
    expect(rows).toEqual([{ kpiId: 'csat', date: '2027-01-04', value: 80.5 }]);
    expect(rejected[0].line).toBe(4);
  });

  it('work the same for CRLF, LF and mixed files', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = [HEADER.trim(), '2027-01-04,csat,80,10,', '2027-01-04,zzz,1,,', '"2027-01-05",aht,"400",,"quoted last"'].join(eol) + eol;
      const { rows, rejected } = read(text);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toEqual({ kpiId: 'aht', date: '2027-01-05', value: 400, note: 'quoted last' });
      expect(rejected.map((r) => r.line)).toEqual([3]);
    }
    const mixed = read(`${HEADER}2027-01-04,csat,80,10,a\r\n2027-01-05,csat,81,10,"b"\n2027-01-06,zzz,1,,\r\n2027-01-07,csat,82,10,\n`);
    expect(mixed.rows.map((r) => r.note)).toEqual(['a', 'b', undefined]);
    expect(mixed.rejected.map((r) => r.line)).toEqual([4]);
  });
});

describe('row validation: each reason, with its line', () => {
  const reasonsOf = (body: string, target?: ImportTarget) => read(HEADER + body, undefined, target).rejected.map((r) => `${r.line}: ${r.reason}`);

  it('rejects ragged rows, and tolerates empty padding', () => {
    expect(reasonsOf('2027-01-04,csat,80\n2027-01-04,aht,400,,Sunday, see report\n2027-01-04,aht,400,,,,\n')).toEqual([
      '2: has 3 fields; the header has 5 (a missing delimiter?)',
      '3: has 6 fields; the header has 5 (an unquoted delimiter inside a note?)',
    ]);
  });

  it('rejects unknown KPIs and accepts ids or exact names in any case', () => {
    const { rows, rejected } = read(`${HEADER}2027-01-04,CSAT,80,,\n2027-01-04,customer satisfaction (csat),81,,\n2027-01-04,Satisfaction,82,,\n`);
    expect(rows.map((r) => r.kpiId)).toEqual(['csat', 'csat']);
    expect(rejected[0].reason).toBe('unknown KPI "Satisfaction": this pilot tracks csat, nps, ces, fcr, aht (use a KPI id or its exact name)');
  });

  it('rejects bad dates and non-numeric values', () => {
    expect(reasonsOf('2027-02-30,csat,80,,\n2027/01/04,csat,80,,\n2027-01-04,csat,eighty,,\n2027-01-04,csat,,,\n')).toEqual([
      '2: date: "2027-02-30" is not a real calendar date',
      '3: date: "2027/01/04" is not a date in the form YYYY-MM-DD',
      '4: value: "eighty" is not a number',
      '5: the value is empty',
    ]);
  });

  it('rejects n that is not a positive whole number (0, 1.5, -3, text)', () => {
    expect(reasonsOf('2027-01-04,csat,80,0,\n2027-01-04,csat,80,1.5,\n2027-01-04,csat,80,-3,\n2027-01-04,csat,80,many,\n2027-01-04,csat,80,7,\n')).toEqual([
      '2: n: "0" is not a positive whole number',
      '3: n: "1.5" is not a positive whole number',
      '4: n: "-3" is not a positive whole number',
      '5: n: "many" is not a positive whole number',
    ]);
  });

  it('lists every reason of a row at once', () => {
    expect(reasonsOf('2027-13-01,nope,x,0,\n')).toEqual([
      '2: date: "2027-13-01" is not a real calendar date; unknown KPI "nope": this pilot tracks csat, nps, ces, fcr, aht (use a KPI id or its exact name); value: "x" is not a number; n: "0" is not a positive whole number',
    ]);
  });

  it('rejects a percentage KPI outside 0–100', () => {
    expect(reasonsOf('2027-01-04,csat,865,,\n2027-01-04,nps,-20,,\n')).toEqual(['2: value: 865 is outside 0–100 for csat, a percentage']);
  });

  it('rejects values beyond ±10^12 and n above 2^53 − 1, which overflow the pilot figures (domain/bounds.ts)', () => {
    expect(reasonsOf('2027-01-04,nps,1e308,,\n2027-01-04,nps,-1e13,,\n2027-01-04,csat,80,1e308,\n2027-01-04,nps,1000000000000,9007199254740991,\n')).toEqual([
      '2: value: 1e+308 is beyond ±1000000000000, the largest value a measurement can have',
      '3: value: -10000000000000 is beyond ±1000000000000, the largest value a measurement can have',
      '4: n: "1e308" is above 9007199254740991, the largest sample size',
    ]);
  });

  it("skips rows of another vendor, by id or name, and keeps blank or matching ones", () => {
    const { rows, rejected } = read('date,vendor,kpi,value\n2027-01-04,northwind,csat,80\n2027-01-04,Northwind Contact,csat,81\n2027-01-04,,csat,82\n2027-01-04,Contoso CX,csat,83\n');
    expect(rows.map((r) => r.value)).toEqual([80, 81, 82]);
    expect(rejected).toEqual([{ line: 5, reason: 'vendor "Contoso CX" is not this pilot\'s vendor (Northwind Contact): row skipped', raw: '2027-01-04,Contoso CX,csat,83' }]);
  });

  it('rejects a row whose quote is never closed, spanning to the end', () => {
    const { rows, rejected } = read(`${HEADER}2027-01-04,csat,80,,"open\n2027-01-05,csat,81,,\n`);
    expect(rows).toEqual([]);
    expect(rejected[0].line).toBe(2);
    expect(rejected[0].reason).toMatch(/quoted field is never closed/);
  });

  it('counts rows before and after the pilot window (kept, not judged)', () => {
    const { rows, reader } = read(`${HEADER}2027-01-03,csat,80,,\n2027-01-04,csat,80,,\n2027-01-31,csat,80,,\n2027-02-01,csat,80,,\n2027-02-02,csat,80,,\n`);
    expect(rows).toHaveLength(5);
    expect(reader.counts).toMatchObject({ rows: 5, baseline: 1, after: 2 });
  });

  it('uses the mapping the person chose', () => {
    const text = 'when,metric,result,extra\n2027-01-04,csat,80,x\n';
    expect(read(text).reader.mapped).toBe(false);
    const { rows } = read(text, { date: 0, kpi: 1, value: 2, n: null, note: 3, vendor: null });
    expect(rows).toEqual([{ kpiId: 'csat', date: '2027-01-04', value: 80, note: 'x' }]);
  });
});

describe('files with no rows', () => {
  it('says so for an empty file and a header-only file', () => {
    const empty = new MeasurementCsvReader(TARGET, dialectOf('x'), testCollectors);
    empty.push([['']]);
    expect(empty.finalProblem()).toBe('The file has no header line and no rows.');
    const headerOnly = read('date,kpi,value\n');
    expect(headerOnly.rows).toEqual([]);
    expect(headerOnly.reader.finalProblem()).toBe('The file has a header line but no rows of measurements.');
  });

  it('works on plain arrays fed in batches, with rows waiting for the mapping', () => {
    const reader = new MeasurementCsvReader(TARGET, dialectOf('a,b'), testCollectors);
    reader.push([['Datum', 'KPI', 'Wert'], ['2027-01-04', 'csat', '80']]);
    reader.push([['2027-01-05', 'csat', '81']]);
    expect(reader.pending).toBe(2);
    reader.setMapping(reader.suggested!);
    reader.push([['2027-01-06', 'csat', '82']]);
    expect(drain(reader).rows.map((r) => r.date)).toEqual(['2027-01-04', '2027-01-05', '2027-01-06']);
    expect(reader.preview.map((p) => p.line)).toEqual([2, 3, 4]);
  });
});
