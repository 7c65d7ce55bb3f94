import { storedScores } from './stored-scores-test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { insertAssessment, loadAssessment } from './assessments-repo';
import { deleteAssessmentAndUndo, forgetMerge, getMergeUndo, replaceAssessment, undoMerge, writeMerge, type MergeUndo } from './import-repo';
import { mergeEvaluators } from '../domain/merge';
import { makeStoredSample, makeVendor, scoresOf } from '../domain/test-factories';
import type { Assessment } from '../domain/types';

const T0 = '2026-11-01T00:00:00.000Z';

function sample(partial: Partial<Assessment> = {}): Assessment {
  return makeStoredSample({ updatedAt: T0, ...partial });
}

/** Everything stored, as comparable plain data (records of every table). */
async function snapshot() {
  return {
    assessments: await db.assessments.toArray(),
    scores: await db.scoreBlocks.orderBy(':id').toArray(),
    pilots: await db.pilots.toArray(),
    measurements: await db.measurementBlocks.toArray(),
    settings: await db.settings.toArray(),
  };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('replaceAssessment', () => {
  it('removes every record of the id and writes the new ones', async () => {
    await insertAssessment(sample());
    await insertAssessment(sample({ id: 'other', name: 'Other' }));
    const file = sample({ name: 'From the file', updatedAt: '2026-11-05T00:00:00.000Z', vendors: [makeVendor('v1')], scores: scoresOf('v1', { c2: 5 }), pilots: [] });
    await replaceAssessment(file, T0);
    const loaded = await loadAssessment('a1');
    expect(loaded).toEqual(file);
    expect(await db.pilots.where('assessmentId').equals('a1').count()).toBe(0);
    expect(await db.measurementBlocks.where('assessmentId').equals('a1').count()).toBe(0);
    // Another assessment is untouched.
    expect((await loadAssessment('other'))?.scores).toHaveLength(3);
  });

  it('is all or nothing: a failing write leaves the stored assessment byte for byte as it was', async () => {
    await insertAssessment(sample());
    const before = await snapshot();
    // A note IndexedDB cannot store (validation would refuse it earlier): the write fails inside the transaction.
    const bad = sample({ name: 'Half written', scores: [{ ...scoresOf('v1', { c1: 1 })[0], note: (() => 1) as never }] });
    await expect(replaceAssessment(bad)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses, writing nothing, when another tab changed the assessment since the user chose', async () => {
    await insertAssessment(sample({ updatedAt: '2026-11-09T00:00:00.000Z' }));
    const before = await snapshot();
    await expect(replaceAssessment(sample({ name: 'Late' }), T0)).rejects.toThrow('changed (or deleted) in another tab');
    expect(await snapshot()).toEqual(before);
  });
});

describe('merge and undo', () => {
  async function merged() {
    const stored = sample();
    await insertAssessment(stored);
    const file = sample({
      evaluators: [{ id: 'e1', name: 'Evaluator 1' }, { id: 'chloe', name: 'Chloé' }],
      scores: [...scoresOf('v2', { c2: 2 }, 'chloe')],
    });
    const result = mergeEvaluators(stored, file, '2026-11-10T00:00:00.000Z');
    if (!result.ok) throw new Error(result.reason);
    const undo: MergeUndo = { assessmentId: 'a1', fileName: 'chloe.json', mergedAt: result.assessment.updatedAt, summary: result.summary, before: stored };
    await writeMerge(result.assessment, undo);
    return { stored, after: result.assessment };
  }

  it('writes the merged assessment and its undo together', async () => {
    const { after } = await merged();
    expect(await loadAssessment('a1')).toEqual(after);
    const undo = await getMergeUndo('a1');
    expect(undo?.summary.scoresAdded).toBe(1);
    expect(undo?.before.evaluators).toHaveLength(1);
  });

  it('undo restores the previous assessment in one step, with a fresh updatedAt, and forgets the merge', async () => {
    const { stored } = await merged();
    expect(await undoMerge('a1', '2026-11-11T00:00:00.000Z')).toBe(true);
    expect(await loadAssessment('a1')).toEqual({ ...stored, updatedAt: '2026-11-11T00:00:00.000Z' });
    expect(await getMergeUndo('a1')).toBeUndefined();
    expect(await undoMerge('a1', '2026-11-12T00:00:00.000Z')).toBe(false);
  });

  it('a merge over a version changed meanwhile writes nothing, not even the undo', async () => {
    const stored = sample();
    await insertAssessment({ ...stored, updatedAt: '2026-11-09T00:00:00.000Z' });
    const before = await snapshot();
    const undo: MergeUndo = { assessmentId: 'a1', fileName: 'f.json', mergedAt: 'x', summary: {} as MergeUndo['summary'], before: stored };
    await expect(writeMerge({ ...stored, name: 'merged' }, undo)).rejects.toThrow('another tab');
    expect(await snapshot()).toEqual(before);
  });

  it('forgetMerge forgets the undo and keeps the merged assessment', async () => {
    const { after } = await merged();
    await forgetMerge('a1');
    expect(await getMergeUndo('a1')).toBeUndefined();
    expect(await loadAssessment('a1')).toEqual(after);
  });

  it('replacing drops a pending undo (it would restore a version older than the replacement)', async () => {
    await merged();
    await replaceAssessment(sample({ name: 'Replaced' }));
    expect(await getMergeUndo('a1')).toBeUndefined();
    expect((await loadAssessment('a1'))?.name).toBe('Replaced');
  });
});

describe('deleteAssessmentAndUndo', () => {
  it('deletes every record of the assessment and its pending undo, and nothing else', async () => {
    await insertAssessment(sample());
    await insertAssessment(sample({ id: 'other' }));
    await writeMerge({ ...sample(), name: 'Merged', updatedAt: '2026-11-10T00:00:00.000Z' }, { assessmentId: 'a1', fileName: 'f', mergedAt: '2026-11-10T00:00:00.000Z', summary: {} as MergeUndo['summary'], before: sample() });
    await deleteAssessmentAndUndo('a1');
    expect(await loadAssessment('a1')).toBeUndefined();
    expect(await getMergeUndo('a1')).toBeUndefined();
    expect((await storedScores('a1')).length).toBe(0);
    expect(await db.measurementBlocks.where('assessmentId').equals('a1').count()).toBe(0);
    expect(await loadAssessment('other')).toBeDefined();
  });
});
