// The dashboard's read: only assessments with contracts, each contract with its results, and no pilot
// measurements or scores read (they are not part of what comes back).
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { insertAssessment } from './assessments-repo';
import { listContractHolders } from './contract-overview-repo';
import { makeAssessment, makeVendor } from '../domain/test-factories';
import { workedContract } from '../domain/contract/test-contract';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('listContractHolders', () => {
  it('returns the assessments that have contracts, with their vendors and each contract’s results', async () => {
    await insertAssessment(makeAssessment({ id: 'none', name: 'No contracts yet' }));
    await insertAssessment(makeAssessment({ id: 'with', name: 'Tier-1 support', vendors: [makeVendor('v', 'Northwind Contact')], contracts: [workedContract()] }));
    const holders = await listContractHolders();
    expect(holders.map((h) => [h.id, h.name, h.vendors.map((v) => v.name)])).toEqual([['with', 'Tier-1 support', ['Northwind Contact']]]);
    expect(holders[0].contracts).toHaveLength(1);
    expect(holders[0].contracts[0].measurements).toHaveLength(workedContract().measurements.length);
    expect(Object.keys(holders[0]).sort()).toEqual(['contracts', 'id', 'name', 'vendors']);
  });
});
