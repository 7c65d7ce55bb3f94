import { describe, expect, it } from 'vitest';
import { editScore, hasScoreContent } from '../domain/score-edits';
import { makeAssessment, makeCategory, makeCriterion, makeVendors, scoresOf } from '../domain/test-factories';
import type { Assessment } from '../domain/types';
import { ScoreMatrixSync } from './score-matrix-sync';

const sample = makeAssessment({
  categories: [makeCategory('k', 1, [makeCriterion('c1'), makeCriterion('c2')])],
  vendors: makeVendors('v1', 'v2'),
  scores: [...scoresOf('v1', { c1: 5, c2: 0 }), ...scoresOf('v2', { c1: 1 })],
});

/** What the session does for a score typed in the grid. */
function typed(sync: ScoreMatrixSync, a: Assessment, vendorId: string, criterionId: string, value: number | null): Assessment {
  const ids = { vendorId, criterionId, evaluatorId: 'e1' };
  const { scores, score } = editScore(a.scores, ids, (old) => ({ ...old, value }), 'now', sync.indexIn(a.scores, ids));
  sync.edited(a.scores, scores, score, hasScoreContent(score));
  return { ...a, scores };
}

describe('ScoreMatrixSync', () => {
  it('patches the matrix it holds for a score typed here, with a new version for the screen', () => {
    const sync = new ScoreMatrixSync();
    const first = sync.sync(sample);
    expect(sync.sync(sample)).toBe(first);
    const next = typed(sync, sample, 'v2', 'c2', 4);
    const second = sync.sync(next);
    expect(second).not.toBe(first);
    expect(second.matrix).toBe(first.matrix);
    expect(second.matrix.mean[second.matrix.cellOf('v2', 'c2')]).toBe(4);
    expect(sync.indexIn(next.scores, { vendorId: 'v2', criterionId: 'c2', evaluatorId: 'e1' })).toBe(3);
    expect(sync.indexIn(sample.scores, { vendorId: 'v2', criterionId: 'c2', evaluatorId: 'e1' })).toBeUndefined();
  });

  it('keeps the matrix for a weight change (same scores and ids), builds again for new ids or other scores', () => {
    const sync = new ScoreMatrixSync();
    const first = sync.sync(sample);
    const reweighted = { ...sample, categories: [{ ...sample.categories[0], weight: 3 }] };
    expect(sync.sync(reweighted)).toBe(first);
    const withVendor = { ...reweighted, vendors: [...sample.vendors, ...makeVendors('v3')] };
    expect(sync.sync(withVendor).matrix).not.toBe(first.matrix);
    expect(sync.sync(withVendor).matrix.vendorIds).toEqual(['v1', 'v2', 'v3']);
    // Read back from storage: equal content, another array: built again.
    const reloaded = structuredClone(withVendor);
    const third = sync.sync(reloaded);
    expect(third.matrix).not.toBe(sync.sync(withVendor).matrix);
  });

  it('builds again when the screen goes back (a failed write) or an edit was not on the scores it holds', () => {
    const sync = new ScoreMatrixSync();
    const first = sync.sync(sample);
    const next = typed(sync, sample, 'v1', 'c1', 2);
    // The write failed: the screen shows `sample` again, which the patched matrix no longer shows.
    const back = sync.sync(sample);
    expect(back.matrix).not.toBe(first.matrix);
    expect(back.matrix.mean[0]).toBe(5);
    // An edit on an array the matrix does not show is not patched in.
    const elsewhere = typed(sync, next, 'v1', 'c2', 3);
    expect(sync.sync(elsewhere).matrix).not.toBe(back.matrix);
    expect(sync.sync(elsewhere).matrix.mean[1]).toBe(3);
  });
});
