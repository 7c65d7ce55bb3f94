// The scoring sheet CSV (SPEC §6): vendor and criterion by id or exact name, optional evaluator, scores
// on the scale, empty scores skipped, duplicates and hand-edited mismatches rejected by line.
import { describe, expect, it } from 'vitest';
import { missingOf, problemOf } from './columns';
import { SCORE_KIND, SCORE_SPEC, type ScoreSheetTarget } from './score-rows';
import { readAs } from './test-helpers';

const TARGET: ScoreSheetTarget = {
  scale: { min: 0, max: 5 },
  vendors: [
    { id: 'northwind', name: 'Northwind Contact' },
    { id: 'contoso', name: 'Contoso CX' },
    { id: 'twin-a', name: 'Twin' },
    { id: 'twin-b', name: 'Twin' },
  ],
  criteria: [
    { id: 'sec-attestation', name: 'Independent audits' },
    { id: 'tech-integration', name: 'Integration with our systems' },
  ],
  evaluators: [
    { id: 'ana', name: 'Ana (Procurement)' },
    { id: 'ben', name: 'Ben (CX)' },
  ],
  defaultEvaluatorId: 'ben',
};
const read = (text: string) => readAs(SCORE_KIND, TARGET, text);
const reasons = (text: string) => read(text).rejected.map((r) => `${r.line}: ${r.reason}`);

describe('scoring sheet CSV', () => {
  it('reads names or ids in any case; a blank evaluator means the chosen one', () => {
    const { rows, rejected, reader } = read(
      'vendor,criterion,evaluator,score,note\n' +
        'Northwind Contact,Independent audits,,4,SOC 2 type II\n' +
        'contoso,INTEGRATION WITH OUR SYSTEMS,ana,2.5,\n' +
        'northwind,tech-integration,Ana (Procurement),0,\n',
    );
    expect(reader.exact).toBe(true);
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      { vendorId: 'northwind', criterionId: 'sec-attestation', evaluatorId: 'ben', value: 4, note: 'SOC 2 type II' },
      { vendorId: 'contoso', criterionId: 'tech-integration', evaluatorId: 'ana', value: 2.5, note: '' },
      { vendorId: 'northwind', criterionId: 'tech-integration', evaluatorId: 'ana', value: 0, note: '' },
    ]);
  });

  it('rejects scores outside the scale or not numbers, with the line number', () => {
    expect(reasons('vendor,criterion,score\nnorthwind,sec-attestation,7\nnorthwind,sec-attestation,-1\ncontoso,sec-attestation,good\ncontoso,tech-integration,5\n')).toEqual([
      '2: score 7 is outside the scale 0–5',
      '3: score -1 is outside the scale 0–5',
      '4: score: "good" is not a number',
    ]);
  });

  it('skips rows with an empty score (counted, not listed, never imported)', () => {
    const { rows, rejected, reader } = read('vendor,criterion,score\nnorthwind,sec-attestation,\nunknown,nothing,  \ncontoso,sec-attestation,3\n');
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(reader.counts).toMatchObject({ rows: 1, rejected: 0, skipped: 2 });
  });

  it('names unknown, empty and ambiguous vendors, criteria and evaluators', () => {
    expect(reasons('vendor,criterion,evaluator,score\nAcme,Independent audits,,1\n,sec-attestation,,1\nTwin,sec-attestation,,1\nnorthwind,Price,Zed,1\n')).toEqual([
      '2: unknown vendor "Acme": this assessment has "Northwind Contact", "Contoso CX", "Twin", "Twin"',
      '3: the vendor is empty',
      '4: two vendors are called "Twin": give the vendor id instead',
      '5: unknown criterion "Price": this assessment has "Independent audits", "Integration with our systems"; unknown evaluator "Zed": this assessment has "Ana (Procurement)", "Ben (CX)"',
    ]);
  });

  it('prefers the id columns, accepts a stale name, and rejects a name that points elsewhere', () => {
    const { rows, rejected } = read(
      'vendor,criterion,score,vendorId,criterionId,evaluatorId\n' +
        'Northwind (old name),Independent audits,3,northwind,sec-attestation,ana\n' +
        'Contoso CX,Independent audits,3,northwind,sec-attestation,ben\n' +
        'Twin,Independent audits,1,twin-b,sec-attestation,\n',
    );
    expect(rows).toEqual([
      { vendorId: 'northwind', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 3 },
      { vendorId: 'twin-b', criterionId: 'sec-attestation', evaluatorId: 'ben', value: 1 },
    ]);
    expect(rejected.map((r) => `${r.line}: ${r.reason}`)).toEqual(['3: vendor "Contoso CX" does not match vendor id "northwind" (Northwind Contact): fix one of them']);
  });

  it('rejects a second score for the same cell and evaluator, pointing at the first', () => {
    expect(reasons('vendor,criterion,evaluator,score\nnorthwind,sec-attestation,ana,3\nNorthwind Contact,Independent audits,Ana (Procurement),4\nnorthwind,sec-attestation,ben,4\n')).toEqual([
      '3: a second score for Northwind Contact · Independent audits by Ana (Procurement) (first on line 2); only the first is imported',
    ]);
  });

  it('reads decimal commas in semicolon files and maps other header names', () => {
    const { rows, reader } = read('Anbieter;Kriterium;Bewertung;Kommentar\nContoso CX;Independent audits;3,5;gut\n');
    expect(reader.suggested).toMatchObject({ vendor: 0, criterion: 1, score: 2, note: 3, evaluator: null });
    expect(rows).toEqual([{ vendorId: 'contoso', criterionId: 'sec-attestation', evaluatorId: 'ben', value: 3.5, note: 'gut' }]);
  });

  it('needs a vendor (name or id), a criterion (name or id) and a score column', () => {
    const none = { vendor: null, criterion: null, evaluator: null, score: null, note: null, vendorId: null, criterionId: null, evaluatorId: null };
    expect(problemOf(SCORE_SPEC, ['a'], none)).toBe("Choose the file's column for Vendor or Vendor id, Criterion or Criterion id, Score.");
    expect(missingOf(SCORE_SPEC, { ...none, vendorId: 0, criterion: 1, score: 2 })).toEqual([]);
  });

  it('leaves the note out when the file has no note column (the stored note is kept)', () => {
    expect(read('vendor,criterion,score\nnorthwind,sec-attestation,2\n').rows[0]).not.toHaveProperty('note');
  });
});
