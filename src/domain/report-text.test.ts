import { describe, expect, it } from 'vitest';
import { consensusCells } from './consensus';
import { evaluatePilot } from './pilot';
import { rankVendors } from './scoring';
import type { Decision } from './types';
import { criteriaById } from './results-text';
import { workedExample } from './worked-example';
import { decisionParts, disqualifications, kpiRows, logRows, reportFacts, reportTitle, weightRows } from './report-text';

describe('the report on the worked example (SPEC §3–4)', () => {
  const a = workedExample();

  it('lists category shares, criterion shares, effective weights and must-haves', () => {
    expect(weightRows(a.categories).map((r) => [r.kind, r.name, r.share, r.effective, r.mustHave])).toEqual([
      ['category', 'Security posture', '50.0 %', '50.0 %', ''],
      ['criterion', 'Independent audits', '75.0 %', '37.5 %', 'Must-have (min 3)'],
      ['criterion', 'Encryption in transit and at rest', '25.0 %', '12.5 %', ''],
      ['category', 'Cultural and brand fit', '30.0 %', '30.0 %', ''],
      ['criterion', 'Shared service philosophy', '100 %', '30.0 %', ''],
      ['category', 'Technology and integration', '20.0 %', '20.0 %', ''],
      ['criterion', 'Integration with our systems', '100 %', '20.0 %', ''],
    ]);
  });

  it('names each disqualified vendor with the must-have it fails', () => {
    const ranking = rankVendors(a);
    expect(disqualifications(ranking, criteriaById(a.categories), consensusCells(a.scale, a.scores))).toEqual([
      { vendorId: 'contoso', name: 'Contoso CX', reasons: ['Independent audits: 2.5 < 3'] },
    ]);
  });

  it('gives the KPI table of the pilot: value, lines, status, n, interval and attainment', () => {
    const pilot = a.pilots[0];
    const rows = kpiRows(pilot, evaluatePilot(pilot));
    expect(rows.map((r) => [r.name, r.role, r.value, r.threshold, r.target, r.status, r.n, r.ci, r.attainment])).toEqual([
      ['CSAT', 'Gate · weight 33.3 %', '86.5 %', '80 %', '85 %', 'Exceeds', '800', '84.0–88.7 %', '101.8 %'],
      ['FCR', 'Weight 33.3 %', '73 %', '70 %', '75 %', 'Pass', '—', '—', '97.3 %'],
      ['AHT', 'Weight 33.3 %', '440 s', '480 s', '420 s', 'Pass', '—', '—', '95.5 %'],
      ['Backlog', 'Tracked only', '90 tickets', '200 tickets', '100 tickets', 'Exceeds', '—', '—', 'not scored'],
    ]);
  });

  it('splits the decision word from its reasons, decisive ones first', () => {
    const parts = decisionParts(evaluatePilot(a.pilots[0]));
    expect(parts.word).toBe('GO');
    expect(parts.reasons[0]).toEqual({ text: 'Scorecard 98.2 is at or above the GO line of 90 (coverage 100 %)', decisive: true });
    expect(parts.reasons[1]).toEqual({ text: 'CSAT 86.5 % meets the 80 % gate and the 85 % target (95 % CI 84.0–88.7 %, n = 800)', decisive: false });
  });

  it('lists the decision log newest first, with corrections and disagreements', () => {
    const first: Decision = { at: '2027-02-01T10:00:00.000Z', outcome: 'extend', by: 'Ana', rationale: 'Wait for <b>week 5</b>.', computed: { decision: 'go', scorecard: 98.18, coverage: 1, reasons: [] } };
    const second: Decision = { at: '2027-02-03T10:00:00.000Z', outcome: 'go', rationale: 'Signed off.', corrects: first.at };
    const rows = logRows([first, second]);
    expect(rows.map((r) => [r.outcome, r.summary, r.rationale])).toEqual([
      ['GO', 'Recorded GO — no computed decision was stored with it', 'Signed off.'],
      ['EXTEND', 'Recorded EXTEND by Ana — data said GO, scorecard 98.2', 'Wait for <b>week 5</b>.'],
    ]);
    expect(rows[0].notes).toEqual([expect.stringMatching(/^Corrects the entry of /)]);
    expect(rows[1].notes).toEqual(['Differs from what the data said', expect.stringMatching(/^Corrected on /)]);
  });

  it('counts what the assessment holds', () => {
    expect(reportFacts(a)).toEqual({
      vendors: 3,
      criteria: 4,
      mustHaves: 1,
      evaluators: 'Ana (Procurement), Ben (CX)',
      scores: 13,
      pilots: 1,
      scale: '0–5',
    });
  });

  it('titles the document with the assessment and the day, the saved PDF’s default name', () => {
    expect(reportTitle(a.name, '2026-12-03')).toBe('Tier-1 support outsourcing (worked example) — evaluation report — 2026-12-03');
    expect(reportTitle('  ', '2026-12-03')).toBe('Assessment — evaluation report — 2026-12-03');
  });
});
