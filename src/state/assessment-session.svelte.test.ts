import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { deleteAssessment, insertAssessment, loadAssessment } from '../db/assessments-repo';
import { calibrate } from '../domain/calibration';
import { updateCategory } from '../domain/checklist-edits';
import { ScoreMatrix } from '../domain/score-matrix';
import { rankVendors } from '../domain/scoring';
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
  id: 'a1',
  categories: [makeCategory('k1', 50, [makeCriterion('c1')]), makeCategory('k2', 50, [makeCriterion('c2')])],
  vendors: [makeVendor('v1'), makeVendor('v2')],
  evaluators: [{ id: 'e1', name: 'Evaluator 1' }, { id: 'e2', name: 'Evaluator 2' }],
  scores: [...scoresOf('v1', { c1: 5, c2: 0 }), ...scoresOf('v2', { c1: 0, c2: 4 })],
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await insertAssessment(sample);
});

describe('AssessmentSession', () => {
  it('re-ranks at once when a score changes, and saves it', async () => {
    const session = new AssessmentSession('a1');
    const stop = session.start();
    await until(() => session.loaded);
    expect(session.ranking.map((r) => r.vendorId)).toEqual(['v1', 'v2']);
    const saving = session.setScore('v2', 'c1', 5);
    // Immediately, before the write finishes: the ranking already reflects the edit.
    expect(session.ranking.map((r) => [r.vendorId, r.total])).toEqual([['v2', 90], ['v1', 50]]);
    expect(await saving).toBe(true);
    expect((await loadAssessment('a1'))?.scores.find((s) => s.vendorId === 'v2' && s.criterionId === 'c1')?.value).toBe(5);
    stop();
  });

  it('keeps two sessions on the same assessment in step (two tabs)', async () => {
    const tabA = new AssessmentSession('a1');
    const tabB = new AssessmentSession('a1');
    const stops = [tabA.start(), tabB.start()];
    await until(() => tabA.loaded && tabB.loaded);
    await tabA.setScore('v2', 'c1', 5);
    await until(() => tabB.ranking[0]?.vendorId === 'v2');
    await tabB.update((a) => updateCategory(a, 'k1', { weight: 0 }));
    await until(() => tabA.assessment?.categories[0].weight === 0);
    expect(tabA.ranking.map((r) => [r.vendorId, r.total])).toEqual([['v2', 80], ['v1', 0]]);
    stops.forEach((stop) => stop());
  });

  it('patches its score matrix for a score typed here, builds it again for another tab’s edit, and both equal a fresh computation', async () => {
    const tabA = new AssessmentSession('a1');
    const tabB = new AssessmentSession('a1');
    const stops = [tabA.start(), tabB.start()];
    await until(() => tabA.loaded && tabB.loaded);
    const matrix = tabA.scoreMatrix?.matrix;
    const build = vi.spyOn(ScoreMatrix, 'build');
    try {
      await tabA.setScore('v2', 'c1', 5);
      await tabA.setScore('v1', 'c2', null);
      expect(tabA.ranking.map((r) => [r.vendorId, r.total])).toEqual([['v2', 90], ['v1', 100]]);
      expect(tabA.cells.at('v2', 'c1')?.mean).toBe(5);
      expect(tabA.myScores.at('v1', 'c2')).toBeUndefined();
      expect(tabA.scoreMatrix?.matrix).toBe(matrix);
      expect(build).not.toHaveBeenCalled();
      // Another tab's edit: this tab reads the whole assessment back and builds its matrix from it.
      await tabB.setScore('v1', 'c1', 1);
      await until(() => tabA.cells.at('v1', 'c1')?.mean === 1);
      expect(build).toHaveBeenCalled();
      expect(tabA.scoreMatrix?.matrix).not.toBe(matrix);
    } finally {
      build.mockRestore();
    }
    const a = tabA.assessment!;
    expect(tabA.ranking).toEqual(rankVendors(a));
    expect(tabA.calibration).toEqual(calibrate(a));
    stops.forEach((stop) => stop());
  });

  it('falls back to the first evaluator and remembers who is scoring now', async () => {
    const session = new AssessmentSession('a1');
    const stop = session.start();
    await until(() => session.loaded);
    expect(session.currentEvaluatorId).toBe('e1');
    session.chooseEvaluator('nobody');
    expect(session.currentEvaluatorId).toBe('e1');
    stop();
  });
});

async function opened(): Promise<{ session: AssessmentSession; stop: () => void }> {
  const session = new AssessmentSession('a1');
  const stop = session.start();
  await until(() => session.loaded);
  return { session, stop };
}

// setScores: many scores at once (a scoring sheet import), on screen at once and stored in one
// transaction, or not at all.
describe('AssessmentSession.setScores', () => {
  it('re-ranks at once and stores every score in one write, stamped with one time', async () => {
    const { session, stop } = await opened();
    const now = '2026-12-01T10:00:00.000Z';
    const saving = session.setScores([makeScore('v2', 'c1', 5), makeScore('v1', 'c2', null), makeScore('v2', 'c2', 4, 'e2')], now);
    // Immediately, before the write finishes.
    expect(session.ranking.map((r) => [r.vendorId, r.total])).toEqual([['v2', 90], ['v1', 100]]);
    expect(session.assessment?.updatedAt).toBe(now);
    expect(await saving).toBe(true);
    const stored = (await loadAssessment('a1'))!;
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
    await deleteAssessment('a1');
    expect(await session.setScores([makeScore('v2', 'c1', 5)])).toBe(false);
    expect(session.assessment).toBe(before);
    expect(session.ranking.map((r) => r.vendorId)).toEqual(['v1', 'v2']);
  });

  it('renames the assessment and sets its sector, as its header edits them', async () => {
    const { session, stop } = await opened();
    expect(await session.rename('Q3 sourcing')).toBe(true);
    expect(await session.setSector('Utilities')).toBe(true);
    expect(session.assessment).toMatchObject({ name: 'Q3 sourcing', sector: 'Utilities' });
    expect(await loadAssessment('a1')).toMatchObject({ name: 'Q3 sourcing', sector: 'Utilities' });
    stop();
  });
});
