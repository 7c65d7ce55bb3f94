import { describe, expect, it } from 'vitest';
import { consensusCells } from './consensus';
import { rankVendors } from './scoring';
import { makeAssessment, makeCategory, makeCriterion, makeMustHave, makeVendor, scoresOf } from './test-factories';
import { updateCategory, updateCriterion } from './checklist-edits';
import type { Assessment } from './types';
import { joinNames } from './format';
import {
  criteriaById,
  failedMustHaveTexts,
  formatCoverage,
  headline,
  incompleteTexts,
  whyTexts,
  winnerGainSentence,
} from './results-text';
import { workedExample } from './worked-example';

function setup(a: Assessment) {
  const ranking = rankVendors(a);
  const criteria = criteriaById(a.categories);
  const cells = consensusCells(a.scale, a.scores);
  const byId = (id: string) => ranking.find((v) => v.vendorId === id)!;
  return { ranking, criteria, cells, byId };
}

describe('reasons in the ranking table (worked example)', () => {
  const { criteria, cells, byId } = setup(workedExample());

  it('names the failed must-have with its consensus and minimum', () => {
    expect(failedMustHaveTexts(byId('contoso'), criteria, cells)).toEqual(['Independent audits: 2.5 < 3']);
    expect(whyTexts(byId('contoso'), criteria, cells)).toEqual(['Independent audits: 2.5 < 3']);
  });

  it('says how much of the weight a provisional vendor has scored', () => {
    expect(whyTexts(byId('fabrikam'), criteria, cells)).toEqual(['67.5 % of the weight scored']);
  });

  it('says a qualified vendor is fully scored', () => {
    expect(whyTexts(byId('northwind'), criteria, cells)).toEqual(['Fully scored; all must-haves met']);
  });
});

describe('reason wording', () => {
  it('never rounds a failing consensus up to its minimum', () => {
    const a = makeAssessment({
      categories: [makeCategory('k', 1, [{ ...makeMustHave('m', 3), name: 'Audits' }])],
      vendors: [makeVendor('v')],
      scores: [...scoresOf('v', { m: 3 }, 'e1'), ...scoresOf('v', { m: 3 }, 'e2'), ...scoresOf('v', { m: 2.88 }, 'e3')],
    });
    const { criteria, cells, byId } = setup(a);
    expect(failedMustHaveTexts(byId('v'), criteria, cells)).toEqual(['Audits: 2.9 < 3']);
  });

  it('names unscored must-haves, and nothing scored at all', () => {
    const a = makeAssessment({
      categories: [
        makeCategory('k', 1, [
          { ...makeMustHave('m1', 3), name: 'Audits' },
          { ...makeMustHave('m2', 2), name: 'GDPR' },
          makeCriterion('c'),
        ]),
      ],
      vendors: [makeVendor('v'), makeVendor('w')],
      scores: scoresOf('v', { c: 4 }),
    });
    const { criteria, byId } = setup(a);
    expect(incompleteTexts(byId('v'), criteria)).toEqual(['33.3 % of the weight scored', 'must-haves Audits and GDPR not scored']);
    expect(incompleteTexts(byId('w'), criteria)).toEqual(['Nothing scored yet', 'must-haves Audits and GDPR not scored']);
  });

  it('keeps "100 %" for complete coverage only', () => {
    expect(formatCoverage(1)).toBe('100 %');
    expect(formatCoverage(0.9999999999999998)).toBe('100 %');
    expect(formatCoverage(0.99995)).toBe('99.9 %');
    expect(formatCoverage(0.675)).toBe('67.5 %');
  });

  it('joins names in plain English', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('headline', () => {
  it('says who leads and by how much, and who was set aside (worked example)', () => {
    const { ranking, criteria, cells } = setup(workedExample());
    expect(headline(ranking, criteria, cells)).toEqual({
      lead: 'Northwind Contact leads with 72.8, 3.9 points ahead of Fabrikam Support.',
      notes: ['Contoso CX would score 81.3 but is disqualified (Independent audits: 2.5 < 3).'],
    });
  });

  it('is null when nothing is scored', () => {
    const a = { ...workedExample(), scores: [] };
    const { ranking, criteria, cells } = setup(a);
    expect(headline(ranking, criteria, cells)).toBeNull();
  });

  it('flags a close call between two qualified vendors and shared leads', () => {
    const categories = [makeCategory('k', 1, [makeCriterion('c')])];
    const close = makeAssessment({ categories, vendors: [makeVendor('a', 'A'), makeVendor('b', 'B')], scores: [...scoresOf('a', { c: 4 }), ...scoresOf('b', { c: 3.9 })] });
    const s1 = setup(close);
    expect(headline(s1.ranking, s1.criteria, s1.cells)).toEqual({
      lead: 'A leads with 80.0, 2.0 points ahead of B.',
      notes: ['A close call: the top two are less than 5 points apart.'],
    });
    const tied = { ...close, scores: [...scoresOf('a', { c: 4 }), ...scoresOf('b', { c: 4 })] };
    const s2 = setup(tied);
    expect(headline(s2.ranking, s2.criteria, s2.cells)?.lead).toBe('A and B share the lead with 80.0.');
  });

  it('explains a leader that is first by status rather than points', () => {
    const a = makeAssessment({
      categories: [makeCategory('k', 1, [makeCriterion('c1'), makeCriterion('c2')])],
      vendors: [makeVendor('a', 'A'), makeVendor('b', 'B')],
      scores: [...scoresOf('a', { c1: 3, c2: 3 }), ...scoresOf('b', { c1: 5 })],
    });
    const { ranking, criteria, cells } = setup(a);
    expect(headline(ranking, criteria, cells)).toEqual({
      lead: 'A leads with 60.0 as the best fully scored vendor.',
      notes: ['B scores 100.0 but is provisional: 50.0 % of the weight scored.'],
    });
  });

  it('says when every scored vendor is disqualified', () => {
    const a = workedExample();
    const strict = updateCriterion(a, 'sec-attestation', { minScore: 5 });
    const { ranking, criteria, cells } = setup(strict);
    expect(headline(ranking, criteria, cells)?.lead).toBe('No vendor qualifies: every scored vendor fails a must-have.');
  });
});

describe('winnerGainSentence', () => {
  it('names the category where the winner gains most over the runner-up (worked example)', () => {
    const a = workedExample();
    expect(winnerGainSentence(rankVendors(a), a.categories)).toBe(
      'Northwind Contact gains most over Fabrikam Support on Security posture: +10.4 points of the total. ' +
        'Fabrikam Support is stronger on Cultural and brand fit (+14.6 points).',
    );
  });

  it('follows the weights', () => {
    const a = updateCategory(workedExample(), 'tech', { weight: 200 });
    const ranking = rankVendors(a);
    expect(ranking[0].vendorId).toBe('northwind');
    expect(winnerGainSentence(ranking, a.categories)).toMatch(/on Technology and integration: \+/);
  });

  it('has nothing to explain without two scored vendors', () => {
    const a = { ...workedExample(), scores: workedExample().scores.filter((s) => s.vendorId === 'northwind') };
    expect(winnerGainSentence(rankVendors(a), a.categories)).toBeNull();
  });
});
