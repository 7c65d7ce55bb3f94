// Contracts in storage (schema version 5): terms, service levels and reviews in the assessment's record,
// results as blocks in the pilots' layout; every whole-assessment write and every edit keeps them whole.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { deleteAssessment, insertAssessment, loadAssessment } from './assessments-repo';
import { updateAssessment } from './assessment-edits-repo';
import { loadAllAssessments, restoreAssessments } from './backup-repo';
import { newRevision } from './format/revision-token';
import { updateContractResults } from './contracts-repo';
import { makeAssessment, makeVendor } from '../domain/test-factories';
import { workedContract } from '../domain/contract/test-contract';
import type { Assessment } from '../domain/types';

const stamp = () => ({ updatedAt: '2026-12-03T10:00:00.000Z', revision: newRevision() });
const withNote = workedContract().measurements.map((m, i) => (i === 0 ? { ...m, n: 1200, note: 'Billing change' } : m));
const sample = (): Assessment =>
  makeAssessment({
    id: 'with-contract',
    vendors: [makeVendor('v'), makeVendor('w')],
    contracts: [workedContract(undefined, { measurements: withNote, reviews: [{ id: 'r1', date: '2027-02-05', kind: 'monthly', actions: [{ id: 'x', text: 'Coach', status: 'open' }] }] }), { ...workedContract([], { id: 'c2', vendorId: 'w' }) }],
  });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('contracts in storage', () => {
  it('reads back exactly what was written, results as blocks per service level, not as records per row', async () => {
    await insertAssessment(sample());
    const read = await loadAssessment('with-contract');
    // Rows come back grouped by service level (the block order), each one's rows in the order written.
    const bySl = (a: Assessment) => a.contracts.map((c) => ({ ...c, measurements: [...c.measurements].sort((x, y) => (x.serviceLevelId + x.date).localeCompare(y.serviceLevelId + y.date)) }));
    expect(bySl(read!)).toEqual(bySl(sample()));
    expect(read!.contracts[0].measurements[0]).toEqual({ serviceLevelId: 'csat', date: '2027-01-31', value: 79.5, n: 1200, note: 'Billing change' });
    const blocks = await db.contractBlocks.toArray();
    expect(blocks.map((b) => [b.contractId, b.kpiId, b.value.length])).toEqual([
      ['c', 'aht', 4],
      ['c', 'csat', 4],
    ]);
    expect(blocks[0].value).toBeInstanceOf(Float64Array);
    expect((await db.assessments.get('with-contract'))!.contracts![0]).not.toHaveProperty('measurements');
  });

  it('drops the results of a service level or contract an edit removed, and of a contract whose vendor went, and keeps the rest', async () => {
    await insertAssessment(sample());
    await updateAssessment('with-contract', (a) => ({ ...a, contracts: [{ ...a.contracts[0], serviceLevels: a.contracts[0].serviceLevels.slice(0, 1) }, a.contracts[1]] }), stamp());
    expect((await db.contractBlocks.toArray()).map((b) => b.kpiId)).toEqual(['csat']);
    const read = await loadAssessment('with-contract');
    expect(read!.contracts[0].measurements.map((m) => m.value)).toEqual([79.5, 85, 86, 85.2]);
    await updateAssessment('with-contract', (a) => ({ ...a, vendors: a.vendors.filter((v) => v.id !== 'v') }), stamp());
    expect((await loadAssessment('with-contract'))!.contracts.map((c) => c.id)).toEqual(['c2']);
    expect(await db.contractBlocks.count()).toBe(0);
  });

  it('an edit that does not touch contracts keeps their results', async () => {
    await insertAssessment(sample());
    await updateAssessment('with-contract', (a) => ({ ...a, name: 'Renamed' }), stamp());
    expect((await loadAssessment('with-contract'))!.contracts[0].measurements).toHaveLength(8);
  });

  it('goes with its assessment on delete, and comes back whole from a backup', async () => {
    await insertAssessment(sample());
    const all = await loadAllAssessments();
    expect(all[0].contracts[0].measurements).toHaveLength(8);
    await deleteAssessment('with-contract');
    expect(await db.contractBlocks.count()).toBe(0);
    await restoreAssessments(all);
    expect((await loadAssessment('with-contract'))!.contracts[0].measurements).toHaveLength(8);
  });

  it('reads a record written before contracts existed as having none', async () => {
    await insertAssessment(makeAssessment({ id: 'old' }));
    const record = (await db.assessments.get('old'))!;
    delete record.contracts;
    await db.assessments.put(record);
    expect((await loadAssessment('old'))!.contracts).toEqual([]);
  });
});

describe('updateContractResults', () => {
  it('applies the change to the stored rows, so rows another tab wrote meanwhile stay', async () => {
    await insertAssessment(sample());
    await updateContractResults('with-contract', 'c', (rows) => [...rows, { serviceLevelId: 'csat', date: '2027-05-31', value: 90 }], stamp());
    await updateContractResults('with-contract', 'c', (rows) => rows.filter((r) => r.date !== '2027-01-31'), stamp());
    const values = (await loadAssessment('with-contract'))!.contracts[0].measurements.filter((m) => m.serviceLevelId === 'csat').map((m) => m.value);
    expect(values).toEqual([85, 86, 85.2, 90]);
  });

  it('refuses, writing nothing, when the contract is gone', async () => {
    await insertAssessment(sample());
    await expect(updateContractResults('with-contract', 'nope', (rows) => rows, stamp())).rejects.toThrow('deleted in another tab');
    expect(await db.contractBlocks.count()).toBe(2);
  });
});
