// Every path that copies an assessment keeps everything the file format holds (SPEC §5): Duplicate,
// Export JSON → delete → import, and Export everything → delete → Restore, each on an assessment with
// every field of every entity set, compared field by field with the original.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { deleteAssessment, insertAssessment, loadAssessment } from '../db/assessments-repo';
import { makeFullAssessment } from '../domain/test-full-assessment';
import { canonicalMeasurements, canonicalScores } from '../exchange/export';
import type { Assessment } from '../domain/types';
import { exportAssessmentFile } from './assessment-export';
import { BackupState } from './backup.svelte';
import { HomeState } from './home.svelte';
import { notices } from './notices.svelte';
import { RestoreFlow } from './restore.svelte';

/** The assessment in the file format's canonical order, so that storage order does not count as a difference. */
const canonical = (a: Assessment | undefined) =>
  a && { ...a, scores: canonicalScores(a), pilots: a.pilots.map((p) => ({ ...p, measurements: canonicalMeasurements(p) })) };

function savedText(save: ReturnType<typeof vi.fn>): { name: string; file: File } {
  const [name, text] = save.mock.calls.at(-1) as [string, string];
  return { name, file: new File([text], name, { type: 'application/json' }) };
}

beforeEach(async () => {
  await Promise.all([db.assessments.clear(), db.scoreBlocks.clear(), db.pilots.clear(), db.measurementBlocks.clear(), db.settings.clear()]);
  notices.reset();
});

describe('paths that copy an assessment', () => {
  const original = makeFullAssessment();

  it('the fixture sets every optional field, including a note on a cell without a score', () => {
    expect(original.scores.some((s) => s.value === null && s.note)).toBe(true);
    expect(original.vendors.every((v) => v.website && v.headquarters && v.notes && v.price)).toBe(true);
    expect(original.pilots[0].decisions.some((d) => d.by && d.computed) && original.pilots[0].decisions.some((d) => d.corrects)).toBe(true);
  });

  it('Duplicate keeps everything but the id, name and times', async () => {
    await insertAssessment(original);
    const copyId = await new HomeState().duplicate(original.id);
    const copy = await loadAssessment(copyId!);
    expect(canonical({ ...copy!, id: original.id, name: original.name, createdAt: original.createdAt, updatedAt: original.updatedAt })).toEqual(canonical(original));
  });

  it('Export JSON → delete → import gives back the same assessment', async () => {
    await insertAssessment(original);
    const save = vi.fn();
    expect(await exportAssessmentFile((await loadAssessment(original.id))!, save)).toBe(true);
    await deleteAssessment(original.id);
    const outcome = await new HomeState().importFile(savedText(save).file, async () => null);
    expect(outcome).toMatchObject({ kind: 'inserted', id: original.id });
    expect(canonical(await loadAssessment(original.id))).toEqual(canonical(original));
  });

  it('Export everything → delete → Restore gives back the same assessment', async () => {
    await insertAssessment(original);
    const save = vi.fn();
    expect(await new BackupState().exportEverything(save)).toBe(true);
    await deleteAssessment(original.id);
    const flow = new RestoreFlow();
    await flow.pick(savedText(save).file);
    expect(await flow.confirm()).toBe(true);
    expect(canonical(await loadAssessment(original.id))).toEqual(canonical(original));
  });

  it('Export JSON refuses to hand out a file the importer would refuse, and says where', async () => {
    // Data stored by an older version (before scores were checked against their vendor): an orphan score.
    const broken = { ...original, scores: [...original.scores, { vendorId: 'gone', criterionId: original.scores[0].criterionId, evaluatorId: 'ana', value: 3 }] };
    const save = vi.fn();
    expect(await exportAssessmentFile(broken, save)).toBe(false);
    expect(save).not.toHaveBeenCalled();
    expect(notices.items.at(-1)?.text).toMatch(/^Could not export .*\.json\. Nothing was downloaded: the file would not import again \(assessment\.scores\[\d+\]\.vendorId: refers to vendor "gone", which is not in the file\)/);
  });
});
