import { storedScores } from './stored-scores-test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { assessmentExists, deleteAssessment, insertAssessment, loadAssessment, loadAssessmentAt } from './assessments-repo';
import { listAssessments } from './assessment-list-repo';
import { makeAssessment, makeCategory, makeCriterion, makeVendor, scoresOf } from '../domain/test-factories';
import { measurementsOf } from '../domain/pilot-rows';
import type { Assessment } from '../domain/types';

function sample(id = 'a1', updatedAt = '2026-11-01T00:00:00.000Z'): Assessment {
  return makeAssessment({
    id,
    name: `Assessment ${id}`,
    updatedAt,
    categories: [makeCategory('k1', 60, [makeCriterion('c1'), makeCriterion('c2')]), makeCategory('k2', 40, [makeCriterion('c3')])],
    vendors: [makeVendor('v1'), makeVendor('v2')],
    scores: [...scoresOf('v1', { c1: 4, c2: 3 }), ...scoresOf('v2', { c1: 1 })],
    pilots: [
      {
        id: 'p1', name: 'Pilot', vendorId: 'v1', start: '2027-01-01', end: '2027-01-31', goScore: 90, noGoScore: 75,
        kpis: [
          { id: 'csat', name: 'CSAT', unit: '%', direction: 'higher', threshold: 80, target: 85, weight: 1, gate: true, aggregate: 'mean', proportion: true },
          { id: 'aht', name: 'AHT', unit: 's', direction: 'lower', threshold: 480, target: 420, weight: 1, gate: false, aggregate: 'mean', proportion: false },
        ],
        measurements: [
          { kpiId: 'csat', date: '2027-01-03', value: 82, n: 100 },
          { kpiId: 'aht', date: '2027-01-03', value: 430 },
          { kpiId: 'csat', date: '2027-01-10', value: 84, n: 120, note: 'week 2' },
        ],
        decisions: [],
      },
    ],
  });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('assessments repository', () => {
  it('stores an assessment and loads it back whole, measurements grouped by KPI order', async () => {
    const a = sample();
    await insertAssessment(a);
    const loaded = await loadAssessment('a1');
    expect(loaded?.categories).toEqual(a.categories);
    expect(loaded?.scores).toHaveLength(3);
    expect(new Set(loaded?.scores.map((s) => `${s.vendorId}/${s.criterionId}=${s.value}`))).toEqual(new Set(['v1/c1=4', 'v1/c2=3', 'v2/c1=1']));
    const rows = measurementsOf(loaded!.pilots[0].measurements);
    expect(rows.map((m) => `${m.kpiId}@${m.date}`)).toEqual(['csat@2027-01-03', 'csat@2027-01-10', 'aht@2027-01-03']);
    expect(rows[1].note).toBe('week 2');
    // Measurements are stored as one block per (pilot, KPI), not one record per row.
    expect(await db.measurementBlocks.count()).toBe(2);
  });

  it('refuses to insert over an existing id and leaves the stored one untouched', async () => {
    await insertAssessment(sample());
    await expect(insertAssessment({ ...sample(), name: 'Other' })).rejects.toThrow(/already exists/);
    expect((await loadAssessment('a1'))?.name).toBe('Assessment a1');
    expect((await storedScores()).length).toBe(3);
  });

  it('lists assessments newest first with their vendor count', async () => {
    await insertAssessment(sample('old', '2026-01-01T00:00:00.000Z'));
    await insertAssessment(sample('new', '2026-06-01T00:00:00.000Z'));
    const list = await listAssessments();
    expect(list.map((x) => x.id)).toEqual(['new', 'old']);
    expect(list[0].vendorCount).toBe(2);
    expect(list[0].isPackage).toBe(false);
  });

  it('tells an evaluator package (named by Send file for one of its evaluators) from an assessment', async () => {
    const a = sample('pkg');
    await insertAssessment({ ...a, name: `Q1 sourcing — for ${a.evaluators[0].name}` });
    expect((await listAssessments())[0].isPackage).toBe(true);
  });

  it('deletes an assessment with everything that belongs to it, and nothing else', async () => {
    await insertAssessment(sample('a1'));
    await insertAssessment(sample('a2'));
    await deleteAssessment('a1');
    expect(await assessmentExists('a1')).toBe(false);
    expect((await storedScores('a1')).length).toBe(0);
    expect(await db.measurementBlocks.where('assessmentId').equals('a1').count()).toBe(0);
    expect((await loadAssessment('a2'))?.scores).toHaveLength(3);
  });

  it('gives every whole write a new revision, and keeps it out of the assessment it loads', async () => {
    await insertAssessment(sample());
    const first = await loadAssessmentAt('a1');
    await deleteAssessment('a1');
    await insertAssessment(sample());
    const second = await loadAssessmentAt('a1');
    expect(first?.revision).toBeTruthy();
    expect(second?.revision).not.toBe(first?.revision);
    expect(second?.assessment).not.toHaveProperty('revision');
  });
});
