// Edits of an assessment's checklist, vendors, evaluators or descriptive fields, applied to what is
// *stored*, not to a tab's copy: read, apply the pure domain edit, write, in one read-write
// transaction. Two tabs editing different things then both keep their edit; an editor that opened on a
// version of the thing it edits that is no longer stored is refused (EditConflict) instead of
// overwriting the other tab's change.
import { ASSESSMENT_TABLES } from './assessments-repo';
import { db } from './db';
import { contractRecord, fromRecords } from './format/assessment-records';
import { dropOrphanScores } from './score-orphans';
import { ChangedElsewhere, EditConflict, stampAssessment, type Stamp } from './revision';
import type { Contract } from '../domain/contract/contract-types';
import type { Assessment } from '../domain/types';

/** Returns false when what the editor opened on is no longer what is stored. */
type EditGuard = (stored: Assessment) => boolean;

/**
 * Applies `edit` to the stored assessment (scores, pilots and contracts included, pilots' and
 * contracts' results left out: no edit of this kind reads them) and writes its record. Scores, pilots
 * and contracts that no longer point at an existing vendor, criterion or evaluator go in the same
 * transaction, and so do the results of a contract or service level the edit removed. Returns the
 * revision the record had before.
 */
export async function updateAssessment(id: string, edit: (a: Assessment) => Assessment, stamp: Stamp, guard?: EditGuard): Promise<string> {
  return db.transaction('rw', ASSESSMENT_TABLES(), async () => {
    const record = await db.assessments.get(id);
    if (!record) throw new EditConflict('This assessment was deleted in another tab.');
    const [scoreBlocks, pilots] = await Promise.all([
      db.scoreBlocks.where('assessmentId').equals(id).toArray(),
      db.pilots.where('assessmentId').equals(id).toArray(),
    ]);
    const stored = fromRecords({ assessment: record, scoreBlocks, pilots, measurements: [], contractBlocks: [] });
    if (guard && !guard(stored)) throw new ChangedElsewhere('It was changed in another tab since you opened it.');
    const { scores: _s, pilots: _p, contracts: edited, ...next } = edit(stored);
    const vendors = new Set(next.vendors.map((v) => v.id));
    const contracts = edited.filter((c) => vendors.has(c.vendorId)).map(contractRecord);
    const previous = await stampAssessment(id, stamp);
    await db.assessments.put({ ...next, contracts, id, updatedAt: stamp.updatedAt, revision: stamp.revision });
    await dropOrphans(next);
    await dropOrphanContractResults(id, contracts);
    return previous;
  });
}

/** Inside a transaction: removes the results of contracts and service levels that are no longer there. */
async function dropOrphanContractResults(assessmentId: string, contracts: readonly Omit<Contract, 'measurements'>[]): Promise<void> {
  const levels = new Map(contracts.map((c) => [c.id, new Set(c.serviceLevels.map((s) => s.id))]));
  const keys = await db.contractBlocks.where('assessmentId').equals(assessmentId).primaryKeys();
  const orphans = keys.filter(([, contractId, serviceLevelId]) => !levels.get(contractId)?.has(serviceLevelId));
  if (orphans.length > 0) await db.contractBlocks.bulkDelete(orphans);
}

/** Inside a transaction: removes the scores and pilots (with their measurements) whose owner is gone. */
async function dropOrphans(a: Omit<Assessment, 'scores' | 'pilots' | 'contracts'>): Promise<void> {
  const vendors = new Set(a.vendors.map((v) => v.id));
  const evaluators = new Set(a.evaluators.map((e) => e.id));
  const criteria = new Set(a.categories.flatMap((k) => k.criteria.map((c) => c.id)));
  await dropOrphanScores(a.id, { vendors, evaluators, criteria });
  const orphanPilots = await db.pilots
    .where('assessmentId')
    .equals(a.id)
    .filter((p) => !vendors.has(p.vendorId))
    .primaryKeys();
  for (const [, pilotId] of orphanPilots) {
    await db.measurementBlocks.where('[assessmentId+pilotId]').equals([a.id, pilotId]).delete();
  }
  await db.pilots.bulkDelete(orphanPilots);
}
