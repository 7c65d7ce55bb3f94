// A contract's results as stored: the pilots' block layout (measurement-blocks.ts), one service level's
// rows per block with the service level's id in `kpiId`. The domain evaluates contracts on row objects
// (a contract holds tens of thousands of rows, not millions), so they are converted here, at the edge.
import { measurementsOf, pilotRows } from '../../domain/pilot-rows';
import { rowsFromMeasurements } from '../../domain/pilot-rows-build';
import type { ContractMeasurement } from '../../domain/contract/contract-types';
import type { Measurement } from '../../domain/types';
import type { ContractBlock } from '../schema';
import { kpiBlocks, kpiRowsOfBlocks } from './measurement-blocks';

/** The stored blocks of one contract's results, in its service levels' order. */
export function contractBlocks(assessmentId: string, contractId: string, rows: readonly ContractMeasurement[], serviceLevelOrder: readonly string[]): ContractBlock[] {
  const asRows: Measurement[] = rows.map(({ serviceLevelId, ...row }) => ({ kpiId: serviceLevelId, ...row }));
  return rowsFromMeasurements(asRows, serviceLevelOrder).blocks.flatMap((block) => kpiBlocks({ assessmentId, contractId }, block));
}

/** One contract's results from its stored blocks (any order): service levels in `serviceLevelOrder`, each one's rows in the order added. */
export function contractMeasurementsOf(blocks: readonly ContractBlock[], serviceLevelOrder: readonly string[]): ContractMeasurement[] {
  return measurementsOf(pilotRows(kpiRowsOfBlocks(blocks), serviceLevelOrder)).map(({ kpiId, ...row }) => ({ serviceLevelId: kpiId, ...row }));
}
