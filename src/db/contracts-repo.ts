// Writes of a contract's results (SPEC §11 measurements). Like every edit, the change is applied to what
// is *stored* (read, apply the pure change, write, in one read-write transaction), so rows another tab
// added meanwhile are kept. Terms, service levels and reviews ride in the assessment's record and are
// written by assessment-edits-repo.updateAssessment.
import type { ContractMeasurement } from '../domain/contract/contract-types';
import { db } from './db';
import { contractBlocks, contractMeasurementsOf } from './format/contract-blocks';
import { EditConflict, stampAssessment, type Stamp } from './revision';

/** Applies `change` to the stored results of contract `contractId` and rewrites its blocks; returns the revision the record had before. */
export async function updateContractResults(
  assessmentId: string,
  contractId: string,
  change: (rows: ContractMeasurement[]) => ContractMeasurement[],
  stamp: Stamp,
): Promise<string> {
  return db.transaction('rw', [db.assessments, db.contractBlocks], async () => {
    const record = await db.assessments.get(assessmentId);
    const contract = record?.contracts?.find((c) => c.id === contractId);
    if (!contract) throw new EditConflict('This contract was deleted in another tab.');
    const order = contract.serviceLevels.map((s) => s.id);
    const owned = db.contractBlocks.where('[assessmentId+contractId]').equals([assessmentId, contractId]);
    const next = change(contractMeasurementsOf(await owned.toArray(), order));
    const previous = await stampAssessment(assessmentId, stamp);
    await owned.delete();
    await db.contractBlocks.bulkAdd(contractBlocks(assessmentId, contractId, next, order));
    return previous;
  });
}
