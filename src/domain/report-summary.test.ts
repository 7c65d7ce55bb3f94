import { rowsFromMeasurements } from './pilot-rows-build';
import { measurementsOf } from './pilot-rows';
import { describe, expect, it } from 'vitest';
import { consensusCells } from './consensus';
import { evaluatePilot } from './pilot';
import { NO_OPEN_RISKS } from './report-risks';
import { executiveSummary } from './report-summary';
import { buildRobustnessModel } from './robustness/model';
import { DEFAULT_STABILITY, rankStability } from './robustness/monte-carlo';
import { exampleWithTwoContenders } from './robustness/two-contenders-example';
import { criteriaById, incompleteTexts } from './results-text';
import { rankVendors } from './scoring';
import { makeAssessment, makeCategory, makeCriterion, makeVendors, scoresOf } from './test-factories';
import type { Assessment } from './types';
import { workedExample } from './worked-example';

function summary(a: Assessment, withStability = false) {
  const ranking = rankVendors(a);
  const model = buildRobustnessModel(a, ranking);
  return executiveSummary({
    assessment: a,
    ranking,
    cells: consensusCells(a.scale, a.scores),
    evaluations: a.pilots.map(evaluatePilot),
    model,
    stability: withStability ? { model, options: DEFAULT_STABILITY, shares: rankStability(model) } : null,
  });
}

describe('the executive summary', () => {
  it('gives the worked example’s winner, margin, verdict, pilot decision and risks (the Results screen’s figures)', () => {
    const s = summary(workedExample());
    expect(s.winner).toBe('Northwind Contact: 72.8 out of 100, qualified.');
    expect(s.margin).toBe('3.9 points ahead of Fabrikam Support (68.9, provisional).');
    expect(s.robustness.word).toBe('Not tested');
    expect(s.pilots).toEqual([
      {
        word: 'GO',
        tone: 'ok',
        title: expect.stringMatching(/^Q1 pilot with Northwind Contact \(.+ to .+\)$/),
        reasons: ['Scorecard 98.2 is at or above the GO line of 90 (coverage 100 %)'],
        recorded: null,
      },
    ]);
    expect(s.risks).toEqual([
      'Disqualified: Contoso CX (Independent audits: 2.5 < 3).',
      'Provisional, so its total may still move: Fabrikam Support (67.5 % of the weight scored).',
    ]);
  });

  it('reads a firm winner once rank stability is known', () => {
    const s = summary(exampleWithTwoContenders(), true);
    expect(s.margin).toBe('6.3 points ahead of Tailspin Service (66.5, qualified).');
    expect(s.robustness.word).toBe('Firm');
  });

  it('gives the latest recorded decision, and a risk when the data now says otherwise', () => {
    const a = workedExample();
    a.pilots[0].decisions = [
      { at: '2027-02-01T10:00:00.000Z', outcome: 'go', by: 'Steering committee', rationale: 'Fine.' },
      { at: '2027-02-02T10:00:00.000Z', outcome: 'extend', by: 'Dana', rationale: 'Oops.', corrects: '2027-02-01T10:00:00.000Z' },
    ];
    const s = summary(a);
    expect(s.pilots[0].recorded).toMatch(/^Recorded EXTEND by Dana — no computed decision was stored with it \(.+\)\.$/);
    expect(s.risks).toContain('Q1 pilot: the recorded decision is EXTEND, but the data now says GO.');
  });

  it('lists a pilot that is not GO, KPIs under their threshold, and the leader without a pilot', () => {
    const a = workedExample();
    const pilot = a.pilots[0];
    pilot.vendorId = 'fabrikam';
    // FCR (not a gate) falls under its 70 % threshold; the scorecard falls between the lines: EXTEND.
    pilot.measurements = rowsFromMeasurements(measurementsOf(pilot.measurements).map((m) => (m.kpiId === 'fcr' ? { ...m, value: 50 } : m)));
    const s = summary(a);
    expect(s.pilots[0].word).toBe('EXTEND');
    expect(s.risks).toEqual([
      'Disqualified: Contoso CX (Independent audits: 2.5 < 3).',
      'Provisional, so its total may still move: Fabrikam Support (67.5 % of the weight scored).',
      `Q1 pilot reads EXTEND: ${s.pilots[0].reasons.join('; ')}.`,
      'Q1 pilot: FCR 50 % misses its threshold (not a gate).',
      'No pilot with Northwind Contact, the leader, yet.',
    ]);
  });

  it('names the scores the evaluators disagree on', () => {
    const a = workedExample();
    a.scores = a.scores.map((s) => (s.vendorId === 'northwind' && s.criterionId === 'sec-attestation' && s.evaluatorId === 'ana' ? { ...s, value: 1 } : s));
    expect(summary(a).risks.at(-1)).toBe('The evaluators disagree on one score (marked ⚠ in the appendix): Independent audits for Northwind Contact.');
  });

  it('says plainly when nothing is scored, nobody qualifies or the lead is shared', () => {
    const empty = summary(makeAssessment({ categories: [makeCategory('k', 1, [makeCriterion('c')])], vendors: makeVendors('x') }));
    expect([empty.winner, empty.margin, empty.pilots]).toEqual(['None yet: no vendor has been scored.', '—', []]);
    expect(empty.risks).toEqual(['Provisional, so its total may still move: Vendor x (Nothing scored yet).']);
    expect(NO_OPEN_RISKS).toMatch(/^None found/);

    const tie = summary(
      makeAssessment({
        categories: [makeCategory('k', 1, [makeCriterion('c')])],
        vendors: makeVendors('x', 'y'),
        scores: [...scoresOf('x', { c: 2 }), ...scoresOf('y', { c: 2 })],
      }),
    );
    expect([tie.winner, tie.margin, tie.robustness.word]).toEqual(['No single winner: Vendor x and Vendor y share the lead with 40.0.', 'None: a tie.', 'No single winner']);
  });

  it('says why a provisional leader is provisional, and when it leads by status rather than points', () => {
    const a = workedExample();
    // Northwind loses its only technology score: (0.5 × 87.5 + 0.3 × 70) / 0.8 = 80.94, provisional like Fabrikam.
    a.scores = a.scores.filter((s) => !(s.vendorId === 'northwind' && s.criterionId === 'tech-integration'));
    const s = summary(a);
    const northwind = rankVendors(a).find((v) => v.vendorId === 'northwind')!;
    expect(s.winner).toBe(`Northwind Contact: 80.9 out of 100, provisional: ${incompleteTexts(northwind, criteriaById(a.categories)).join('; ')}.`);
    expect(s.margin).toBe('12.0 points ahead of Fabrikam Support (68.9, provisional).');

    const byStatus = summary(exampleWithTwoContenders());
    expect(byStatus.winner).toBe('Northwind Contact: 72.8 out of 100, qualified.');
    const b = workedExample();
    b.scores.push({ vendorId: 'fabrikam', criterionId: 'sec-attestation', evaluatorId: 'ben', value: 5 });
    expect(summary(b).margin).toBe('First as the best fully scored vendor: Fabrikam Support scores 80.0 but is provisional.');
  });
});
