import { describe, expect, it } from 'vitest';
import { editScore, hasScoreContent } from './score-edits';
import { evaluatorScores, ScoreMatrix } from './score-matrix';
import { makeScore } from './test-factories';
import type { Score } from './types';

const layout = {
  vendors: [{ id: 'v1' }, { id: 'v2' }],
  categories: [{ criteria: [{ id: 'c1' }] }, { criteria: [{ id: 'c2' }, { id: 'c3' }] }],
  evaluators: [{ id: 'e1' }, { id: 'e2' }],
};

describe('ScoreMatrix', () => {
  it('lays scores out by vendor, checklist criterion and evaluator, with the consensus per cell', () => {
    const scores = [makeScore('v2', 'c3', 4, 'e2'), makeScore('v2', 'c3', 1, 'e1'), makeScore('v1', 'c2', null, 'e1')];
    scores[2].note = 'asked for the audit';
    const m = ScoreMatrix.build({ ...layout, scores });
    expect([m.cellCount, m.criterionCount, m.evaluatorCount]).toEqual([6, 3, 2]);
    const cell = m.cellOf('v2', 'c3');
    expect(cell).toBe(5);
    expect([m.mean[cell], m.count[cell], m.min[cell], m.max[cell]]).toEqual([2.5, 2, 1, 4]);
    expect([...m.value.slice(10, 12)]).toEqual([1, 4]);
    expect([...m.position.slice(10, 12)]).toEqual([1, 0]);
    // A note on an unscored cell is stored (and has a position) but counts for nothing.
    expect(m.scoreAt(m.entryOf('v1', 'c2', 'e1'))).toBe(scores[2]);
    expect(m.count[m.cellOf('v1', 'c2')]).toBe(0);
    expect(Number.isNaN(m.mean[m.cellOf('v1', 'c2')])).toBe(true);
    expect([m.cellOf('v9', 'c1'), m.cellOf('v1', 'constructor'), m.entryOf('v1', 'c1', '__proto__')]).toEqual([-1, -1, -1]);
  });

  it('counts evaluators the assessment does not list in the consensus, in slots after its own', () => {
    const m = ScoreMatrix.build({ ...layout, scores: [makeScore('v1', 'c1', 2, 'e1'), makeScore('v1', 'c1', 4, 'ghost')] });
    expect(m.evaluatorIds).toEqual(['e1', 'e2', 'ghost']);
    expect(m.listedEvaluators).toBe(2);
    expect(m.mean[0]).toBe(3);
  });

  it('follows editScore: a changed score stays in place, a cleared one leaves, a new one is appended', () => {
    let scores: Score[] = [makeScore('v1', 'c1', 2, 'e1'), makeScore('v1', 'c2', 3, 'e1'), makeScore('v2', 'c1', 5, 'e2')];
    const m = ScoreMatrix.build({ ...layout, scores });
    const edit = (ids: Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>, value: number | null) => {
      const at = m.indexOf(ids.vendorId, ids.criterionId, ids.evaluatorId);
      const result = editScore(scores, ids, (old) => ({ ...old, value }), 'now', at);
      scores = result.scores;
      expect(m.put(result.score, hasScoreContent(result.score), scores)).toBe(true);
    };
    const version = m.version;
    edit({ vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e1' }, null);
    edit({ vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e2' }, 4);
    edit({ vendorId: 'v1', criterionId: 'c2', evaluatorId: 'e1' }, 1);
    expect(scores.map((s) => `${s.vendorId}/${s.criterionId}/${s.evaluatorId}=${s.value}`)).toEqual(['v1/c2/e1=1', 'v2/c1/e2=5', 'v1/c1/e2=4']);
    const positions = ['v1/c2/e1', 'v2/c1/e2', 'v1/c1/e2', 'v1/c1/e1'].map((k) => m.indexOf(...(k.split('/') as [string, string, string])));
    expect(positions).toEqual([0, 1, 2, -1]);
    expect(m.version).toBe(version + 3);
    expect(m.changedSince(version)).toEqual([m.cellOf('v1', 'c1'), m.cellOf('v1', 'c2')]);
    expect(m.changedSince(version + 2)).toEqual([m.cellOf('v1', 'c2')]);
    expect(m.changedSince(version + 4)).toBeNull();
    const rebuilt = ScoreMatrix.build({ ...layout, scores });
    for (const field of ['value', 'position', 'mean', 'count', 'min', 'max', 'valueCount'] as const) expect(m[field]).toEqual(rebuilt[field]);
  });

  it('cannot follow scores it has no slot for, nor repeated ones: the caller builds again', () => {
    const m = ScoreMatrix.build({ ...layout, scores: [] });
    expect(m.put(makeScore('v3', 'c1', 2), true, [])).toBe(false);
    expect(m.put(makeScore('v1', 'c1', 2, 'newcomer'), true, [])).toBe(false);
    const repeated = ScoreMatrix.build({ ...layout, scores: [makeScore('v1', 'c1', 2), makeScore('v1', 'c1', 4)] });
    // The consensus still counts both, as the scores array does.
    expect([repeated.mean[0], repeated.count[0]]).toEqual([3, 2]);
    expect(repeated.indexOf('v1', 'c1', 'e1')).toBeUndefined();
    expect(repeated.put(makeScore('v1', 'c1', 5), true, [])).toBe(false);
  });

  it('forgets which cells changed long ago: a screen that looks then redraws everything', () => {
    const m = ScoreMatrix.build({ ...layout, scores: [] });
    const scores = [makeScore('v1', 'c1', 0)];
    for (let i = 0; i < 5000; i++) m.put(makeScore('v1', 'c1', i % 5), true, scores);
    expect(m.changedSince(0)).toBeNull();
    expect(m.changedSince(4990)).toEqual([0]);
  });

  it('looks up one evaluator’s scores by cell', () => {
    const m = ScoreMatrix.build({ ...layout, scores: [makeScore('v2', 'c2', 3, 'e2')] });
    expect(evaluatorScores(m, 'e2').at('v2', 'c2')?.value).toBe(3);
    expect(evaluatorScores(m, 'e2').atCell(m.cellOf('v2', 'c2'))?.value).toBe(3);
    expect(evaluatorScores(m, 'e1').at('v2', 'c2')).toBeUndefined();
    expect(evaluatorScores(m, 'nobody').at('v2', 'c2')).toBeUndefined();
    expect(evaluatorScores(null, 'e2').at('v2', 'c2')).toBeUndefined();
  });
});
