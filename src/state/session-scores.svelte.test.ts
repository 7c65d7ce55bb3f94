// AssessmentSession.setScores: many scores at once (a scoring sheet import), on screen at once and
// stored in one transaction, or not at all.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { deleteAssessment, insertAssessment, loadAssessment } from '../db/assessments-repo';
import { makeAssessment, makeCategory, makeCriterion, makeScore, makeVendor, scoresOf } from '../domain/test-factories';
import { AssessmentSession } from './assessment-session.svelte';

async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const sample = makeAssessment({
  id: 'set-scores',
  categories: [makeCategory('k1', 50, [makeCriterion('c1')]), makeCategory('k2', 50, [makeCriterion('c2')])],
  vendors: [makeVendor('v1'), makeVendor('v2')],
  scores: [...scoresOf('v1', { c1: 5, c2: 0 }), ...scoresOf('v2', { c1: 0, c2: 4 })],
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await insertAssessment(sample);
});

async function opened(): Promise<{ session: AssessmentSession; stop: () => void }> {
  const session = new AssessmentSession(sample.id);
  const stop = session.start();
  await until(() => session.loaded);
  return { session, stop };
}

describe('AssessmentSession.setScores', () => {
  it('re-ranks at once and stores every score in one write, stamped with one time', async () => {
    const { session, stop } = await opened();
    const now = '2026-12-01T10:00:00.000Z';
    const saving = session.setScores([makeScore('v2', 'c1', 5), makeScore('v1', 'c2', null), makeScore('v2', 'c2', 4, 'e2')], now);
    // Immediately, before the write finishes.
    expect(session.ranking.map((r) => [r.vendorId, r.total])).toEqual([['v2', 90], ['v1', 100]]);
    expect(session.assessment?.updatedAt).toBe(now);
    expect(await saving).toBe(true);
    const stored = (await loadAssessment(sample.id))!;
    expect(stored.updatedAt).toBe(now);
    expect(stored.scores.map((s) => `${s.vendorId}/${s.criterionId}/${s.evaluatorId}=${s.value}@${s.updatedAt ?? ''}`).sort()).toEqual([
      'v1/c1/e1=5@',
      `v2/c1/e1=5@${now}`,
      'v2/c2/e1=4@',
      `v2/c2/e2=4@${now}`,
    ]);
    expect(session.assessment?.scores).toHaveLength(4);
    stop();
  });

  it('puts the screen back when the write fails', async () => {
    const { session, stop } = await opened();
    const before = session.assessment;
    // Gone from storage (another tab deleted it) while this tab still shows it: saveScores refuses.
    stop();
    await deleteAssessment(sample.id);
    expect(await session.setScores([makeScore('v2', 'c1', 5)])).toBe(false);
    expect(session.assessment).toBe(before);
    expect(session.ranking.map((r) => r.vendorId)).toEqual(['v1', 'v2']);
  });
});
