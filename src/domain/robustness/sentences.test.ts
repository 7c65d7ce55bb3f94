import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCategory, makeCriterion, makeVendors, scoresOf } from '../test-factories';
import { weightBreakEven } from './break-even';
import { buildRobustnessModel, closeCall } from './model';
import { rankStability } from './monte-carlo';
import { scoreFlip } from './score-flip';
import {
  breakEvenSentence,
  closeCallSentence,
  formatProbability,
  formatShareBeyond,
  scoreFlipSentence,
  stabilitySentence,
} from './sentences';
import { workedExampleWithTailspin } from './test-fixtures';

const example = workedExampleWithTailspin();
const model = buildRobustnessModel(example);

describe('robustness sentences', () => {
  it('warns of a close call with the gap', () => {
    expect(closeCallSentence(model, closeCall(model))).toBe(
      'Close call: Northwind Contact leads Tailspin Service by 4.8 points, less than 5 points. Small changes in weights or scores could change the winner.',
    );
  });

  it('says there is no single winner, or only one contender, or none', () => {
    const tie = buildRobustnessModel(
      makeAssessment({ categories: [makeCategory('k', 1, [makeCriterion('c')])], vendors: makeVendors('x', 'y'), scores: [...scoresOf('x', { c: 2 }), ...scoresOf('y', { c: 2 })] }),
    );
    expect(closeCallSentence(tie, closeCall(tie))).toBe('No single winner: Vendor x and Vendor y share first place.');
    const alone = buildRobustnessModel({ ...example, vendors: example.vendors.filter((v) => v.id !== 'tailspin') });
    expect(closeCallSentence(alone, closeCall(alone))).toBe('Northwind Contact is the only qualified vendor, so nobody can overtake it.');
    const none = buildRobustnessModel(makeAssessment());
    expect(closeCallSentence(none, closeCall(none))).toMatch(/No vendor is qualified yet/);
  });

  it('puts each break-even in one sentence, rounded past the true root', () => {
    const [security, culture, tech] = weightBreakEven(model).map((entry) => breakEvenSentence(model, entry));
    // Root 39.56 %: "39.5 %" is a share at which Tailspin really is ahead.
    expect(security).toBe('Security posture would need to fall from 50.0 % to 39.5 % before Tailspin Service overtakes Northwind Contact; raising it changes nothing.');
    expect(culture).toBe('Cultural and brand fit (30.0 %): no change. Northwind Contact stays first at any share from 0 % to 100 %.');
    // Root 25.869 %: "25.9 %".
    expect(tech).toBe('Technology and integration would need to rise from 20.0 % to 25.9 % before Tailspin Service overtakes Northwind Contact; lowering it changes nothing.');
  });

  it('names both directions when both have a break-even', () => {
    const sentence = breakEvenSentence(model, {
      categoryId: 'culture',
      share: 0.3,
      down: { share: 0.1, vendorId: 'tailspin', level: false },
      up: { share: 0.61234, vendorId: 'tailspin', level: false },
    });
    expect(sentence).toBe('Cultural and brand fit would need to fall from 30.0 % to 10.0 % before Tailspin Service overtakes Northwind Contact, or rise to 61.3 % before Tailspin Service does.');
  });

  it('says "draws level" when the other vendor only equals the winner at 0 or 100 %', () => {
    const sentence = breakEvenSentence(model, { categoryId: 'culture', share: 0.3, down: null, up: { share: 1, vendorId: 'tailspin', level: true } });
    expect(sentence).toBe('Cultural and brand fit would need to rise from 30.0 % to 100 % before Tailspin Service draws level with Northwind Contact; lowering it changes nothing.');
  });

  it('formats a break-even share away from the current share', () => {
    expect(formatShareBeyond(0.11437, 0.2)).toBe('11.4 %');
    expect(formatShareBeyond(0.11437, 0.05)).toBe('11.5 %');
    expect(formatShareBeyond(0.114, 0.2)).toBe('11.4 %'); // exact tenths stay as they are
    expect(formatShareBeyond(1, 0.5)).toBe('100 %');
  });

  it('describes the score flip, rounding the target past the break point, and a must-have it would breach', () => {
    const flip = scoreFlip(example, model)!;
    // 4.5 − 0.6333… = 3.8667: shown as 3.86, a value at which Tailspin has caught up.
    expect(scoreFlipSentence(model, example, flip)).toBe(
      "Northwind Contact's Independent audits score would have to drop from 4.5 to 3.86 for Tailspin Service to draw level.",
    );
    const breach = { ...flip, change: -2, to: 2.5 };
    expect(scoreFlipSentence(model, example, breach)).toMatch(/below its must-have minimum of 3, which would also disqualify Northwind Contact\.$/);
    const rise = { ...flip, vendorId: 'tailspin', change: 0.6333, from: 3, to: 3.63333 };
    expect(scoreFlipSentence(model, example, rise)).toBe(
      "Tailspin Service's Independent audits score would have to rise from 3 to 3.64 to draw level with Northwind Contact.",
    );
    expect(scoreFlipSentence(model, example, null)).toBe('No single score change within the 0–5 scale can put Tailspin Service level with Northwind Contact.');
  });

  it('states the rank stability of the most stable contender', () => {
    const options = { draws: 10_000, spread: 0.25, seed: 1 };
    const shares = rankStability(model, options);
    expect(stabilitySentence(model, shares, options)).toMatch(
      /^Northwind Contact ranks first in (\d+\.\d|100) % of plausible weightings \(10,000 draws, category weights ±25\.0 %\)\.$/,
    );
  });

  it('never rounds a possible outcome to 0 % or a doubtful one to 100 %', () => {
    expect(formatProbability(0.0004)).toBe('< 0.1 %');
    expect(formatProbability(0.9996)).toBe('> 99.9 %');
    expect(formatProbability(0)).toBe('0 %');
    expect(formatProbability(1)).toBe('100 %');
    // One decimal, as every percentage (format.ts).
    expect(formatProbability(0.8712)).toBe('87.1 %');
    expect(formatProbability(0.004)).toBe('0.4 %');
  });
});
