// The executive dashboard's read (SPEC §11): every assessment that has contracts, with its vendors and
// its contracts whole (terms from the record, results from their blocks), and nothing else. Scores and
// pilot measurements, which can run to millions of rows, are never read, so the dashboard opens fast and
// its live query re-runs only when an assessment's record or a contract's results change.
import type { ContractHolder } from '../domain/contract/dashboard-rows';
import { db } from './db';
import { contractsFromRecords } from './format/assessment-records';

/** The assessments with at least one contract, newest change first, from one snapshot. */
export async function listContractHolders(): Promise<ContractHolder[]> {
  return db.transaction('r', [db.assessments, db.contractBlocks], async () => {
    const records = await db.assessments.orderBy('updatedAt').reverse().toArray();
    const holders = records.filter((r) => (r.contracts?.length ?? 0) > 0);
    return Promise.all(
      holders.map(async (r) => {
        const blocks = await db.contractBlocks.where('assessmentId').equals(r.id).toArray();
        return { id: r.id, name: r.name, vendors: r.vendors, contracts: contractsFromRecords(r.contracts ?? [], blocks) };
      }),
    );
  });
}
