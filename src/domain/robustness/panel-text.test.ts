import { describe, expect, it } from 'vitest';
import { rankVendors } from '../scoring';
import { buildRobustnessModel } from './model';
import type { Assessment } from '../types';
import { workedExample } from '../worked-example';
import { closeCallNote, inactiveCategoryNames, NEEDS_TWO_CONTENDERS, winnerChecksApply } from './panel-text';
import { exampleWithTwoContenders } from './two-contenders-example';

const modelOf = (a: Assessment) => buildRobustnessModel(a, rankVendors(a));

/** The example with some of Tailspin's scores replaced. */
function withTailspin(values: Record<string, number>): Assessment {
  const a = exampleWithTwoContenders();
  for (const s of a.scores) if (s.vendorId === 'tailspin') s.value = values[s.criterionId] ?? s.value;
  return a;
}

describe('closeCallNote', () => {
  it('states a clear lead plainly', () => {
    const model = modelOf(exampleWithTwoContenders());
    expect(closeCallNote(model)).toEqual({
      tone: 'lead',
      label: null,
      text: 'Northwind Contact leads Tailspin Service by 6.3 points.',
      hint: 'Not a close call: the gap is 5 points or more.',
    });
    expect(winnerChecksApply(model)).toBe(true);
  });

  it('warns of a close call with the gap, the label said once', () => {
    const note = closeCallNote(modelOf(withTailspin({ 'fit-philosophy': 4 })));
    expect(note.tone).toBe('warn');
    expect(note.label).toBe('Close call');
    expect(note.text).toBe(
      'Northwind Contact leads Tailspin Service by 0.3 points, less than 5 points. Small changes in weights or scores could change the winner.',
    );
  });

  it('says there is no single winner when two share rank 1, and why the other checks wait', () => {
    // Tailspin equal to Northwind on every criterion: 72.75 each.
    const model = modelOf(withTailspin({ 'sec-attestation': 4.5, 'fit-philosophy': 3.5, 'tech-integration': 2 }));
    const note = closeCallNote(model);
    expect(note).toMatchObject({ tone: 'warn', label: 'No single winner' });
    expect(note.text).toBe('Northwind Contact and Tailspin Service share first place.');
    expect(note.hint).toContain('wait until one vendor is ahead');
    expect(winnerChecksApply(model)).toBe(false);
  });

  it('explains how to get two contenders when there is only one', () => {
    const model = modelOf(workedExample());
    const note = closeCallNote(model);
    expect(note).toEqual({
      tone: 'missing',
      label: null,
      text: 'Northwind Contact is the only qualified vendor, so nobody can overtake it.',
      hint: NEEDS_TWO_CONTENDERS,
    });
    expect(NEEDS_TWO_CONTENDERS).toMatch(/^Robustness needs at least two qualified vendors: score every weighted criterion/);
    expect(winnerChecksApply(model)).toBe(false);
  });

  it('explains it when nobody is qualified', () => {
    const note = closeCallNote(modelOf({ ...workedExample(), scores: [] }));
    expect(note.text).toBe('No vendor is qualified yet, so there is no winner to test.');
    expect(note.hint).toBe(NEEDS_TWO_CONTENDERS);
  });
});

describe('inactiveCategoryNames', () => {
  it('names the categories left out for carrying no weight', () => {
    const a = exampleWithTwoContenders();
    a.categories[2].weight = 0;
    expect(inactiveCategoryNames(a.categories, modelOf(a))).toEqual(['Technology and integration']);
    expect(inactiveCategoryNames(workedExample().categories, modelOf(workedExample()))).toEqual([]);
  });
});
