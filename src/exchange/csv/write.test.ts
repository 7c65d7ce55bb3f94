// The CSV writer on exact bytes: BOM, CRLF, quoting, formula-injection neutralising (OWASP), numbers
// that stay numbers, and a round trip through PapaParse and the importers' un-neutralising.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_STYLES, csvStyleForLocale } from './style';
import { csvCell, csvLine, neutralise, toCsv, unneutralise, type CsvValue } from './write';

const bytes = (text: string) => [...new TextEncoder().encode(text)];

describe('toCsv', () => {
  it('writes UTF-8 with a BOM, comma delimiters and CRLF after every line', () => {
    const text = toCsv(['vendor', 'total'], [['Northwind Contact', 72.75], ['Zoë Services', null]]);
    expect(text).toBe('\uFEFFvendor,total\r\nNorthwind Contact,72.75\r\nZoë Services,\r\n');
    const b = bytes(text);
    expect(b.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(b.slice(3, 9)).toEqual(bytes('vendor'));
    expect(b.slice(-2)).toEqual([0x0d, 0x0a]);
    // "ë" is two UTF-8 bytes, not a Windows code page byte.
    expect(b).toContain(0xc3);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });
});

describe('the semicolon and decimal comma style (continental European Excel)', () => {
  const eu = CSV_STYLES.semicolon;

  it('separates with semicolons and writes numbers with a decimal comma, still unquoted and never neutralised', () => {
    expect(toCsv(['vendor', 'total'], [['Northwind Contact', 72.75], ['Fabrikam', -0.25], ['Tiny', 1.5e-7]], eu)).toBe(
      '\uFEFFvendor;total\r\nNorthwind Contact;72,75\r\nFabrikam;-0,25\r\nTiny;1,5e-7\r\n',
    );
  });

  it('quotes text holding a semicolon (not a comma), and still neutralises formulas', () => {
    expect(csvLine(['a; b', 'a, b', '=1+2', '-5 Support'], eu)).toBe(`"a; b";a, b;'=1+2;'-5 Support`);
  });

  it('is the default where the decimal mark is a comma', () => {
    expect(csvStyleForLocale('de-DE')).toBe('semicolon');
    expect(csvStyleForLocale('fr-FR')).toBe('semicolon');
    expect(csvStyleForLocale('en-US')).toBe('comma');
    expect(csvStyleForLocale('en-GB')).toBe('comma');
    expect(csvStyleForLocale('not a locale!')).toBe('comma');
  });
});

describe('csvCell: formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-5 Support', "'-5 Support"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['\ncmd', `"'\ncmd"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－5', "'－5"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
  ])('neutralises %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves ordinary text alone, including a formula character further in and a plain apostrophe', () => {
    expect(csvCell('Contoso CX')).toBe('Contoso CX');
    expect(csvCell('A = B')).toBe('A = B');
    expect(csvCell(" =1")).toBe(' =1');
    expect(csvCell("'hello")).toBe("'hello");
    expect(csvCell('2027-01-04')).toBe('2027-01-04');
  });

  it('adds one more apostrophe to text that already starts with apostrophes and a formula character', () => {
    expect(csvCell("'=x")).toBe("''=x");
    expect(csvCell("''-1")).toBe("'''-1");
  });
});

describe('csvCell: numbers stay numbers', () => {
  it('writes number values unquoted and at full precision, -5 and -0.25 included', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(68.88888888888889)).toBe('68.88888888888889');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(1e21)).toBe('1e+21');
  });

  it('writes no number for NaN, Infinity, null and undefined', () => {
    expect([NaN, Infinity, -Infinity, null, undefined, ''].map((v) => csvCell(v as CsvValue))).toEqual(['', '', '', '', '', '']);
  });

  it('neutralises the text "-5" (a string is text, whatever it looks like)', () => {
    expect(csvCell('-5')).toBe("'-5");
    expect(csvLine([-5, '-5'])).toBe("-5,'-5");
  });
});

describe('csvCell: quoting', () => {
  it('quotes cells with a delimiter, a quote or a line break, doubling quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('semi;colon')).toBe('semi;colon');
  });
});

describe('round trip', () => {
  const nasty = [
    '=HYPERLINK("http://x","y")', '-5 Support', '+41 44 000 00 00', '@handle', '\tindented', '\nleading newline',
    '＝full width', "'=already quoted", "''-twice", "'plain apostrophe", 'Zoë, "quoted"\r\nsecond line', '', 'plain',
  ];

  it('reads back every text exactly after PapaParse and unneutralise', () => {
    const text = toCsv(['text', 'number'], nasty.map((t, i) => [t, i - 5]));
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data.slice(1, -1);
    expect(rows.map((r) => unneutralise(r[0]))).toEqual(nasty);
    expect(rows.map((r) => Number(r[1]))).toEqual(nasty.map((_, i) => i - 5));
  });

  it('unneutralise strips only the apostrophe neutralise added', () => {
    for (const t of nasty) expect(unneutralise(neutralise(t))).toBe(t);
    expect(unneutralise("'hello")).toBe("'hello");
    expect(unneutralise("'")).toBe("'");
    expect(unneutralise('-5')).toBe('-5');
  });
});
