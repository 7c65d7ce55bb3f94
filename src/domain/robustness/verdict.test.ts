import { describe, expect, it } from 'vitest';
import { workedExample } from '../worked-example';
import { weightBreakEven } from './break-even';
import { buildRobustnessModel, closeCall } from './model';
import { DEFAULT_STABILITY, rankStability } from './monte-carlo';
import { scoreFlip } from './score-flip';
import { breakEvenSentence, closeCallSentence, scoreFlipSentence, stabilitySentence } from './sentences';
import { exampleWithTwoContenders } from './two-contenders-example';
import { workedExampleWithTailspin } from './test-fixtures';
import { robustnessVerdict } from './verdict';
import { makeAssessment, makeCategory, makeCriterion, makeVendors, scoresOf } from '../test-factories';
import type { Assessment } from '../types';

function verdict(a: Assessment, withStability = true) {
  const model = buildRobustnessModel(a);
  const stability = withStability ? { model, options: DEFAULT_STABILITY, shares: rankStability(model) } : null;
  return robustnessVerdict(a, model, stability);
}

describe('robustnessVerdict', () => {
  it('is not tested with one qualified vendor (the worked example)', () => {
    expect(verdict(workedExample())).toEqual({
      word: 'Not tested',
      tone: 'neutral',
      sentences: ['Northwind Contact is the only qualified vendor, so nobody can overtake it.', 'The checks need at least two qualified vendors.'],
    });
  });

  it('calls a lead under 5 points a close call, with rank stability, the nearest break-even and the score flip', () => {
    // The Robustness panel's own sentences (worded and tested in sentences.test.ts), picked and ordered.
    const a = workedExampleWithTailspin();
    const model = buildRobustnessModel(a);
    const shares = rankStability(model);
    const v = robustnessVerdict(a, model, { model, options: DEFAULT_STABILITY, shares });
    expect(v.word).toBe('Close call');
    expect(v.tone).toBe('warn');
    // Technology's break-even (20 % → 25.9 %, 5.9 points away) is nearer than security's (50 % → 39.5 %).
    const tech = weightBreakEven(model).find((entry) => entry.categoryId === 'tech')!;
    expect(v.sentences).toEqual([
      closeCallSentence(model, closeCall(model)),
      stabilitySentence(model, shares, DEFAULT_STABILITY),
      breakEvenSentence(model, tech),
      scoreFlipSentence(model, a, scoreFlip(a, model)),
    ]);
    expect(v.sentences[0]).toMatch(/^Close call: Northwind Contact leads Tailspin Service by 4.8 points/);
  });

  it('is firm when the lead is 5 points or more and the winner is first in at least 90 % of the draws', () => {
    const v = verdict(exampleWithTwoContenders());
    expect(v.word).toBe('Firm');
    expect(v.tone).toBe('ok');
    expect(v.sentences[0]).toBe('Northwind Contact leads Tailspin Service by 6.3 points.');
    expect(v.sentences[1]).toMatch(/^Northwind Contact ranks first in 100 % of plausible weightings/);
  });

  it('says "Clear lead" while rank stability is not known, and ignores a run for other figures', () => {
    expect(verdict(exampleWithTwoContenders(), false).word).toBe('Clear lead');
    const a = exampleWithTwoContenders();
    const model = buildRobustnessModel(a);
    const stale = buildRobustnessModel(workedExampleWithTailspin());
    const v = robustnessVerdict(a, model, { model: stale, options: DEFAULT_STABILITY, shares: rankStability(stale) });
    expect(v.word).toBe('Clear lead');
    expect(v.sentences.at(-1)).toBe('Rank stability is still being computed.');
  });

  it('is sensitive to the weights when the winner is first in under 90 % of the draws', () => {
    // Two categories; x leads on the heavier one by a wide margin, y on the lighter one: ±90 % weights flip it often.
    const a = makeAssessment({
      categories: [makeCategory('k1', 55, [makeCriterion('c1')]), makeCategory('k2', 45, [makeCriterion('c2')])],
      vendors: makeVendors('x', 'y'),
      scores: [...scoresOf('x', { c1: 5, c2: 0 }), ...scoresOf('y', { c1: 0, c2: 5 })],
    });
    const model = buildRobustnessModel(a);
    const options = { ...DEFAULT_STABILITY, spread: 0.9 };
    const v = robustnessVerdict(a, model, { model, options, shares: rankStability(model, options) });
    expect(v.word).toBe('Sensitive to the weights');
    expect(v.sentences[1]).toMatch(/^Vendor x ranks first in \d+(\.\d)? % of plausible weightings/);
  });

  it('names no single winner on a tie at rank 1', () => {
    const a = makeAssessment({
      categories: [makeCategory('k', 1, [makeCriterion('c')])],
      vendors: makeVendors('x', 'y'),
      scores: [...scoresOf('x', { c: 2 }), ...scoresOf('y', { c: 2 })],
    });
    expect(verdict(a)).toMatchObject({ word: 'No single winner', sentences: ['No single winner: Vendor x and Vendor y share first place.'] });
  });
});
