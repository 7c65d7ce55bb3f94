// Conversion between a whole Assessment (what the domain computes on) and the records it is stored as.
// Pure: the JSON import worker builds an imported file's records with it (SPEC §5 import).
import type { Contract } from '../../domain/contract/contract-types';
import { pilotRows } from '../../domain/pilot-rows';
import type { Assessment, Pilot } from '../../domain/types';
import { contractBlocks, contractMeasurementsOf } from './contract-blocks';
import { kpiRowsOfBlocks, measurementBlocks } from './measurement-blocks';
import { scoreBlocks, scoresOfBlocks, type ScoreBlock } from './score-blocks';
import type { AssessmentRecord, ContractBlock, ContractRecord, MeasurementBlock, PilotRecord } from '../schema';
import { newRevision } from './revision-token';

export interface AssessmentRecords {
  assessment: AssessmentRecord;
  scoreBlocks: ScoreBlock[];
  pilots: PilotRecord[];
  measurements: MeasurementBlock[];
  contractBlocks: ContractBlock[];
}

/** The records of a whole assessment; writing them is a new version, so the record gets a new revision. */
export function toRecords(a: Assessment): AssessmentRecords {
  const { scores, pilots, contracts, ...meta } = a;
  const assessmentId = a.id;
  return {
    assessment: { ...meta, contracts: contracts.map(contractRecord), revision: newRevision() },
    // A note on a cell not scored yet is evidence too (SPEC §5 allows "value": null with a note): kept.
    scoreBlocks: scoreBlocks(assessmentId, scores),
    pilots: pilots.map(({ measurements: _m, ...p }, order) => ({ ...p, assessmentId, order })),
    measurements: pilots.flatMap((p) => measurementBlocks(assessmentId, p.id, p.measurements)),
    contractBlocks: contracts.flatMap((c) => contractBlocks(assessmentId, c.id, c.measurements, c.serviceLevels.map((s) => s.id))),
  };
}

/** A contract as it rides in its assessment's record: everything but its results. */
export function contractRecord({ measurements: _m, ...contract }: Contract): ContractRecord {
  return contract;
}

export function fromRecords(r: AssessmentRecords): Assessment {
  const blocksByPilot = new Map<string, MeasurementBlock[]>();
  for (const block of r.measurements) {
    const list = blocksByPilot.get(block.pilotId) ?? [];
    list.push(block);
    blocksByPilot.set(block.pilotId, list);
  }
  const pilots = [...r.pilots].sort((x, y) => x.order - y.order).map((p) => pilotFromRecords(p, blocksByPilot.get(p.id) ?? []));
  const { revision: _r, contracts = [], ...meta } = r.assessment;
  return { ...meta, scores: scoresOfBlocks(r.scoreBlocks), pilots, contracts: contractsFromRecords(contracts, r.contractBlocks) };
}

/** The contracts of an assessment's record with their results from their blocks (none given: no results read). */
export function contractsFromRecords(records: readonly ContractRecord[], blocks: readonly ContractBlock[]): Contract[] {
  const byContract = new Map<string, ContractBlock[]>();
  for (const block of blocks) {
    const list = byContract.get(block.contractId);
    if (list) list.push(block);
    else byContract.set(block.contractId, [block]);
  }
  return records.map((c) => ({ ...c, measurements: contractMeasurementsOf(byContract.get(c.id) ?? [], c.serviceLevels.map((s) => s.id)) }));
}

/**
 * One pilot from its record and measurement blocks: the blocks' columns are its rows (no row is decoded;
 * a KPI's blocks are joined into one, format/measurement-blocks.ts), in the pilot's KPI order (the
 * canonical export order).
 */
export function pilotFromRecords(record: PilotRecord, blocks: MeasurementBlock[]): Pilot {
  const { assessmentId: _a, order: _o, ...p } = record;
  return { ...p, measurements: pilotRows(kpiRowsOfBlocks(blocks), p.kpis.map((k) => k.id)) };
}
