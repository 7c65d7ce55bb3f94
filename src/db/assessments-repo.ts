// Repository for assessments: takes and returns plain domain objects; every write is one transaction.
import Dexie from 'dexie';
import { db } from './db';
import { fromRecords, toRecords } from './assessment-records';
import type { AssessmentRecord } from './schema';
import type { Assessment, Score } from '../domain/types';

export interface AssessmentSummary {
  id: string;
  name: string;
  sector?: string;
  vendorCount: number;
  updatedAt: string;
}

const ALL_TABLES = () => [db.assessments, db.scores, db.pilots, db.measurements];

export async function listAssessments(): Promise<AssessmentSummary[]> {
  const records = await db.assessments.orderBy('updatedAt').reverse().toArray();
  return records.map((a) => ({
    id: a.id,
    name: a.name,
    sector: a.sector,
    vendorCount: a.vendors.length,
    updatedAt: a.updatedAt,
  }));
}

export async function assessmentExists(id: string): Promise<boolean> {
  return (await db.assessments.get(id)) !== undefined;
}

export async function loadAssessment(id: string): Promise<Assessment | undefined> {
  return db.transaction('r', ALL_TABLES(), async () => {
    const assessment = await db.assessments.get(id);
    if (!assessment) return undefined;
    const [scores, pilots, measurements] = await Promise.all([
      db.scores.where('assessmentId').equals(id).toArray(),
      db.pilots.where('assessmentId').equals(id).toArray(),
      db.measurements.where('assessmentId').equals(id).toArray(),
    ]);
    return fromRecords({ assessment, scores, pilots, measurements });
  });
}

/**
 * The query behind a live view of one assessment. It watches only the assessment record: every write
 * to an assessment's children also bumps that record's updatedAt (an invariant of this repository), so
 * the children are reloaded, untracked, only when updatedAt differs from the version the view already
 * holds. A tab's own edits (already applied to `known`) then cost no reload: tracking every score read
 * cost ~40 ms per keypress at 50 vendors × 60 criteria.
 */
export async function watchAssessment(id: string, known: Assessment | undefined): Promise<Assessment | undefined> {
  const record = await db.assessments.get(id);
  if (!record) return undefined;
  if (known && known.id === id && known.updatedAt === record.updatedAt) return known;
  return Dexie.ignoreTransaction(() => loadAssessment(id));
}

/** Writes a complete, already validated assessment in one transaction. Fails if the id is taken. */
export async function insertAssessment(a: Assessment): Promise<void> {
  const r = toRecords(a);
  await db.transaction('rw', ALL_TABLES(), async () => {
    if (await db.assessments.get(a.id)) throw new Error(`An assessment with id "${a.id}" already exists.`);
    await db.assessments.add(r.assessment);
    await db.scores.bulkAdd(r.scores);
    await db.pilots.bulkAdd(r.pilots);
    await db.measurements.bulkAdd(r.measurements);
  });
}

export async function deleteAssessment(id: string): Promise<void> {
  await db.transaction('rw', ALL_TABLES(), async () => {
    await db.assessments.delete(id);
    await db.scores.where('assessmentId').equals(id).delete();
    await db.pilots.where('assessmentId').equals(id).delete();
    await db.measurements.where('assessmentId').equals(id).delete();
  });
}

/**
 * Replaces the checklist, vendors, evaluators or descriptive fields of an assessment and drops the
 * scores (and pilots) that no longer point at an existing vendor, criterion or evaluator, all in one
 * transaction.
 */
export async function saveAssessmentRecord(next: AssessmentRecord): Promise<void> {
  await db.transaction('rw', ALL_TABLES(), async () => {
    await db.assessments.put(next);
    const vendors = new Set(next.vendors.map((v) => v.id));
    const evaluators = new Set(next.evaluators.map((e) => e.id));
    const criteria = new Set(next.categories.flatMap((k) => k.criteria.map((c) => c.id)));
    await db.scores
      .where('assessmentId')
      .equals(next.id)
      .filter((s) => !vendors.has(s.vendorId) || !evaluators.has(s.evaluatorId) || !criteria.has(s.criterionId))
      .delete();
    const orphanPilots = await db.pilots
      .where('assessmentId')
      .equals(next.id)
      .filter((p) => !vendors.has(p.vendorId))
      .primaryKeys();
    for (const [, pilotId] of orphanPilots) {
      await db.measurements.where('[assessmentId+pilotId]').equals([next.id, pilotId]).delete();
    }
    await db.pilots.bulkDelete(orphanPilots);
  });
}

/** Sets (value is a number) or clears (value is null) one evaluator's score for one cell. */
export async function saveScore(assessmentId: string, score: Score, updatedAt: string): Promise<void> {
  await db.transaction('rw', [db.assessments, db.scores], async () => {
    const key: [string, string, string, string] = [assessmentId, score.vendorId, score.criterionId, score.evaluatorId];
    if (score.value === null && !score.note) await db.scores.delete(key);
    else await db.scores.put({ ...score, assessmentId });
    await db.assessments.update(assessmentId, { updatedAt });
  });
}
