import { describe, expect, it } from 'vitest';
import { leanText, scalePoints } from './calibration';
import { consensusCells } from './consensus';
import { evidenceNotes, mustHaveOutcomes, scoreMatrix } from './report-appendix';
import { rankVendors } from './scoring';
import { workedExample } from './worked-example';

describe('the report appendix on the worked example (SPEC §3)', () => {
  const a = workedExample();
  const ranking = rankVendors(a);
  const cells = consensusCells(a.scale, a.scores);

  it('holds every score of every evaluator beside the consensus, vendor by vendor in ranking order', () => {
    const matrix = scoreMatrix(a, ranking, cells);
    expect(matrix.map((m) => m.title)).toEqual([
      'Northwind Contact · rank 1 · 72.8 · Qualified',
      'Fabrikam Support · rank 2 · 68.9 · Provisional',
      'Contoso CX · rank 3 · 81.3 · Disqualified',
    ]);
    const rows = (i: number) =>
      matrix[i].rows.map((r) => (r.kind === 'category' ? r.name : [r.name, r.mustHave, r.consensus, ...r.scores].join(' | ')));
    expect(rows(0)).toEqual([
      'Security posture',
      'Independent audits | Must-have (min 3) | 4.5 | 4 | 5',
      'Encryption in transit and at rest |  | 4 | 4 | —',
      'Cultural and brand fit',
      'Shared service philosophy |  | 3.5 | 3 | 4',
      'Technology and integration',
      'Integration with our systems |  | 2 | 2 | —',
    ]);
    expect(rows(1)).toContain('Encryption in transit and at rest |  | — | — | —');
    // All 13 scores of the file are in the matrix.
    const shown = matrix.flatMap((m) => m.rows.flatMap((r) => (r.kind === 'criterion' ? r.scores.filter((s) => s !== '—') : [])));
    expect(shown).toHaveLength(a.scores.filter((s) => s.value !== null).length);
  });

  it('lists every evidence note, including one on a cell not scored yet and one of an unknown evaluator', () => {
    expect(evidenceNotes(a, ranking)).toEqual([
      { key: expect.any(String), vendor: 'Fabrikam Support', criterion: 'Shared service philosophy', evaluator: 'Ana (Procurement)', score: '4', note: 'Strong brand-voice samples.' },
    ]);
    const b = workedExample();
    b.scores.push({ vendorId: 'northwind', criterionId: 'tech-integration', evaluatorId: 'ben', value: null, note: '  Awaiting the API demo.  ' });
    b.scores.push({ vendorId: 'northwind', criterionId: 'tech-integration', evaluatorId: 'gone', value: 3, note: 'From an old file.' });
    b.scores.push({ vendorId: 'northwind', criterionId: 'sec-encryption', evaluatorId: 'ana', value: 4, note: '   ' });
    const notes = evidenceNotes(b, rankVendors(b));
    expect(notes.map((n) => [n.vendor, n.criterion, n.evaluator, n.score, n.note])).toEqual([
      ['Northwind Contact', 'Integration with our systems', 'Ben (CX)', 'not scored', 'Awaiting the API demo.'],
      ['Northwind Contact', 'Integration with our systems', 'gone', '3', 'From an old file.'],
      ['Fabrikam Support', 'Shared service philosophy', 'Ana (Procurement)', '4', 'Strong brand-voice samples.'],
    ]);
  });

  it('gives each must-have’s outcome per vendor, the consensus kept on its side of the minimum', () => {
    expect(mustHaveOutcomes(a, ranking, cells).map((r) => [r.criterion, r.minimum, r.vendor, r.consensus, r.outcome])).toEqual([
      ['Independent audits', 'min 3', 'Northwind Contact', '4.5', 'Met'],
      ['Independent audits', 'min 3', 'Fabrikam Support', '3', 'Met'],
      ['Independent audits', 'min 3', 'Contoso CX', '2.5', 'Failed'],
    ]);
    const b = workedExample();
    b.scores = b.scores.filter((s) => s.vendorId !== 'fabrikam' || s.criterionId !== 'sec-attestation');
    b.scores = b.scores.map((s) => (s.vendorId === 'contoso' && s.criterionId === 'sec-attestation' && s.evaluatorId === 'ben' ? { ...s, value: 3.92 } : s));
    const rows = mustHaveOutcomes(b, rankVendors(b), consensusCells(b.scale, b.scores));
    // Contoso (2 + 3.92) / 2 = 2.96: shown as 2.9, never "3" beside "Failed".
    expect(rows.map((r) => [r.vendor, r.consensus, r.outcome])).toEqual([
      ['Northwind Contact', '4.5', 'Met'],
      ['Fabrikam Support', '—', 'Not scored'],
      ['Contoso CX', '2.9', 'Failed'],
    ]);
  });

  it('writes scale points and an evaluator’s lean as people read them', () => {
    expect([scalePoints(4), scalePoints(3.5), scalePoints(10 / 3)]).toEqual(['4', '3.5', '3.33']);
    expect([leanText(null), leanText(0.001), leanText(0.5), leanText(-0.25)]).toEqual(['—', 'none', '0.50 above', '0.25 below']);
  });
});
