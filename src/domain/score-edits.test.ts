import { describe, expect, it } from 'vitest';
import { editScore, putScores } from './score-edits';
import { makeScore } from './test-factories';
import type { Score } from './types';

const now = '2026-12-01T10:00:00.000Z';
const ids = (s: Score) => `${s.vendorId}/${s.criterionId}/${s.evaluatorId}=${s.value}${s.note ? ` (${s.note})` : ''}`;

describe('editScore', () => {
  const scores = [makeScore('v1', 'c1', 3), makeScore('v1', 'c2', 4), makeScore('v1', 'c1', 1, 'e2')];

  it('replaces the stored score in place, stamped now', () => {
    const { scores: next, score } = editScore(scores, { vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e1' }, (old) => ({ ...old, value: 5 }), now);
    expect(next.map(ids)).toEqual(['v1/c1/e1=5', 'v1/c2/e1=4', 'v1/c1/e2=1']);
    expect(score).toEqual({ vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e1', value: 5, updatedAt: now });
    expect(scores.map(ids)).toEqual(['v1/c1/e1=3', 'v1/c2/e1=4', 'v1/c1/e2=1']);
  });

  it('adds a score for an unscored cell, and removes one left with neither value nor note', () => {
    const added = editScore(scores, { vendorId: 'v2', criterionId: 'c1', evaluatorId: 'e1' }, (old) => ({ ...old, value: 2 }), now);
    expect(added.scores.map(ids)).toEqual(['v1/c1/e1=3', 'v1/c2/e1=4', 'v1/c1/e2=1', 'v2/c1/e1=2']);
    const cleared = editScore(scores, { vendorId: 'v1', criterionId: 'c2', evaluatorId: 'e1' }, (old) => ({ ...old, value: null }), now);
    expect(cleared.scores.map(ids)).toEqual(['v1/c1/e1=3', 'v1/c1/e2=1']);
    expect(cleared.score.value).toBeNull();
  });

  it('keeps a cleared score that still has a note', () => {
    const noted = [{ ...makeScore('v1', 'c1', 3), note: 'seen' }];
    const { scores: next } = editScore(noted, { vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e1' }, (old) => ({ ...old, value: null }), now);
    expect(next.map(ids)).toEqual(['v1/c1/e1=null (seen)']);
  });
});

describe('putScores', () => {
  it('replaces, adds and removes scores by cell and evaluator, keeping the order of the rest', () => {
    const scores = [makeScore('v1', 'c1', 3), makeScore('v1', 'c2', 4), makeScore('v1', 'c1', 1, 'e2')];
    const next = putScores(scores, [makeScore('v1', 'c1', 1, 'e2'), makeScore('v2', 'c1', 5), makeScore('v1', 'c1', null), makeScore('v1', 'c2', 2)]);
    expect(next.map(ids)).toEqual(['v1/c2/e1=2', 'v1/c1/e2=1', 'v2/c1/e1=5']);
  });

  it('adds nothing for a change with neither value nor note on an unscored cell', () => {
    expect(putScores([], [makeScore('v1', 'c1', null)])).toEqual([]);
  });
});
