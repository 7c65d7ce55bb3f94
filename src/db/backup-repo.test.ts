import { storedScores } from './stored-scores-test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { insertAssessment, loadAssessment } from './assessments-repo';
import { loadAllAssessments, restoreAssessments, storedSummaries } from './backup-repo';
import { backupFacts, dismissBackupReminder, recordBackup } from './backup-facts-repo';
import { makeStoredSample, scoresOf } from '../domain/test-factories';
import type { Assessment } from '../domain/types';
import { scoreKey } from '../domain/cell-key';

function sample(id: string, name = `Assessment ${id}`, updatedAt = '2026-11-01T00:00:00.000Z'): Assessment {
  return makeStoredSample({ id, name, updatedAt });
}

/** The assessment as comparable text: keys sorted, scores in cell order (storage reads them back by key). */
function text(a: Assessment | undefined): string {
  if (!a) return 'missing';
  const sorted = { ...a, scores: [...a.scores].sort((x, y) => (scoreKey(x) < scoreKey(y) ? -1 : 1)) };
  return JSON.stringify(sorted, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1))) : value,
  );
}

/** Every row of every table, to prove a failed restore changed nothing. */
async function everything(): Promise<unknown> {
  return {
    assessments: await db.assessments.toArray(),
    scores: await storedScores(),
    pilots: await db.pilots.toArray(),
    measurements: await db.measurementBlocks.toArray(),
  };
}

beforeEach(async () => {
  await Promise.all([db.assessments.clear(), db.scoreBlocks.clear(), db.pilots.clear(), db.measurementBlocks.clear(), db.settings.clear()]);
});

describe('backup storage', () => {
  it('loads every assessment whole', async () => {
    await insertAssessment(sample('a1'));
    await insertAssessment(sample('a2'));
    const all = await loadAllAssessments();
    expect(all.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    for (const a of all) expect(text(a)).toBe(text(await loadAssessment(a.id)));
  });

  it('lists what a restore is compared against', async () => {
    await insertAssessment(sample('a1', 'First', '2026-11-05T00:00:00.000Z'));
    expect(await storedSummaries()).toEqual([{ id: 'a1', name: 'First', updatedAt: '2026-11-05T00:00:00.000Z' }]);
  });

  it('restores: adds new ids and replaces stored ones whole, children included', async () => {
    await insertAssessment(sample('a1', 'Stored'));
    const keep = sample('untouched');
    await insertAssessment(keep);
    await db.settings.bulkPut([{ key: 'mergeUndo:a1', value: 'stale' }, { key: 'mergeUndo:untouched', value: 'kept' }]);
    const replacement = { ...sample('a1', 'From the backup'), scores: scoresOf('v2', { c2: 5 }), pilots: [] };
    const added = sample('a2', 'New');
    await restoreAssessments([replacement, added]);
    expect(text(await loadAssessment('a1'))).toBe(text(replacement));
    expect(text(await loadAssessment('a2'))).toBe(text(added));
    expect(text(await loadAssessment('untouched'))).toBe(text(keep));
    // The replaced assessment's old scores and pilot are gone, not merged.
    expect((await storedScores('a1')).length).toBe(1);
    expect(await db.pilots.where('assessmentId').equals('a1').count()).toBe(0);
    expect(await db.measurementBlocks.where('assessmentId').equals('a1').count()).toBe(0);
    // Undoing an earlier merge would bring back a version older than the restored one.
    expect(await db.settings.get('mergeUndo:a1')).toBeUndefined();
    expect((await db.settings.get('mergeUndo:untouched'))?.value).toBe('kept');
  });

  it('writes all or nothing: one failing assessment leaves storage exactly as it was', async () => {
    await insertAssessment(sample('a1', 'Stored'));
    const before = await everything();
    const good = sample('a2');
    // A note IndexedDB cannot store: the write fails inside the transaction (validation would refuse it earlier).
    const broken = { ...sample('a1', 'Broken'), scores: [{ ...scoresOf('v1', { c1: 1 })[0], note: (() => 1) as never }] };
    await expect(restoreAssessments([good, broken])).rejects.toThrow();
    expect(await everything()).toEqual(before);
  });

  it('keeps the facts the reminder needs', async () => {
    expect(await backupFacts()).toEqual({ lastBackupAt: null, dismissedAt: null, assessments: [] });
    await insertAssessment({ ...sample('a1'), createdAt: '2026-10-01T00:00:00.000Z' });
    await recordBackup('2026-11-02T00:00:00.000Z');
    await dismissBackupReminder('2026-11-03T00:00:00.000Z');
    expect(await backupFacts()).toEqual({
      lastBackupAt: '2026-11-02T00:00:00.000Z',
      dismissedAt: '2026-11-03T00:00:00.000Z',
      assessments: [{ createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }],
    });
  });
});
