// saveScores: many scores in one transaction, with the assessment's updatedAt bumped.
import { describe, expect, it } from 'vitest';
import { deleteAssessment, insertAssessment, loadAssessment } from './assessments-repo';
import { saveScores } from './scores-repo';
import { db } from './db';
import { workedExample } from '../domain/worked-example';

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
      at,
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
      saveScores('scores-repo-missing', [{ vendorId: 'x', criterionId: 'y', evaluatorId: 'z', value: 1 }], '2026-12-01T10:00:00.000Z'),
    ).rejects.toThrow(/no longer stored/);
    expect(await db.scores.where('assessmentId').equals('scores-repo-missing').count()).toBe(0);
  });

  it('is all or nothing: a failing write leaves the stored scores as they were', async () => {
    const a = await stored('scores-repo-2');
    const before = await loadAssessment(a.id);
    const bad = { vendorId: 'northwind', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 1, bad: () => 1 } as never;
    await expect(saveScores(a.id, [{ vendorId: 'contoso', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 0 }, bad], 'x')).rejects.toThrow();
    expect(await loadAssessment(a.id)).toEqual(before);
  });
});
