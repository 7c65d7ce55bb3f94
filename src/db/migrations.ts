// The data migrations between schema versions (schema.ts names them). Each runs inside the upgrade
// transaction Dexie opens, reading the old tables through that transaction (not through `db`).
import type { Transaction } from 'dexie';
import { groupBy } from '../domain/group-by';
import { kpiBlocks } from './format/measurement-blocks';
import { scoreBlocks } from './format/score-blocks';
import type { MeasurementBlock } from './schema';
import type { Score } from '../domain/types';

/** A score as schema version 1 stored it: one record per (assessment, vendor, criterion, evaluator). */
interface ScoreRecordV1 extends Score {
  assessmentId: string;
}

/** Version 1 → 2: every assessment's score records become its score blocks. */
async function scoresToBlocks(tx: Transaction): Promise<void> {
  const records = (await tx.table('scores').toArray()) as ScoreRecordV1[];
  const byAssessment = groupBy(records, (r) => r.assessmentId);
  const blocks = [...byAssessment].flatMap(([assessmentId, rows]) => scoreBlocks(assessmentId, rows.map(({ assessmentId: _a, ...score }) => score)));
  await tx.table('scoreBlocks').bulkAdd(blocks);
}

/** Version 3 → 4: each (pilot, KPI) block of measurements becomes blocks of at most BLOCK_ROWS rows, rows in order. */
async function measurementsToBlocks(tx: Transaction): Promise<void> {
  const blocks = (await tx.table('measurements').toArray()) as Omit<MeasurementBlock, 'part'>[];
  await tx.table('measurementBlocks').bulkAdd(blocks.flatMap(({ assessmentId, pilotId, ...rows }) => kpiBlocks({ assessmentId, pilotId }, rows)));
}

export const migrations: Record<'scoresToBlocks' | 'measurementsToBlocks', (tx: Transaction) => Promise<void>> = { scoresToBlocks, measurementsToBlocks };
