// Worked examples of merging an evaluator's file (SPEC §5): each rule, then the summary of a
// realistic round trip.
import { describe, expect, it } from 'vitest';
import { workedContract } from './contract/test-contract';
import { mergeEvaluators, type MergeResult } from './merge';
import { makeAssessment, makeCategory, makeCriterion, makeVendors } from './test-factories';
import type { Assessment, Score } from './types';

const NOW = '2026-12-01T10:00:00.000Z';
const T1 = '2026-11-10T09:00:00.000Z';
const T2 = '2026-11-20T09:00:00.000Z';

function score(vendorId: string, criterionId: string, evaluatorId: string, value: number | null, updatedAt?: string, note?: string): Score {
  const s: Score = { vendorId, criterionId, evaluatorId, value };
  if (updatedAt) s.updatedAt = updatedAt;
  if (note) s.note = note;
  return s;
}

/** Vendors v1, v2; criteria c1, c2; evaluators ana and ben. */
function base(scores: Score[] = [], partial: Partial<Assessment> = {}): Assessment {
  return makeAssessment({
    categories: [makeCategory('k', 1, [makeCriterion('c1'), makeCriterion('c2')])],
    vendors: makeVendors('v1', 'v2'),
    evaluators: [{ id: 'ana', name: 'Ana' }, { id: 'ben', name: 'Ben' }],
    scores,
    ...partial,
  });
}

function ok(result: MergeResult) {
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const valueOf = (a: Assessment, v: string, c: string, e: string) =>
  a.scores.find((s) => s.vendorId === v && s.criterionId === c && s.evaluatorId === e);

describe('mergeEvaluators', () => {
  it('adds a new evaluator with all their scores', () => {
    const stored = base([score('v1', 'c1', 'ana', 3, T1)]);
    const file = base([score('v1', 'c1', 'chloe', 1, T2), score('v2', 'c2', 'chloe', 5, T2, 'Saw the SOC 2 report')], {
      evaluators: [{ id: 'chloe', name: 'Chloé', role: 'Security' }],
    });
    const r = ok(mergeEvaluators(stored, file, NOW));
    expect(r.changed).toBe(true);
    expect(r.assessment.evaluators).toEqual([{ id: 'ana', name: 'Ana' }, { id: 'ben', name: 'Ben' }, { id: 'chloe', name: 'Chloé', role: 'Security' }]);
    expect(r.assessment.scores).toEqual([
      score('v1', 'c1', 'ana', 3, T1),
      score('v1', 'c1', 'chloe', 1, T2),
      score('v2', 'c2', 'chloe', 5, T2, 'Saw the SOC 2 report'),
    ]);
    expect(r.assessment.updatedAt).toBe(NOW);
    expect(r.summary).toMatchObject({ scoresAdded: 2, scoresUpdated: 0, scoresKeptNewer: 0, scoresUnchanged: 0, scoresSkipped: 0 });
    expect(r.summary.evaluatorsAdded.map((e) => e.name)).toEqual(['Chloé']);
  });

  it('same evaluator: the newer file score replaces the stored one', () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ben', 2, T1)]), base([score('v1', 'c1', 'ben', 4, T2)]), NOW));
    expect(valueOf(r.assessment, 'v1', 'c1', 'ben')).toEqual(score('v1', 'c1', 'ben', 4, T2));
    expect(r.summary).toMatchObject({ scoresAdded: 0, scoresUpdated: 1, scoresKeptNewer: 0 });
  });

  it('same evaluator: an older file score does not overwrite the newer stored one', () => {
    const stored = base([score('v1', 'c1', 'ben', 2, T2)]);
    const r = ok(mergeEvaluators(stored, base([score('v1', 'c1', 'ben', 4, T1)]), NOW));
    expect(valueOf(r.assessment, 'v1', 'c1', 'ben')?.value).toBe(2);
    expect(r.summary).toMatchObject({ scoresUpdated: 0, scoresKeptNewer: 1 });
    expect(r.changed).toBe(false);
    expect(r.assessment).toBe(stored);
  });

  it('same evaluator, equal timestamps: the stored score stays', () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ben', 2, T1)]), base([score('v1', 'c1', 'ben', 4, T1)]), NOW));
    expect(valueOf(r.assessment, 'v1', 'c1', 'ben')?.value).toBe(2);
    expect(r.summary.scoresKeptNewer).toBe(1);
  });

  it('equal instants written differently still count as equal', () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ben', 2, '2026-11-10T10:00:00+01:00')]), base([score('v1', 'c1', 'ben', 4, '2026-11-10T09:00:00.000Z')]), NOW));
    expect(r.summary.scoresKeptNewer).toBe(1);
  });

  it('a file score without updatedAt counts as the oldest', () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ben', 2, T1)]), base([score('v1', 'c1', 'ben', 4)]), NOW));
    expect(valueOf(r.assessment, 'v1', 'c1', 'ben')?.value).toBe(2);
    expect(r.summary.scoresKeptNewer).toBe(1);
  });

  it('a stored score without updatedAt loses to any dated file score', () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ben', 2)]), base([score('v1', 'c1', 'ben', 4, T1)]), NOW));
    expect(valueOf(r.assessment, 'v1', 'c1', 'ben')?.value).toBe(4);
    expect(r.summary.scoresUpdated).toBe(1);
  });

  it('both without updatedAt: equal, so the stored score stays', () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ben', 2)]), base([score('v1', 'c1', 'ben', 4)]), NOW));
    expect(valueOf(r.assessment, 'v1', 'c1', 'ben')?.value).toBe(2);
    expect(r.summary.scoresKeptNewer).toBe(1);
  });

  it('an identical score is unchanged whatever its timestamp, and is not counted as kept or updated', () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ben', 3), score('v1', 'c2', 'ben', 2, T1, 'ok')]), base([score('v1', 'c1', 'ben', 3, T2), score('v1', 'c2', 'ben', 2, T1, 'ok')]), NOW));
    expect(r.summary).toMatchObject({ scoresUnchanged: 2, scoresUpdated: 0, scoresKeptNewer: 0, scoresAdded: 0 });
    expect(r.changed).toBe(false);
  });

  it('a newer note on the same value is an update', () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ben', 3, T1)]), base([score('v1', 'c1', 'ben', 3, T2, 'References checked')]), NOW));
    expect(r.summary.scoresUpdated).toBe(1);
    expect(valueOf(r.assessment, 'v1', 'c1', 'ben')?.note).toBe('References checked');
  });

  it('a newer cleared score (null, no note) removes the stored one', () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ben', 3, T1), score('v2', 'c1', 'ben', 1, T1)]), base([score('v1', 'c1', 'ben', null, T2)]), NOW));
    expect(valueOf(r.assessment, 'v1', 'c1', 'ben')).toBeUndefined();
    expect(r.assessment.scores).toHaveLength(1);
    expect(r.summary.scoresUpdated).toBe(1);
  });

  it('a cleared score for an empty cell adds nothing and is not counted', () => {
    const r = ok(mergeEvaluators(base(), base([score('v1', 'c1', 'ben', null, T2)]), NOW));
    expect(r.assessment.scores).toEqual([]);
    expect(r.summary).toMatchObject({ scoresAdded: 0, scoresUpdated: 0, scoresKeptNewer: 0, scoresUnchanged: 0 });
    expect(r.changed).toBe(false);
  });

  it("never touches another evaluator's score of the same cell", () => {
    const r = ok(mergeEvaluators(base([score('v1', 'c1', 'ana', 1, T1)]), base([score('v1', 'c1', 'ben', 5, T2)]), NOW));
    expect(valueOf(r.assessment, 'v1', 'c1', 'ana')?.value).toBe(1);
    expect(valueOf(r.assessment, 'v1', 'c1', 'ben')?.value).toBe(5);
    expect(r.summary.scoresAdded).toBe(1);
  });

  it('skips and counts scores for vendors or criteria that are not stored, and names them; they are never added', () => {
    const file = base(
      [score('v1', 'c1', 'ben', 4, T2), score('v3', 'c1', 'ben', 4, T2), score('v1', 'c9', 'ben', 2, T2), score('v3', 'c9', 'ben', 1, T2), score('v3', 'c2', 'ben', null, T2)],
      {
        vendors: [...makeVendors('v1', 'v2'), { id: 'v3', name: 'Globex BPO', status: 'candidate' }],
        categories: [makeCategory('k', 1, [makeCriterion('c1'), makeCriterion('c2'), makeCriterion('c9', 1, { name: 'Data residency' })])],
      },
    );
    const r = ok(mergeEvaluators(base(), file, NOW));
    expect(r.summary).toMatchObject({ scoresAdded: 1, scoresSkipped: 3, unknownVendors: ['Globex BPO'], unknownCriteria: ['Data residency'] });
    expect(r.assessment.vendors.map((v) => v.id)).toEqual(['v1', 'v2']);
    expect(r.assessment.categories[0].criteria.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(r.assessment.scores).toEqual([score('v1', 'c1', 'ben', 4, T2)]);
  });

  it('keeps the stored checklist, vendors, pilots, names and evaluator names', () => {
    const stored = base([], { name: 'Lead copy', evaluators: [{ id: 'ben', name: 'Ben (CX)' }] });
    const file = base([score('v1', 'c1', 'ben', 4, T2)], { name: 'Lead copy — for Ben', evaluators: [{ id: 'ben', name: 'Benjamin' }], vendors: [{ id: 'v1', name: 'Renamed', status: 'rejected' }, ...makeVendors('v2')] });
    const r = ok(mergeEvaluators(stored, file, NOW));
    expect(r.assessment.name).toBe('Lead copy');
    expect(r.assessment.evaluators).toEqual([{ id: 'ben', name: 'Ben (CX)' }]);
    expect(r.assessment.vendors).toEqual(stored.vendors);
    expect(r.summary.evaluatorsAdded).toEqual([]);
  });

  // SPEC §5 merges evaluators only; contracts (SPEC §11) are the lead's, like pilots: a returned file's
  // copy may be stale or edited, and governing terms never change by a scoring merge.
  it("keeps the stored contracts and never takes the file's", () => {
    const lead = workedContract(undefined, { id: 'lead-contract', name: 'Signed terms' });
    const stored = base([], { contracts: [lead] });
    const file = base([score('v1', 'c1', 'ben', 4, T2)], { contracts: [workedContract(undefined, { id: 'lead-contract', monthlyCharges: 1 }), workedContract(undefined, { id: 'other' })] });
    const r = ok(mergeEvaluators(stored, file, NOW));
    expect(r.changed).toBe(true);
    expect(r.assessment.contracts).toEqual([lead]);
    expect(ok(mergeEvaluators(stored, base([], { contracts: [] }), NOW)).assessment.contracts).toEqual([lead]);
  });

  it('refuses files on another scale', () => {
    const r = mergeEvaluators(base(), base([], { scale: { min: 1, max: 10 } }), NOW);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('1–10 but this assessment uses 0–5') });
  });

  it('does not change its inputs', () => {
    const stored = base([score('v1', 'c1', 'ben', 2, T1)]);
    const file = base([score('v1', 'c1', 'ben', 4, T2), score('v2', 'c1', 'chloe', 1, T2)], { evaluators: [{ id: 'ben', name: 'Ben' }, { id: 'chloe', name: 'Chloé' }] });
    const before = structuredClone([stored, file]);
    ok(mergeEvaluators(stored, file, NOW));
    expect([stored, file]).toEqual(before);
  });

  it('summarises a round trip exactly: evaluator and scores added, updated, kept because newer, unchanged, skipped', () => {
    const stored = base([
      score('v1', 'c1', 'ana', 4), // Ana's: not in the file
      score('v1', 'c1', 'ben', 5), // unchanged
      score('v1', 'c2', 'ben', 3, T1), // file newer → updated
      score('v2', 'c1', 'ben', 2, T2), // stored newer → kept
      score('v2', 'c2', 'ben', 4, T1), // equal time, different → kept
    ]);
    const file = base(
      [
        score('v1', 'c1', 'ben', 5),
        score('v1', 'c2', 'ben', 4, T2),
        score('v2', 'c1', 'ben', 1, T1),
        score('v2', 'c2', 'ben', 1, T1),
        score('v1', 'c1', 'chloe', 2, T2), // new evaluator → added
        score('v2', 'c2', 'chloe', 3, T2), // added
        score('v1', 'gone', 'chloe', 3, T2), // unknown criterion → skipped
      ],
      {
        evaluators: [{ id: 'ben', name: 'Ben' }, { id: 'chloe', name: 'Chloé' }],
        categories: [makeCategory('k', 1, [makeCriterion('c1'), makeCriterion('c2'), makeCriterion('gone', 1, { name: 'Old criterion' })])],
      },
    );
    const r = ok(mergeEvaluators(stored, file, NOW));
    expect(r.summary).toEqual({
      evaluatorsAdded: [{ id: 'chloe', name: 'Chloé' }],
      scoresAdded: 2,
      scoresUpdated: 1,
      scoresKeptNewer: 2,
      scoresUnchanged: 1,
      scoresSkipped: 1,
      unknownVendors: [],
      unknownCriteria: ['Old criterion'],
    });
    expect(r.assessment.scores.map((s) => `${s.vendorId}/${s.criterionId}/${s.evaluatorId}=${s.value}`)).toEqual([
      'v1/c1/ana=4',
      'v1/c1/ben=5',
      'v1/c2/ben=4',
      'v2/c1/ben=2',
      'v2/c2/ben=4',
      'v1/c1/chloe=2',
      'v2/c2/chloe=3',
    ]);
  });
});
