// Score writes: one cell or many, in one transaction each, never for a vendor, criterion or evaluator
// that is no longer stored.
import { storedScores } from './stored-scores-test-support';
import { describe, expect, it } from 'vitest';
import { deleteAssessment, insertAssessment, loadAssessment } from './assessments-repo';
import { saveScores, writeCell } from './scores-repo';
import { updateAssessment } from './assessment-edits-repo';
import { newRevision } from './format/revision-token';
import type { Stamp } from './revision';
import { removeVendor } from '../domain/roster-edits';
import { workedExample } from '../domain/worked-example';

const stamp = (updatedAt = '2026-12-01T10:00:00.000Z'): Stamp => ({ updatedAt, revision: newRevision() });

async function stored(id: string) {
  const a = { ...workedExample(), id };
  await deleteAssessment(id);
  await insertAssessment(a);
  return a;
}

describe('saveScores', () => {
  it('adds, replaces and clears scores and bumps updatedAt, in one write', async () => {
    const a = await stored('scores-repo-1');
    const at = '2026-12-01T10:00:00.000Z';
    await saveScores(
      a.id,
      [
        { vendorId: 'northwind', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 2, note: 'audit lapsed', updatedAt: at },
        { vendorId: 'fabrikam', criterionId: 'tech-integration', evaluatorId: 'ana', value: 5, updatedAt: at },
        { vendorId: 'northwind', criterionId: 'sec-attestation', evaluatorId: 'ben', value: null, updatedAt: at },
      ],
      stamp(at),
    );
    const after = (await loadAssessment(a.id))!;
    expect(after.updatedAt).toBe(at);
    const find = (v: string, c: string, e: string) => after.scores.find((s) => s.vendorId === v && s.criterionId === c && s.evaluatorId === e);
    expect(find('northwind', 'sec-attestation', 'ana')).toEqual({ vendorId: 'northwind', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 2, note: 'audit lapsed', updatedAt: at });
    expect(find('fabrikam', 'tech-integration', 'ana')?.value).toBe(5);
    expect(find('northwind', 'sec-attestation', 'ben')).toBeUndefined();
    expect(after.scores).toHaveLength(a.scores.length);
  });

  it('stores nothing when the assessment is gone', async () => {
    await deleteAssessment('scores-repo-missing');
    await expect(
      saveScores('scores-repo-missing', [{ vendorId: 'x', criterionId: 'y', evaluatorId: 'z', value: 1 }], stamp()),
    ).rejects.toThrow(/deleted in another tab/);
    expect((await storedScores('scores-repo-missing')).length).toBe(0);
  });

  it('is all or nothing: a failing write leaves the stored scores as they were', async () => {
    const a = await stored('scores-repo-2');
    const before = await loadAssessment(a.id);
    // A note IndexedDB cannot store: the second vendor's block fails after the first one's was written.
    const bad = { vendorId: 'northwind', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 1, note: () => 1 } as never;
    await expect(saveScores(a.id, [{ vendorId: 'contoso', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 0 }, bad], stamp())).rejects.toThrow();
    expect(await loadAssessment(a.id)).toEqual(before);
  });

  it('refuses scores for a vendor another writer removed, storing none of them', async () => {
    const a = await stored('scores-repo-3');
    await updateAssessment(a.id, (x) => removeVendor(x, 'fabrikam'), stamp());
    const before = await loadAssessment(a.id);
    const scores = [
      { vendorId: 'northwind', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 1 },
      { vendorId: 'fabrikam', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 2 },
    ];
    await expect(saveScores(a.id, scores, stamp())).rejects.toThrow('The vendor "fabrikam" was removed in another tab.');
    expect(await loadAssessment(a.id)).toEqual(before);
  });
});

describe('writeCell', () => {
  const ids = { vendorId: 'northwind', criterionId: 'sec-attestation', evaluatorId: 'ana' };
  const cell = async (id: string) =>
    (await loadAssessment(id))?.scores.find((s) => s.vendorId === ids.vendorId && s.criterionId === ids.criterionId && s.evaluatorId === ids.evaluatorId);

  it('applies the change to the stored score: a note saved by another writer stays with a value typed here', async () => {
    const a = await stored('cell-1');
    await writeCell(a.id, ids, (old) => ({ ...old, note: 'SOC 2 report seen' }), stamp());
    await writeCell(a.id, ids, (old) => ({ ...old, value: 2 }), stamp('2026-12-01T11:00:00.000Z'));
    expect(await cell(a.id)).toEqual({ ...ids, value: 2, note: 'SOC 2 report seen', updatedAt: '2026-12-01T11:00:00.000Z' });
  });

  it('keeps a cleared score that still carries an evidence note, and removes one with neither', async () => {
    const a = await stored('cell-2');
    await writeCell(a.id, ids, (old) => ({ ...old, value: null, note: 'Awaiting SOC 2 report' }), stamp());
    expect(await cell(a.id)).toMatchObject({ value: null, note: 'Awaiting SOC 2 report' });
    await writeCell(a.id, ids, ({ note: _n, ...old }) => ({ ...old, value: null }), stamp());
    expect(await cell(a.id)).toBeUndefined();
  });

  it('refuses a score for a vendor removed meanwhile, and returns the revision it replaced otherwise', async () => {
    const a = await stored('cell-3');
    const removal = stamp();
    await updateAssessment(a.id, (x) => removeVendor(x, 'northwind'), removal);
    await expect(writeCell(a.id, ids, (old) => ({ ...old, value: 4 }), stamp())).rejects.toThrow('The vendor "northwind" was removed in another tab.');
    expect(await cell(a.id)).toBeUndefined();
    const other = { ...ids, vendorId: 'fabrikam' };
    expect(await writeCell(a.id, other, (old) => ({ ...old, value: 4 }), stamp())).toBe(removal.revision);
  });
});
