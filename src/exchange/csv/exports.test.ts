// The CSV exports on the worked example (SPEC §3 table): exact text, Excel-safe cells, and each
// importable export read back by its own importer to the same data.
import { describe, expect, it } from 'vitest';
import { rankVendors } from '../../domain/scoring';
import { measurementsOf } from '../../domain/pilot-rows';
import { appendPilotRows, rowsFromMeasurements } from '../../domain/pilot-rows-build';
import type { Assessment, Measurement, Pilot } from '../../domain/types';
import { importAssessmentText } from '../import';
import exampleText from '../../data/small-assessment.json?raw';
import { csvFileName, measurementsCsv, rankingCsv, scoreMatrixCsv, scoringSheetCsv } from './exports';
import { CSV_STYLES } from './style';
import { SCORE_KIND, type ScoreSheetTarget } from './score-rows';
import { dialectOf, readAs, readMeasurementRecords } from './test-helpers';
import Papa from 'papaparse';

function example(): Assessment {
  const parsed = importAssessmentText(exampleText, { now: '2026-11-22T09:00:00.000Z' });
  if (!parsed.ok) throw new Error('the worked example does not import');
  return parsed.assessment;
}

function sheetTarget(a: Assessment, defaultEvaluatorId = a.evaluators[0].id): ScoreSheetTarget {
  return {
    scale: a.scale,
    vendors: a.vendors.map(({ id, name }) => ({ id, name })),
    criteria: a.categories.flatMap((k) => k.criteria.map(({ id, name }) => ({ id, name }))),
    evaluators: a.evaluators.map(({ id, name }) => ({ id, name })),
    defaultEvaluatorId,
  };
}

/** The pilot with `more` rows added after those of their KPIs. */
const withRows = (p: Pilot, more: Measurement[]): Pilot => ({ ...p, measurements: appendPilotRows(p.measurements, rowsFromMeasurements(more), p.kpis.map((k) => k.id)) });

describe('rankingCsv', () => {
  const HEADER =
    'rank,vendor,total,coverage (%),status,failed must-haves,Security posture,Cultural and brand fit,Technology and integration,' +
    'total (full precision),"coverage (%, full precision)",Security posture (full precision),Cultural and brand fit (full precision),Technology and integration (full precision),vendorId';

  it('writes the figures as the screen shows them, then at full precision, coverage as a percentage (SPEC §3 table)', () => {
    const a = example();
    expect(rankingCsv(a, rankVendors(a))).toBe(
      `\uFEFF${HEADER}\r\n` +
        '1,Northwind Contact,72.8,100,qualified,,87.5,70,40,72.75,100,87.5,70,40,northwind\r\n' +
        '2,Fabrikam Support,68.9,67.5,provisional,,60,80,,68.88888888888889,67.5,60,80,,fabrikam\r\n' +
        '3,Contoso CX,81.3,100,disqualified,Independent audits,62.5,100,100,81.25,100,62.5,100,100,contoso\r\n',
    );
  });

  it('writes semicolons and decimal commas for European Excel, the same figures', () => {
    const a = example();
    const lines = rankingCsv(a, rankVendors(a), CSV_STYLES.semicolon).split('\r\n');
    // A comma inside a header needs no quotes here.
    expect(lines[0]).toMatch(/^\uFEFFrank;vendor;total;coverage \(%\);status;failed must-haves;Security posture;.*;total \(full precision\);coverage \(%, full precision\);.*;vendorId$/);
    expect(lines[2]).toBe('2;Fabrikam Support;68,9;67,5;provisional;;60;80;;68,88888888888889;67,5;60;80;;fabrikam');
  });

  it('never shows 100 % coverage while something is unscored', () => {
    const a = example();
    const ranking = rankVendors(a).map((r) => (r.vendorId === 'fabrikam' ? { ...r, coverage: 0.9996 } : r));
    expect(rankingCsv(a, ranking).split('\r\n')[2]).toMatch(/^2,Fabrikam Support,68\.9,99\.9,provisional,.*,99\.96,/);
  });

  it('neutralises hostile vendor and category names but keeps numbers', () => {
    const a = example();
    a.vendors[0] = { ...a.vendors[0], name: '=HYPERLINK("http://x","y")' };
    a.vendors[1] = { ...a.vendors[1], name: '-5 Support' };
    a.categories[0] = { ...a.categories[0], name: '@risk' };
    const lines = rankingCsv(a, rankVendors(a)).split('\r\n');
    expect(lines[0]).toContain(",'@risk,");
    expect(lines[0]).toContain(",'@risk (full precision),");
    expect(lines[1]).toBe(`1,"'=HYPERLINK(""http://x"",""y"")",72.8,100,qualified,,87.5,70,40,72.75,100,87.5,70,40,northwind`);
    expect(lines[3]).toBe("3,'-5 Support,81.3,100,disqualified,Independent audits,62.5,100,100,81.25,100,62.5,100,100,contoso");
  });
});

describe('scoreMatrixCsv', () => {
  it('lists every stored score of every evaluator, in vendor, checklist and evaluator order', () => {
    const a = example();
    const lines = scoreMatrixCsv(a).split('\r\n');
    expect(lines[0]).toBe('\uFEFFvendor,criterion,evaluator,score,note,updatedAt,vendorId,criterionId,evaluatorId');
    expect(lines.slice(1, 3)).toEqual([
      'Northwind Contact,Independent audits,Ana (Procurement),4,,,northwind,sec-attestation,ana',
      'Northwind Contact,Independent audits,Ben (CX),5,,,northwind,sec-attestation,ben',
    ]);
    expect(lines.at(-2)).toBe('Fabrikam Support,Shared service philosophy,Ana (Procurement),4,Strong brand-voice samples.,,fabrikam,fit-philosophy,ana');
    expect(lines).toHaveLength(1 + a.scores.length + 1);
  });

  it('imports back as a scoring sheet to the same scores and notes, hostile notes included', () => {
    const a = example();
    a.scores = a.scores.map((s, i) => (i === 0 ? { ...s, note: '=cmd|" /C calc"!A0\nsecond line', updatedAt: '2026-11-20T08:00:00.000Z' } : s));
    const { rows, rejected } = readAs(SCORE_KIND, sheetTarget(a), scoreMatrixCsv(a));
    expect(rejected).toEqual([]);
    const key = (s: { vendorId: string; criterionId: string; evaluatorId: string }) => `${s.vendorId}/${s.criterionId}/${s.evaluatorId}`;
    const back = new Map(rows.map((r) => [key(r), r]));
    for (const s of a.scores) {
      expect(back.get(key(s))).toEqual({ vendorId: s.vendorId, criterionId: s.criterionId, evaluatorId: s.evaluatorId, value: s.value, note: s.note ?? '' });
    }
    expect(rows).toHaveLength(a.scores.length);
  });
});

describe('scoringSheetCsv', () => {
  it('has one row per vendor × criterion with guidance, must-have line and the current score', () => {
    const a = example();
    a.categories[0].criteria[0] = { ...a.categories[0].criteria[0], guidance: 'SOC 2 type II, ISO 27001' };
    const lines = scoringSheetCsv(a, 'ana').split('\r\n');
    expect(lines[0]).toBe('\uFEFFvendor,criterion,evaluator,category,guidance,must-have,score (0–5),note,vendorId,criterionId,evaluatorId');
    expect(lines[1]).toBe('Northwind Contact,Independent audits,Ana (Procurement),Security posture,"SOC 2 type II, ISO 27001",yes (at least 3),4,,northwind,sec-attestation,ana');
    expect(lines[8]).toBe('Contoso CX,Integration with our systems,Ana (Procurement),Technology and integration,,,,,contoso,tech-integration,ana');
    expect(lines).toHaveLength(1 + 3 * 4 + 1);
    expect(() => scoringSheetCsv(a, 'nobody')).toThrow(/no evaluator "nobody"/);
  });

  it('reads back (mapped exactly, the scale in brackets ignored): scored cells return, empty ones are skipped', () => {
    const a = example();
    const { rows, rejected, reader } = readAs(SCORE_KIND, sheetTarget(a, 'ben'), scoringSheetCsv(a, 'ana'));
    expect(reader.exact).toBe(true);
    expect(rejected).toEqual([]);
    const ana = a.scores.filter((s) => s.evaluatorId === 'ana');
    expect(rows.map((r) => [r.vendorId, r.criterionId, r.evaluatorId, r.value])).toEqual(ana.map((s) => [s.vendorId, s.criterionId, 'ana', s.value]));
    expect(reader.counts.skipped).toBe(12 - ana.length);
  });
});

describe('measurementsCsv', () => {
  it('writes date, kpi id, value, n and note, and imports back to the same rows', () => {
    const a = example();
    const pilot = withRows(a.pilots[0], [{ kpiId: 'aht', date: '2027-01-24', value: -0.25, note: '-5 s after the "fix", see =report' }]);
    const text = measurementsCsv(pilot);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['\uFEFFdate,kpi,value,n,note', '2026-12-28,csat,60,100,"baseline week, outside the window"', '2027-01-10,csat,84,300,']);
    expect(lines).toContain(`2027-01-24,aht,-0.25,,"'-5 s after the ""fix"", see =report"`);
    const dialect = dialectOf(text);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: dialect.delimiter, newline: dialect.newline });
    const target = { kpis: pilot.kpis, vendor: null, window: { start: pilot.start, end: pilot.end } };
    const back = readMeasurementRecords(parsed.data, target, dialect);
    expect(back.rejected).toEqual([]);
    expect(back.reader.exact).toBe(true);
    expect(back.rows).toEqual(measurementsOf(pilot.measurements));
  });
});

describe('semicolon and decimal comma exports read back through their own importers', () => {
  const eu = CSV_STYLES.semicolon;

  it('measurements: the same rows, decimals and hostile notes included', () => {
    const a = example();
    const pilot = withRows(a.pilots[0], [
      { kpiId: 'aht', date: '2027-01-24', value: -0.25, note: '-5 s; after the "fix", see =report' },
      { kpiId: 'csat', date: '2027-01-25', value: 86.12345678901234, n: 1250 },
      { kpiId: 'aht', date: '2027-01-26', value: 1.5e-7 },
    ]);
    const text = measurementsCsv(pilot, eu);
    expect(text.split('\r\n').slice(0, 2)).toEqual(['\uFEFFdate;kpi;value;n;note', '2026-12-28;csat;60;100;baseline week, outside the window']);
    expect(text).toContain('\r\n2027-01-25;csat;86,12345678901234;1250;\r\n');
    const dialect = dialectOf(text);
    expect(dialect).toMatchObject({ delimiter: ';', decimalComma: true });
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: dialect.delimiter, newline: dialect.newline });
    const back = readMeasurementRecords(parsed.data, { kpis: pilot.kpis, vendor: null, window: { start: pilot.start, end: pilot.end } }, dialect);
    expect(back.rejected).toEqual([]);
    expect(back.rows).toEqual(measurementsOf(pilot.measurements));
  });

  it('the scoring sheet and the score matrix: the same scores, half points included', () => {
    const a = example();
    a.scores = a.scores.map((s, i) => (i === 0 ? { ...s, value: 3.5, note: 'Audit; partly =done' } : s));
    const sheet = readAs(SCORE_KIND, sheetTarget(a), scoringSheetCsv(a, 'ana', eu));
    expect(sheet.rejected).toEqual([]);
    const ana = a.scores.filter((s) => s.evaluatorId === 'ana');
    expect(sheet.rows.map((r) => [r.vendorId, r.criterionId, r.value, r.note])).toEqual(ana.map((s) => [s.vendorId, s.criterionId, s.value, s.note ?? '']));
    expect(scoringSheetCsv(a, 'ana', eu)).toContain(';3,5;Audit; partly =done;'.replace('Audit; partly =done', '"Audit; partly =done"'));

    const matrix = readAs(SCORE_KIND, sheetTarget(a), scoreMatrixCsv(a, eu));
    expect(matrix.rejected).toEqual([]);
    expect(matrix.rows.map((r) => r.value)).toEqual(a.scores.map((s) => s.value));
  });
});

describe('csvFileName', () => {
  it('names the assessment, the content and the day', () => {
    expect(csvFileName({ name: 'Contact centre RFP 2027' }, 'scoring-sheet-Ana (Procurement)', '2026-11-22T10:00:00.000Z')).toBe(
      'contact-centre-rfp-2027-scoring-sheet-ana-procurement-2026-11-22.csv',
    );
  });
});
