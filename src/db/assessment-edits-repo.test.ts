// Edits applied to what is stored, not to a writer's copy: two writers that change different things
// both keep their change; a guarded save on something changed meanwhile writes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { insertAssessment, loadAssessment, loadAssessmentAt } from './assessments-repo';
import { updateAssessment } from './assessment-edits-repo';
import { newRevision } from './format/revision-token';
import type { Stamp } from './revision';
import { makeAssessment, makeCategory, makeCriterion, makeVendor, scoresOf } from '../domain/test-factories';
import type { Assessment } from '../domain/types';

const stamp = (updatedAt = '2026-12-01T10:00:00.000Z'): Stamp => ({ updatedAt, revision: newRevision() });
const setNotes = (vendorId: string, notes: string) => (a: Assessment) => ({ ...a, vendors: a.vendors.map((v) => (v.id === vendorId ? { ...v, notes } : v)) });

function sample(): Assessment {
  return makeAssessment({
    id: 'a1',
    categories: [makeCategory('k1', 60, [makeCriterion('c1'), makeCriterion('c2')]), makeCategory('k2', 40, [makeCriterion('c3')])],
    vendors: [makeVendor('v1'), makeVendor('v2')],
    scores: [...scoresOf('v1', { c1: 4, c2: 3 }), ...scoresOf('v2', { c1: 1 })],
    pilots: [{ id: 'p1', name: 'Pilot', vendorId: 'v1', start: '2027-01-01', end: '2027-01-31', goScore: 90, noGoScore: 75, kpis: [], measurements: [], decisions: [] }],
  });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await insertAssessment(sample());
});

describe('updateAssessment', () => {
  it('keeps both of two edits of different vendors made from copies taken before either', async () => {
    await Promise.all([updateAssessment('a1', setNotes('v1', 'first'), stamp()), updateAssessment('a1', setNotes('v2', 'second'), stamp())]);
    const a = await loadAssessment('a1');
    expect(a?.vendors.map((v) => v.notes)).toEqual(['first', 'second']);
  });

  it('drops the scores and pilots that an edit orphaned, in the same write', async () => {
    await updateAssessment('a1', (a) => ({ ...a, categories: [makeCategory('k1', 60, [makeCriterion('c1')])], vendors: [makeVendor('v2')] }), stamp());
    const loaded = await loadAssessment('a1');
    expect(loaded?.scores.map((s) => `${s.vendorId}/${s.criterionId}`)).toEqual(['v2/c1']);
    expect(loaded?.pilots).toEqual([]);
  });

  it('refuses, writing nothing, when the guard sees the edited thing changed since the editor opened it', async () => {
    const opened = (await loadAssessment('a1'))!.vendors[0];
    await updateAssessment('a1', setNotes('v1', 'from the other tab'), stamp());
    const before = await loadAssessmentAt('a1');
    const guard = (a: Assessment) => JSON.stringify(a.vendors[0]) === JSON.stringify(opened);
    await expect(updateAssessment('a1', (a) => ({ ...a, vendors: [{ ...opened, headquarters: 'Lisbon' }, a.vendors[1]] }), stamp(), guard)).rejects.toThrow(
      'It was changed in another tab since you opened it.',
    );
    expect(await loadAssessmentAt('a1')).toEqual(before);
  });

  it('stamps the record and returns the revision it replaced; refuses when the assessment is gone', async () => {
    const first = stamp('2026-12-05T00:00:00.000Z');
    await updateAssessment('a1', (a) => ({ ...a, name: 'One' }), first);
    expect(await updateAssessment('a1', (a) => ({ ...a, name: 'Two' }), stamp())).toBe(first.revision);
    expect((await loadAssessmentAt('a1'))?.assessment).toMatchObject({ name: 'Two', updatedAt: '2026-12-01T10:00:00.000Z' });
    await expect(updateAssessment('gone', (a) => a, stamp())).rejects.toThrow('This assessment was deleted in another tab.');
  });
});
